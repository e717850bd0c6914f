package dev.paperscope.bench;

import dev.paperscope.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Builds a query set from the benchmark corpus itself, with a fixed seed: mostly 2–4 words picked from a
 * record's title (what people type), some with a fielded filter, some author searches.
 */
final class BenchQueries {
    private BenchQueries() {
    }

    static List<String> from(List<SourceRecord> records, int count, long seed) {
        Random random = new Random(seed);
        List<SourceRecord> titled = records.stream().filter(r -> r.title() != null).toList();
        if (titled.isEmpty()) {
            throw new IllegalArgumentException("the benchmark corpus has no titled records");
        }
        List<String> out = new ArrayList<>(count);
        while (out.size() < count) {
            SourceRecord r = titled.get(random.nextInt(titled.size()));
            String words = words(r.title(), random);
            if (words.isEmpty()) {
                continue;
            }
            int shape = random.nextInt(10);
            if (shape < 6) {
                out.add(words);
            } else if (shape < 8 && r.year() != null) {
                out.add(words + " year:" + (r.year() - 1) + ".." + r.year());
            } else if (!r.authors().isEmpty()) {
                String author = r.authors().get(random.nextInt(r.authors().size())).replace("\"", "");
                out.add("author:\"" + author + "\"");
            } else {
                out.add(words);
            }
        }
        return out;
    }

    private static String words(String title, Random random) {
        List<String> words = Arrays.stream(title.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 3).toList();
        if (words.isEmpty()) {
            return "";
        }
        int n = Math.min(words.size(), 2 + random.nextInt(3));
        int from = random.nextInt(words.size() - n + 1);
        return String.join(" ", words.subList(from, from + n)).toLowerCase(java.util.Locale.ROOT);
    }
}
