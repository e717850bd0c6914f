package dev.paperscope.resolve;

import dev.paperscope.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Candidate groups for pairwise comparison, so resolution stays near-linear: records sharing a title
 * key, records sharing their rarest title word, and title-less records sharing an author. Blocks larger
 * than {@link #MAX_BLOCK} are common words or prolific authors and are dropped: they would cost
 * quadratic time and, alone, prove nothing.
 */
final class Blocks {
    static final int MAX_BLOCK = 200;

    private Blocks() {
    }

    static List<List<String>> of(List<SourceRecord> records, Map<String, TitleKey> titles) {
        Map<String, Set<String>> blocks = new LinkedHashMap<>();
        Map<String, Integer> wordFrequency = new HashMap<>();
        titles.values().forEach(t -> new LinkedHashSet<>(t.tokens()).forEach(w -> wordFrequency.merge(w, 1, Integer::sum)));
        for (SourceRecord r : records) {
            TitleKey t = titles.get(r.id());
            if (!t.isEmpty()) {
                add(blocks, "t:" + t.normalized(), r.id());
                rarestWord(t, wordFrequency).ifPresent(w -> add(blocks, "w:" + w, r.id()));
            } else {
                AuthorOverlap.keys(r.authors()).forEach(k -> add(blocks, "a:" + k, r.id()));
            }
        }
        List<List<String>> out = new ArrayList<>();
        blocks.values().stream().filter(b -> b.size() > 1 && b.size() <= MAX_BLOCK).forEach(b -> out.add(List.copyOf(b)));
        return out;
    }

    private static Optional<String> rarestWord(TitleKey t, Map<String, Integer> frequency) {
        return t.tokens().stream().filter(w -> w.length() > 2)
                .min(Comparator.comparingInt((String w) -> frequency.get(w)).thenComparing(w -> w));
    }

    private static void add(Map<String, Set<String>> blocks, String key, String id) {
        blocks.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
    }
}
