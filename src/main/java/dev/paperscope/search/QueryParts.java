package dev.paperscope.search;

import dev.paperscope.index.IndexSchema;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.lucene.search.Query;

/**
 * A query split for retrievers that rank by meaning rather than by words: the free text they rank by,
 * and everything else (fields, ranges, kinds, exclusions) as a Lucene filter, so the same restrictions
 * apply to every retriever before results are fused.
 *
 * @param freeText positive words and phrases, joined with spaces; empty when the query has none
 * @param filter   documents the query admits; empty when it admits all
 * @param lexical  the BM25 query, for highlighting the query's words in snippets
 */
public record QueryParts(String freeText, Optional<Query> filter, Query lexical, List<String> notes) {
    /** Analyzers and query builders hold no per-query state, so one serves all threads. */
    private static final LuceneQueries QUERIES = new LuceneQueries(IndexSchema.analyzer());

    public QueryParts {
        Objects.requireNonNull(freeText, "freeText");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(lexical, "lexical");
        notes = List.copyOf(notes);
    }

    /** Parses {@code queryText}; throws {@link QuerySyntaxException} as {@link QuerySyntax#parse} does. */
    public static QueryParts of(String queryText) {
        ParsedQuery parsed = QuerySyntax.parse(queryText);
        String freeText = parsed.clauses().stream()
                .filter(c -> c instanceof Clause.FreeText && !c.negated())
                .map(c -> ((Clause.FreeText) c).text())
                .collect(Collectors.joining(" "));
        return new QueryParts(freeText, QUERIES.filter(parsed), QUERIES.build(parsed), parsed.notes());
    }
}
