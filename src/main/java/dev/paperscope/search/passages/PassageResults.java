package dev.paperscope.search.passages;

import java.util.List;

/**
 * The passages found for a query, best first; {@code total} counts the matching passages (the retriever's
 * matching set, as for records), {@code retriever} names what ranked them ("bm25", "dense", "hybrid"),
 * and notes say what the reader should know (a query matching nothing says so).
 */
public record PassageResults(String query, String retriever, long total, List<PassageHit> hits, double millis, List<String> notes) {
    public PassageResults {
        hits = List.copyOf(hits);
        notes = List.copyOf(notes);
    }
}
