package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.FileRole;
import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.catalog.StoredWork;
import dev.paperscope.catalog.WorkDecision;
import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.Sha256;
import dev.paperscope.ingest.Source;
import dev.paperscope.ingest.SourceDocument;
import dev.paperscope.ingest.SourceRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The incremental resolution stores exactly what a whole resolution stores. Two catalogs receive the same
 * seeded random sequence of ingests, edits and removals (of records drawn from the demo seed pages and of
 * generated ones: same and near titles, title-less twins recovered from a reference list, blog posts
 * naming papers, author spelling variants, a title shared by about {@code MAX_BLOCK} teams so that blocks
 * cross the size cap, now and then a user's merge); one resolves incrementally, the other always whole,
 * and after every step their works, ids, members, JSON, redirects, recoveries, author keys, year
 * corrections, stamps, logged file changes and stored resolution keys (and title word counts) agree.
 */
class IncrementalResolutionTest {
    private static final Path SEEDS = Path.of("demo/seeds");
    private static final List<SourceRecord> SEED_RECORDS = new ArrayList<>();
    private static final String[] WORDS = {"sparse", "attention", "diffusion", "graph", "kernel", "bandit", "policy", "contrastive",
        "token", "reward", "latent", "causal", "federated", "robust", "spectral", "quantized", "prompt", "retrieval", "memory", "vision"};
    private static final String[] PEOPLE = {"Rémi Munos", "Remi Munos", "J. Zico Kolter", "Zico Kolter", "Vahab Mirrokni", "Vahab Mirronki",
        "Ada Lovelace", "Alan Turing", "Grace Hopper", "Raphael Gontijo Lopes", "Rapha Gontijo Lopes", "Yoshua Bengio", "Kate Saenko",
        "Li Wei", "Wei Li", "Chen Yu", "Maria Garcia", "John Smith", "Jane Doe", "Ilya Sutskever"};

    @TempDir
    Path dir;

    @BeforeAll
    static void readSeeds() throws Exception {
        if (!Files.isDirectory(SEEDS)) {
            return;
        }
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                SEED_RECORDS.addAll(Formats.parse(SourceDocument.read(p), Optional.empty()).records());
            }
        }
    }

    /** Seed 4 finds the records whose rarest word moved by word counts (the way for common words) instead of by postings. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void incrementalResolutionStoresWhatAWholeResolutionStores(long seed) {
        assumeTrue(!SEED_RECORDS.isEmpty(), "the demo seed pages (demo/seeds) are not in the working directory");
        int scan = KeyedScope.scanPostings;
        KeyedScope.scanPostings = seed == 4 ? 0 : scan;
        try {
            runSteps(seed);
        } finally {
            KeyedScope.scanPostings = scan;
        }
    }

    private void runSteps(long seed) {
        Random random = new Random(seed);
        Pool pool = new Pool(random);
        try (Catalog a = Catalog.open(dir.resolve("a.db")); Catalog b = Catalog.open(dir.resolve("b.db"))) {
            Resolver incremental = new Resolver(a);
            Resolver whole = new Resolver(b);
            whole.incremental(false);
            Set<String> workIds = new TreeSet<>();
            int steps = 30;
            for (int step = 0; step < steps; step++) {
                String op = pool.step(random, a, b);
                long ga = a.generation();
                long gb = b.generation();
                incremental.refresh();
                whole.refresh();
                Snapshot sa = Snapshot.of(a, ga, workIds);
                Snapshot sb = Snapshot.of(b, gb, workIds);
                String at = "seed " + seed + " step " + step + " (" + op + ")";
                assertThat(sa.works()).as("works after %s", at).containsExactlyElementsOf(sb.works());
                assertThat(sa.records()).as("records' derived values after %s", at).containsExactlyEntriesOf(sb.records());
                assertThat(sa.keys()).as("resolution keys after %s", at).containsExactlyEntriesOf(sb.keys());
                assertThat(sa.titleWords()).as("title word counts after %s", at).containsExactlyEntriesOf(sb.titleWords());
                assertThat(sa).as(at).isEqualTo(sb);
                sa.works().forEach(w -> workIds.add(w.id()));
            }
            assertThat(incremental.incrementalRuns()).as("steps resolved incrementally").isGreaterThan(steps / 3);
            assertThat(whole.incrementalRuns()).isZero();
        }
    }

    /** What a resolution stored, as the rest of the product reads it (each record's derived values without the record). */
    record Snapshot(List<StoredWork> works, Map<String, String> records, Map<String, String> redirects, String stamp, Set<String> logged,
                    Map<String, Set<String>> keys, Map<String, Integer> titleWords) {
        static Snapshot of(Catalog c, long generation, Set<String> knownWorkIds) {
            Map<String, String> records = new TreeMap<>();
            c.derived().forEachResolved(r -> records.put(r.record().id(), derived(r)));
            Set<String> logged = new TreeSet<>();
            c.changesSince(generation).forEach(ch -> logged.add(ch.file()));
            Map<String, Set<String>> keys = new TreeMap<>();
            c.derived().keys().keysOf(records.keySet()).forEach((id, ks) -> keys.put(id, new TreeSet<>(ks)));
            assertThat(c.derived().keys().size()).as("no resolution keys of records that are gone")
                    .isEqualTo(keys.values().stream().mapToInt(Set::size).sum());
            return new Snapshot(c.derived().works(), records, new TreeMap<>(c.derived().redirects(knownWorkIds)),
                    c.derived().resolutionStamp().orElse(""), logged, keys, c.derived().keys().titleWords());
        }

        private static String derived(ResolvedRecord r) {
            return r.workId() + " " + r.recovery() + " " + r.authorKeys() + " " + r.yearCorrection();
        }
    }

    /** Records dealt into files; each step adds, edits or removes a file, or toggles the reference list, or merges two works. */
    private static final class Pool {
        private final Map<String, List<SourceRecord>> slots = new LinkedHashMap<>();
        private final Map<String, Set<Integer>> present = new LinkedHashMap<>();
        private final Set<String> stored = new HashSet<>();
        private final List<SourceRecord> references = new ArrayList<>();
        private int edits;

        Pool(Random random) {
            List<SourceRecord> seeds = new ArrayList<>(SEED_RECORDS);
            java.util.Collections.shuffle(seeds, random);
            List<SourceRecord> picked = seeds.subList(0, Math.min(160, seeds.size()));
            for (int i = 0; i < picked.size(); i++) {
                slot("seed-" + (i % 5), picked.get(i));
            }
            for (int i = 0; i < 30 && 160 + i < seeds.size(); i++) {
                SourceRecord t = seeds.get(160 + i);
                if (t.title() == null || t.authors().isEmpty()) {
                    continue;
                }
                slot("seed-" + (i % 5), t);
                references.add(record("ref-" + i, RecordKind.PAPER, t.title(), t.authors(), 2023, null, "refs.jsonl"));
                slot("twins", record("twin-" + i, RecordKind.TALK, null, t.authors(), 2023, null, "twins.jsonl"));
            }
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                titles.add(title(random));
            }
            for (int i = 0; i < 120; i++) {
                String title = titles.get(random.nextInt(titles.size()));
                String written = random.nextInt(4) == 0 ? title.toUpperCase(java.util.Locale.ROOT) : random.nextInt(5) == 0 ? title + " revisited" : title;
                RecordKind kind = random.nextInt(8) == 0 ? RecordKind.BLOG_POST : RecordKind.PAPER;
                String abstractText = kind == RecordKind.BLOG_POST ? "We present " + titles.get(random.nextInt(titles.size())) + " at the venue." : null;
                slot("gen-" + (i % 6), record("gen-" + i, kind, random.nextInt(10) == 0 ? null : written, authors(random), 2022 + random.nextInt(3),
                        abstractText, "gen.jsonl"));
            }
            for (int i = 0; i < 205; i++) {
                List<String> team = i % 40 == 0 ? List.of() : List.of("Member" + i + " Team" + i, "Other" + i + " Person" + i);
                slot(i < 192 ? "crowd-a" : "crowd-b", record("crowd-" + i, RecordKind.PAPER, "A Common Title For Many Teams", team, 2023,
                        null, "crowd.jsonl"));
            }
            slots.keySet().forEach(f -> {
                Set<Integer> all = new TreeSet<>();
                for (int i = 0; i < slots.get(f).size(); i++) {
                    all.add(i);
                }
                present.put(f, all);
            });
        }

        private void slot(String file, SourceRecord r) {
            slots.computeIfAbsent(file, k -> new ArrayList<>()).add(r);
        }

        private static String title(Random random) {
            StringBuilder b = new StringBuilder();
            for (int w = 0; w < 3 + random.nextInt(4); w++) {
                b.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            return b.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + b.substring(1);
        }

        private static List<String> authors(Random random) {
            List<String> out = new ArrayList<>();
            for (int n = random.nextInt(4); n >= 0; n--) {
                String p = PEOPLE[random.nextInt(PEOPLE.length)];
                if (!out.contains(p)) {
                    out.add(p);
                }
            }
            return out;
        }

        private static SourceRecord record(String id, RecordKind kind, String title, List<String> authors, Integer year, String abstractText,
                                           String file) {
            return SourceRecord.builder(kind, new Source(file, 1, "0".repeat(64), "jsonl")).title(title).authors(authors).year(year)
                    .abstractText(abstractText).build().withId(id);
        }

        String step(Random random, Catalog a, Catalog b) {
            int roll = random.nextInt(20);
            List<String> files = new ArrayList<>(slots.keySet());
            if (roll == 0 && !stored.isEmpty()) {
                List<String> ids = new ArrayList<>();
                a.derived().works().stream().limit(40).forEach(w -> ids.add(w.recordIds().getFirst()));
                if (ids.size() >= 2) {
                    String x = ids.get(random.nextInt(ids.size()));
                    String y = ids.get(random.nextInt(ids.size()));
                    if (!x.equals(y)) {
                        a.derived().addDecision(WorkDecision.Kind.MERGE, List.of(x), List.of(y));
                        b.derived().addDecision(WorkDecision.Kind.MERGE, List.of(x), List.of(y));
                        return "merge " + x + " " + y;
                    }
                }
            }
            if (roll <= 2) {
                List<SourceRecord> refs = references.stream().filter(r -> random.nextInt(4) > 0).toList();
                store(a, b, "refs", refs, Optional.of(FileRole.REFERENCE));
                return "references " + refs.size();
            }
            String file = files.get(random.nextInt(files.size()));
            if (stored.contains(file) && roll <= 6) {
                a.remove(file);
                b.remove(file);
                stored.remove(file);
                return "remove " + file;
            }
            if (stored.contains(file)) {
                List<SourceRecord> rs = slots.get(file);
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    int i = random.nextInt(rs.size());
                    if (random.nextBoolean()) {
                        if (!present.get(file).remove(i)) {
                            present.get(file).add(i);
                        }
                    } else {
                        rs.set(i, retitled(rs.get(i), random));
                    }
                }
            }
            List<SourceRecord> records = new ArrayList<>();
            present.get(file).forEach(i -> records.add(slots.get(file).get(i)));
            store(a, b, file, records, Optional.empty());
            stored.add(file);
            return "store " + file + " (" + records.size() + " records)";
        }

        private SourceRecord retitled(SourceRecord r, Random random) {
            edits++;
            String title = switch (random.nextInt(4)) {
                case 0 -> null;
                case 1 -> title(random);
                case 2 -> r.title() == null ? "A Common Title For Many Teams" : r.title() + " " + WORDS[random.nextInt(WORDS.length)];
                default -> r.title() == null ? title(random) : r.title().toLowerCase(java.util.Locale.ROOT);
            };
            return new SourceRecord(r.id(), r.kind(), title, r.authors(), r.abstractText(), r.venue(), r.year(), r.room(), r.session(),
                    r.moderator(), r.start(), r.end(), r.award(), r.section(), r.url(), r.authorMention(), r.source(), r.extra(), r.derived(),
                    r.raw() + " edit " + edits);
        }

        private static void store(Catalog a, Catalog b, String file, List<SourceRecord> records, Optional<FileRole> role) {
            String sha = Sha256.hex(file + records.stream().map(r -> r.id() + "\u0001" + r.title() + "\u0001" + r.raw()).toList());
            Formats.ParsedFile parsed = new Formats.ParsedFile("jsonl", records);
            a.store(parsed, file, sha, null, role);
            b.store(parsed, file, sha, null, role);
        }
    }
}
