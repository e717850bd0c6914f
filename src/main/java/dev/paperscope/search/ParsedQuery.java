package dev.paperscope.search;

import java.util.List;

/** A query as the user wrote it, split into clauses; {@code notes} tell the user how a token was read. */
public record ParsedQuery(String text, List<Clause> clauses, List<String> notes) {
    public ParsedQuery {
        clauses = List.copyOf(clauses);
        notes = List.copyOf(notes);
        if (clauses.isEmpty()) {
            throw new QuerySyntaxException("the query is empty");
        }
    }
}
