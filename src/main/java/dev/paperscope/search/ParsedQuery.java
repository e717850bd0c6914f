package dev.paperscope.search;

import java.util.List;

/**
 * A query as the user wrote it, split into clauses; {@code notes} tell the user how a token was read.
 * {@code understandNames} is false for a query that starts with {@link QuerySyntax#WORDS_ONLY}: its free
 * words are searched as words only, never also read as the names of authors, rooms, venues or awards.
 */
public record ParsedQuery(String text, List<Clause> clauses, List<String> notes, boolean understandNames) {
    public ParsedQuery {
        clauses = List.copyOf(clauses);
        notes = List.copyOf(notes);
        if (clauses.isEmpty()) {
            throw new QuerySyntaxException("the query is empty");
        }
    }

    public ParsedQuery(String text, List<Clause> clauses, List<String> notes) {
        this(text, clauses, notes, true);
    }

    /** The positive free words outside quotes, joined with spaces (where names are looked for); empty when none. */
    public String freeWords() {
        return clauses.stream().filter(c -> c instanceof Clause.FreeText ft && !ft.phrase() && !ft.negated())
                .map(c -> ((Clause.FreeText) c).text()).findFirst().orElse("");
    }
}
