package dev.paperscope.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.index.IndexSchema;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Translates a parsed query into OpenSearch Query DSL, clause for clause as {@link LuceneQueries} builds the
 * embedded Lucene query, so both score a record the same: free text is a {@code bool} of one {@code match}
 * (or {@code match_phrase}) per free-text field with that field's weight; named text fields match (author
 * also by the person's name key); kinds and ids are {@code term} filters; ranges are {@code range} filters;
 * {@code -} excludes. The field's own analyzer (English or names, as mapped) analyses the words, as embedded.
 */
public final class OpenSearchQueries {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Float> FREE_TEXT_FIELDS = new TreeMap<>(IndexSchema.FREE_TEXT_FIELDS);

    private OpenSearchQueries() {
    }

    /** The scoring query of {@code queryText}; throws {@link QuerySyntaxException} as {@link QuerySyntax#parse} does. */
    public static ObjectNode query(String queryText) {
        return query(QuerySyntax.parse(queryText));
    }

    static ObjectNode query(ParsedQuery parsed) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode bool = root.putObject("bool");
        boolean positive = false;
        for (Clause clause : parsed.clauses()) {
            String occur = clause.negated() ? "must_not" : clause instanceof Clause.Range || isKeyword(clause) ? "filter" : "must";
            array(bool, occur).add(clause(clause));
            positive |= !clause.negated();
        }
        if (!positive) {
            array(bool, "filter").addObject().putObject("match_all");
        }
        return root;
    }

    /**
     * Everything but the positive free text, as a pure filter (for k-NN search, as {@link QueryParts#filter}
     * is for embedded dense search); empty when the query has nothing but free text.
     */
    public static Optional<ObjectNode> filter(String queryText) {
        ParsedQuery parsed = QuerySyntax.parse(queryText);
        ObjectNode root = JSON.createObjectNode();
        ObjectNode bool = root.putObject("bool");
        boolean positive = false;
        boolean any = false;
        for (Clause clause : parsed.clauses()) {
            if (clause instanceof Clause.FreeText && !clause.negated()) {
                continue;
            }
            array(bool, clause.negated() ? "must_not" : "filter").add(clause(clause));
            positive |= !clause.negated();
            any = true;
        }
        if (!any) {
            return Optional.empty();
        }
        if (!positive) {
            array(bool, "filter").addObject().putObject("match_all");
        }
        return Optional.of(root);
    }

    private static ArrayNode array(ObjectNode bool, String occur) {
        return bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
    }

    private static boolean isKeyword(Clause clause) {
        return clause instanceof Clause.FieldMatch fm && fm.field().type() == QueryField.Type.KEYWORD;
    }

    private static ObjectNode clause(Clause clause) {
        return switch (clause) {
            case Clause.FreeText ft -> freeText(ft);
            case Clause.FieldMatch fm -> fieldMatch(fm);
            case Clause.Range r -> range(r);
        };
    }

    /** One weighted clause per free-text field; a field whose analysis leaves no words matches nothing, as embedded. */
    private static ObjectNode freeText(Clause.FreeText ft) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode should = root.putObject("bool").putArray("should");
        FREE_TEXT_FIELDS.forEach((field, weight) -> should.add(text(field, ft.text(), ft.phrase(), weight)));
        return root;
    }

    private static ObjectNode fieldMatch(Clause.FieldMatch fm) {
        String field = fm.field().indexField();
        if (fm.field().type() == QueryField.Type.KEYWORD) {
            ObjectNode term = JSON.createObjectNode();
            term.putObject("term").put(field, fm.value());
            return term;
        }
        boolean phrase = fm.phrase();
        String value = fm.value();
        if (fm.field() == QueryField.SOURCE) {
            value = IndexSchema.sourceText(value); // file names are indexed as their alphanumeric parts
            phrase = true;
        }
        ObjectNode asWritten = text(field, value, phrase, 1f);
        if (fm.field() != QueryField.AUTHOR) {
            return asWritten;
        }
        Optional<String> key = LuceneQueries.personKey(value);
        if (key.isEmpty()) {
            return asWritten;
        }
        ObjectNode either = JSON.createObjectNode();
        ArrayNode should = either.putObject("bool").putArray("should");
        should.add(asWritten);
        should.addObject().putObject("term").put(IndexSchema.AUTHOR_KEY, key.get());
        return either;
    }

    /** Words match any of them (OR), as Lucene's QueryBuilder builds them; a phrase matches in order. */
    private static ObjectNode text(String field, String text, boolean phrase, float boost) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode q = root.putObject(phrase ? "match_phrase" : "match").putObject(field);
        q.put("query", text);
        if (boost != 1f) {
            q.put("boost", boost);
        }
        return root;
    }

    private static int toInt(long v) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    private static ObjectNode range(Clause.Range r) {
        String field = r.field().type() == QueryField.Type.TIME && r.local() ? r.field().indexField() + "_local" : r.field().indexField();
        ObjectNode root = JSON.createObjectNode();
        ObjectNode bounds = root.putObject("range").putObject(field);
        if (r.field().type() == QueryField.Type.INTEGER) {
            // bounds beyond an int are clamped to it (a year above any int matches none)
            if (r.low() != null) {
                bounds.put("gte", toInt(r.low()));
            }
            if (r.high() != null) {
                bounds.put("lte", toInt(r.high()));
            }
        } else {
            if (r.low() != null) {
                bounds.put("gte", r.low());
            }
            if (r.high() != null) {
                bounds.put("lte", r.high());
            }
        }
        return root;
    }
}
