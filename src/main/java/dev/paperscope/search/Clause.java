package dev.paperscope.search;

import java.util.Objects;

/** One clause of a parsed query. {@code negated} clauses exclude what they match ({@code -term}). */
public sealed interface Clause {
    boolean negated();

    /** Words or a quoted phrase searched in every text field. */
    record FreeText(String text, boolean phrase, boolean negated) implements Clause {
        public FreeText {
            Objects.requireNonNull(text, "text");
        }
    }

    /** {@code field:value} or {@code field:"a phrase"}. */
    record FieldMatch(QueryField field, String value, boolean phrase, boolean negated) implements Clause {
        public FieldMatch {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A range over a numeric or time field; bounds are inclusive and {@code null} when open. For time
     * fields the bounds are epoch seconds, either of instants ({@code local == false}) or of page-local
     * wall-clock times ({@code local == true}, when the query gave no offset).
     */
    record Range(QueryField field, Long low, Long high, boolean local, boolean negated) implements Clause {
        public Range {
            Objects.requireNonNull(field, "field");
            if (low == null && high == null) {
                throw new QuerySyntaxException("a range on " + field.externalName() + " needs at least one bound");
            }
            if (low != null && high != null && low > high) {
                throw new QuerySyntaxException("empty range on " + field.externalName() + ": lower bound is above upper bound");
            }
        }
    }
}
