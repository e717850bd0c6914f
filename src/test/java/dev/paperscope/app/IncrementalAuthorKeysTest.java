package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.Sha256;
import dev.paperscope.ingest.Source;
import dev.paperscope.ingest.SourceRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through a real catalog, every incremental step stores the author keys a whole computation over all
 * records gives ({@link Resolver#authorKeys}), without falling back to it, and a small ingest into a
 * catalog of thousands of records reads the author names of few of them.
 */
class IncrementalAuthorKeysTest {
    private static final String[] FIRSTS = {"Alexander", "Alex", "Raphael", "Rapha", "Wei", "Zico", "John", "Christopher", "Chris", "Anna"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "sa", "to", "vik", "de", "ho", "nu", "bar", "el"};

    @TempDir
    Path dir;

    /** Writers: a few labs of people whose names records spell in full, with a middle name, a typo, a short first name, turned round. */
    private record Writers(Random random, List<List<String[]>> labs) {
        static Writers of(Random random, int people, int labs, int syllables) {
            List<List<String[]>> out = new ArrayList<>();
            for (int i = 0; i < labs; i++) {
                out.add(new ArrayList<>());
            }
            for (int i = 0; i < people; i++) {
                StringBuilder last = new StringBuilder();
                for (int s = 0; s < syllables; s++) {
                    last.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
                String middle = random.nextInt(4) == 0 ? FIRSTS[random.nextInt(FIRSTS.length)] : "";
                out.get(random.nextInt(labs)).add(new String[] {FIRSTS[random.nextInt(FIRSTS.length)], middle,
                    Character.toUpperCase(last.charAt(0)) + last.substring(1)});
            }
            out.removeIf(List::isEmpty);
            return new Writers(random, out);
        }

        List<String> team() {
            List<String[]> lab = labs.get(random.nextInt(labs.size()));
            List<String> out = new ArrayList<>();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                String[] p = lab.get(random.nextInt(lab.size()));
                String first = p[0];
                String last = p[2];
                out.add(switch (random.nextInt(7)) {
                    case 0 -> p[1].isEmpty() ? first + " " + last : first + " " + p[1] + " " + last;
                    case 1 -> last + ", " + first;
                    case 2 -> first + " " + last.substring(0, last.length() - 1) + (char) ('a' + random.nextInt(26));
                    case 3 -> first.substring(0, Math.min(first.length(), 3 + random.nextInt(2))) + " " + last;
                    case 4 -> (first + " " + last).toUpperCase(Locale.ROOT);
                    case 5 -> p[1].isEmpty() ? last : p[1] + " " + last;
                    default -> first + " " + last;
                });
            }
            return out;
        }

        List<SourceRecord> file(String name, int records, int edit) {
            List<SourceRecord> out = new ArrayList<>();
            for (int i = 0; i < records; i++) {
                out.add(SourceRecord.builder(RecordKind.PAPER, new Source(name, i + 1, "0".repeat(64), "jsonl"))
                        .title("Paper " + i + " of " + name).authors(team()).year(2024).build().withId(name + "-" + i + "-" + edit));
            }
            return out;
        }
    }

    private static void store(Catalog catalog, String name, List<SourceRecord> records) {
        String sha = Sha256.hex(name + records.stream().map(r -> r.id() + r.authors()).toList());
        catalog.store(new Formats.ParsedFile("jsonl", records), name, sha, null, Optional.empty());
    }

    private static Map<String, List<String>> whole(Catalog catalog) {
        List<SourceRecord> records = new ArrayList<>();
        catalog.forEachRecord(records::add);
        return new TreeMap<>(Resolver.authorKeys(records));
    }

    @Test
    void everyIncrementalStepStoresTheKeysOfAWholeComputation() {
        long fallbacks = IncrementalAuthorKeys.FALLBACKS.get();
        Random random = new Random(11);
        Writers writers = Writers.of(random, 30, 3, 2);
        try (Catalog catalog = Catalog.open(dir.resolve("a.db"))) {
            Resolver resolver = new Resolver(catalog);
            List<String> files = new ArrayList<>();
            for (int step = 0; step < 24; step++) {
                int op = files.isEmpty() ? 0 : random.nextInt(3);
                String name;
                if (op == 0) {
                    name = "f" + step + ".jsonl";
                    files.add(name);
                    store(catalog, name, writers.file(name, 1 + random.nextInt(6), step));
                } else if (op == 1) {
                    name = files.get(random.nextInt(files.size()));
                    store(catalog, name, writers.file(name, 1 + random.nextInt(6), step));
                } else {
                    name = files.remove(random.nextInt(files.size()));
                    catalog.remove(name);
                }
                resolver.refresh();
                assertThat(new TreeMap<>(catalog.derived().details().authorKeys())).as("step %d (%s %s)", step, op, name)
                        .isEqualTo(whole(catalog));
            }
            assertThat(resolver.incrementalRuns()).isGreaterThan(12);
        }
        assertThat(IncrementalAuthorKeys.FALLBACKS.get()).as("steps that fell back to all records").isEqualTo(fallbacks);
    }

    @Test
    void aSmallIngestReadsTheNamesOfFewRecords() {
        Random random = new Random(5);
        Writers writers = Writers.of(random, 1500, 300, 3);
        try (Catalog catalog = Catalog.open(dir.resolve("b.db"))) {
            for (int f = 0; f < 30; f++) {
                store(catalog, "big" + f + ".jsonl", writers.file("big" + f + ".jsonl", 100, 0));
            }
            Resolver resolver = new Resolver(catalog);
            resolver.refresh();
            long before = catalog.derived().authorNames().recordsRead();
            store(catalog, "small.jsonl", writers.file("small.jsonl", 5, 0));
            resolver.refresh();
            long read = catalog.derived().authorNames().recordsRead() - before;
            assertThat(resolver.incrementalRuns()).isEqualTo(1);
            assertThat(new TreeMap<>(catalog.derived().details().authorKeys())).isEqualTo(whole(catalog));
            assertThat(read).as("records whose author names were read").isPositive().isLessThan(3005 / 10);
        }
    }
}
