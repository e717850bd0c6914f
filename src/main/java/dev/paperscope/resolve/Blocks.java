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
import java.util.function.ToIntFunction;

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
        Map<String, Set<String>> blocks = members(records, titles, wordFrequency(titles.values()));
        List<List<String>> out = new ArrayList<>();
        blocks.values().stream().filter(b -> b.size() > 1 && b.size() <= MAX_BLOCK).forEach(b -> out.add(List.copyOf(b)));
        return out;
    }

    /**
     * The kept blocks among {@code records}, part of a catalog closed under blocks ({@link WorkScope}): rarest
     * words and block sizes come from the whole catalog's {@code counts}, so a block is kept exactly when it is
     * in the whole catalog, and then all its members are among {@code records}.
     */
    static List<List<String>> of(List<SourceRecord> records, Map<String, TitleKey> titles, KeyCounts counts) {
        Map<String, Set<String>> blocks = new LinkedHashMap<>();
        for (SourceRecord r : records) {
            keys(r, titles.get(r.id()), counts::frequency).forEach(k -> add(blocks, k, r.id()));
        }
        List<List<String>> out = new ArrayList<>();
        blocks.forEach((key, b) -> {
            int size = counts.count(key);
            if (size > 1 && size <= MAX_BLOCK && b.size() > 1) {
                out.add(List.copyOf(b));
            }
        });
        return out;
    }

    /** Every block key with its records, in record order, whatever its size. */
    static Map<String, Set<String>> members(List<SourceRecord> records, Map<String, TitleKey> titles, Map<String, Integer> frequency) {
        Map<String, Set<String>> blocks = new LinkedHashMap<>();
        for (SourceRecord r : records) {
            keys(r, titles.get(r.id()), frequency::get).forEach(k -> add(blocks, k, r.id()));
        }
        return blocks;
    }

    /** In how many titles each title word occurs. */
    static Map<String, Integer> wordFrequency(Iterable<TitleKey> titles) {
        Map<String, Integer> wordFrequency = new HashMap<>();
        titles.forEach(t -> new LinkedHashSet<>(t.tokens()).forEach(w -> wordFrequency.merge(w, 1, Integer::sum)));
        return wordFrequency;
    }

    /** A record's block keys: its title key and rarest title word, or (without a title) its authors' keys. */
    static List<String> keys(SourceRecord r, TitleKey t, ToIntFunction<String> frequency) {
        List<String> out = new ArrayList<>();
        if (!t.isEmpty()) {
            out.add("t:" + t.normalized());
            rarestWord(t, frequency).ifPresent(w -> out.add("w:" + w));
        } else {
            AuthorOverlap.keys(r.authors()).forEach(k -> out.add("a:" + k));
        }
        return out;
    }

    static Optional<String> rarestWord(TitleKey t, Map<String, Integer> frequency) {
        return rarestWord(t, (ToIntFunction<String>) frequency::get);
    }

    static Optional<String> rarestWord(TitleKey t, ToIntFunction<String> frequency) {
        return t.tokens().stream().filter(w -> w.length() > 2)
                .min(Comparator.comparingInt(frequency).thenComparing(w -> w));
    }

    private static void add(Map<String, Set<String>> blocks, String key, String id) {
        blocks.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
    }
}
