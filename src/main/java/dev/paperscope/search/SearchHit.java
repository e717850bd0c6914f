package dev.paperscope.search;

import java.util.List;
import java.util.Objects;

/** One result: what it is, how well it matched, the records behind it, and a snippet with highlights. */
public record SearchHit(String id, float score, String title, String kind, List<String> authors, String venue,
                        Integer year, String room, String start, List<RecordRef> records, String snippet) {
    public SearchHit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        authors = List.copyOf(authors);
        records = List.copyOf(records);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("a hit stands for at least one record");
        }
    }
}
