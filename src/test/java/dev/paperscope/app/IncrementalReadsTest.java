package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.StoredWork;
import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.Sha256;
import dev.paperscope.ingest.Source;
import dev.paperscope.ingest.SourceRecord;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental step reads the records its change can reach, not the catalog: one small file into a catalog
 * of a few thousand generated records parses far fewer records than the catalog holds (outside author
 * identities, whose reads {@code IncrementalAuthorKeysTest} bounds on names like real ones: the names here share
 * last names one edit apart, so every identity has candidates to check). And a
 * data folder resolved before the resolution keys existed keeps opening: its first refresh resolves it whole
 * (the stored version is older), which fills the keys, and the next step is incremental and exact.
 */
class IncrementalReadsTest {
    private static final int FILES = 30;
    private static final int PER_FILE = 100;

    @TempDir
    Path dir;

    @Test
    void aSmallIngestReadsFewRecordsOfALargeCatalog() {
        Random random = new Random(7);
        List<String> words = vocabulary(random);
        try (Catalog catalog = Catalog.open(dir.resolve("c.db"))) {
            List<SourceRecord> all = fill(catalog, random, words);
            Resolver resolver = new Resolver(catalog);
            resolver.refresh();
            assertThat(resolver.incrementalRuns()).isZero();

            List<SourceRecord> small = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                small.add(paper("new-" + i, title(random, words), List.of("New Author" + i), "small.jsonl"));
                SourceRecord twin = all.get(random.nextInt(all.size()));
                small.add(paper("twin-" + i, twin.title(), twin.authors(), "small.jsonl"));
            }
            store(catalog, "small", small);
            long records = catalog.recordCount();
            assertThat(resolver.refresh()).isTrue();

            assertThat(resolver.incrementalRuns()).as("the step resolved incrementally").isEqualTo(1);
            IncrementalResolver.Reads reads = IncrementalResolver.lastReads();
            assertThat(reads.outsideAuthorIdentities()).as("records read by the step outside author identities, of %d", records)
                    .isPositive().isLessThan(records / 10);
            assertThat(reads.all()).as("author identities' reads are counted too").isGreaterThan(reads.outsideAuthorIdentities());
            for (int i = 0; i < 5; i++) {
                Optional<StoredWork> work = catalog.derived().workOfRecord("twin-" + i);
                assertThat(work).isPresent();
                assertThat(work.get().recordIds()).as("twin-%d joined the work of its title", i).hasSizeGreaterThan(1);
            }
        }
    }

    @Test
    void aCatalogResolvedBeforeTheKeysExistedResolvesWholeOnceThenIncrementally() throws Exception {
        Random random = new Random(11);
        List<String> words = vocabulary(random);
        Path file = dir.resolve("old.db");
        List<SourceRecord> all;
        try (Catalog catalog = Catalog.open(file)) {
            all = new ArrayList<>();
            for (int f = 0; f < 3; f++) {
                List<SourceRecord> page = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    page.add(paper("r" + f + "-" + i, title(random, words), List.of("Author" + random.nextInt(50) + " Person"), "p" + f + ".jsonl"));
                }
                store(catalog, "page-" + f, page);
                all.addAll(page);
            }
            new Resolver(catalog).refresh();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TABLE resolve_keys");
            s.execute("DROP TABLE title_words");
            s.execute("DELETE FROM meta WHERE key = 'resolve_references'");
            s.execute("UPDATE meta SET value = replace(value, '" + Resolver.VERSION + "', 'resolve-4') WHERE key = 'resolution_stamp'");
        }
        try (Catalog catalog = Catalog.open(file)) {
            assertThat(catalog.derived().keys().size()).isZero();
            Resolver resolver = new Resolver(catalog);
            assertThat(resolver.refresh()).as("an older resolution is stale").isTrue();
            assertThat(resolver.incrementalRuns()).as("resolved whole").isZero();
            assertThat(catalog.derived().keys().size()).as("the whole resolution filled the keys").isPositive();

            SourceRecord twin = all.get(3);
            store(catalog, "late", List.of(paper("late-0", twin.title(), twin.authors(), "late.jsonl")));
            resolver.refresh();
            assertThat(resolver.incrementalRuns()).isEqualTo(1);
            List<StoredWork> incremental = catalog.derived().works();
            resolver.run();
            assertThat(catalog.derived().works()).as("the incremental step stored what a whole resolution stores")
                    .containsExactlyElementsOf(incremental);
            assertThat(catalog.derived().workOfRecord("late-0").orElseThrow().recordIds()).contains(twin.id());
        }
    }

    private static List<SourceRecord> fill(Catalog catalog, Random random, List<String> words) {
        List<SourceRecord> all = new ArrayList<>();
        for (int f = 0; f < FILES; f++) {
            List<SourceRecord> page = new ArrayList<>();
            for (int i = 0; i < PER_FILE; i++) {
                List<String> authors = List.of("Author" + random.nextInt(2_000) + " Person" + random.nextInt(40),
                        "Author" + random.nextInt(2_000) + " Person" + random.nextInt(40));
                page.add(paper("g" + f + "-" + i, title(random, words), authors, "gen" + f + ".jsonl"));
            }
            store(catalog, "gen-" + f, page);
            all.addAll(page);
        }
        return all;
    }

    private static List<String> vocabulary(Random random) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            StringBuilder w = new StringBuilder();
            for (int n = 0; n < 5 + random.nextInt(4); n++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            words.add(w.toString());
        }
        return words;
    }

    private static String title(Random random, List<String> words) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < 5 + random.nextInt(4); w++) {
            b.append(w == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
        }
        return b.toString();
    }

    private static SourceRecord paper(String id, String title, List<String> authors, String file) {
        return SourceRecord.builder(RecordKind.PAPER, new Source(file, 1, "0".repeat(64), "jsonl")).title(title).authors(authors).year(2023)
                .build().withId(id);
    }

    private static void store(Catalog catalog, String file, List<SourceRecord> records) {
        String sha = Sha256.hex(file + records.stream().map(r -> r.id() + "\u0001" + r.title()).toList());
        catalog.store(new Formats.ParsedFile("jsonl", records), file, sha, null, Optional.empty());
    }
}
