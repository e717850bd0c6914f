package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.FileRole;
import dev.paperscope.catalog.IngestOutcome;
import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.SourceDocument;
import dev.paperscope.search.SearchResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reference files: stored with their role, never searched, used to recover titles of the real ICML 2023
 * oral listing (seed 002) from a sample of the real ICML 2023 paper list; recoveries are stored as derived
 * data and survive reindex and a process killed before they were stored.
 */
class ReferenceIngestTest {
    private static final Path REPO = Path.of(System.getProperty("paperscope.repo", "."));
    private static final String GFLOWNETS = "Learning GFlowNets From Partial Episodes For Improved Convergence And Stability";
    /** In the reference sample, but no seed page lists it. */
    private static final String ONLY_IN_REFERENCE = "Estimating Causal Effects using a Multi-task Deep Ensemble";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path orals;
    private Path reference;

    @BeforeEach
    void copyInputs() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        orals = Files.copy(REPO.resolve("demo/seeds/002_3526288c33920918.txt"), dir.resolve("in/002_3526288c33920918.txt"));
        reference = Files.copy(REPO.resolve("src/test/resources/reference/icml2023_sample.jsonl"), dir.resolve("in/icml2023_sample.jsonl"));
    }

    private Paperscope open() {
        return Paperscope.open(dir.resolve("data"));
    }

    private static IngestOutcome ingest(Paperscope ps, Path file, Optional<FileRole> role) {
        return ps.ingest(List.of(file), Optional.empty(), role, IngestListener.NONE).files().getFirst().outcome();
    }

    private static SearchResults search(Paperscope ps, String query) {
        return ps.search(query, 10, SearchOptions.DEFAULT);
    }

    @Test
    void referenceRecordsAreNotSearchedButRecoverTitlesThatAreSearchable() {
        try (Paperscope ps = open()) {
            ingest(ps, orals, Optional.empty());
            assertThat(search(ps, "title:\"" + GFLOWNETS + "\"").total()).isZero();

            ingest(ps, reference, Optional.of(FileRole.REFERENCE));
            assertThat(ps.recordCount()).isEqualTo(155);
            assertThat(ps.catalog().referenceRecordCount()).isEqualTo(24);
            assertThat(search(ps, "title:\"" + ONLY_IN_REFERENCE + "\"").total()).isZero();
            SearchResults found = search(ps, "title:\"" + GFLOWNETS + "\"");
            assertThat(found.hits()).singleElement().satisfies(h -> {
                assertThat(h.title()).isEqualTo(GFLOWNETS);
                assertThat(h.records().getFirst().file()).isEqualTo("002_3526288c33920918.txt");
                assertThat(h.records().getFirst().line()).isEqualTo(3);
            });
        }
    }

    @Test
    void recoveredFieldsLiveBesideThePagesOwnWithTheirSource() throws IOException {
        try (Paperscope ps = open()) {
            ingest(ps, orals, Optional.empty());
            ingest(ps, reference, Optional.of(FileRole.REFERENCE));
            List<JsonNode> exported = new ArrayList<>();
            ps.exportResolved(r -> exported.add(ResolvedJson.toNode(r)));
            assertThat(exported).hasSize(155).allSatisfy(n -> assertThat(n.path("work").asText()).startsWith("w"));
            JsonNode oral = exported.stream().filter(n -> n.path("source").path("line").asInt() == 3).findFirst().orElseThrow();
            assertThat(oral.get("title").isNull()).as("the page's own title stays empty").isTrue();
            JsonNode recovered = oral.get("recovered");
            assertThat(recovered.path("title").asText()).isEqualTo(GFLOWNETS);
            assertThat(recovered.path("title_source").path("file").asText()).isEqualTo("icml2023_sample.jsonl");
            assertThat(recovered.path("title_source").path("line").asInt()).isEqualTo(23);
            assertThat(recovered.path("title_source").path("id").asText()).startsWith("r");
            assertThat(recovered.path("rule").asText()).isEqualTo("reference-authors");
            assertThat(recovered.path("confidence").asDouble()).isGreaterThan(0.9);
            // The oral page never names its conference: venue and year come from the reference, marked so.
            assertThat(oral.get("venue").isNull()).isTrue();
            assertThat(recovered.path("venue").asText()).isEqualTo("ICML");
            assertThat(recovered.path("year").asInt()).isEqualTo(2023);
            long recoveredCount = exported.stream().filter(n -> !n.get("recovered").isNull()).count();
            assertThat(recoveredCount).as("the four picked, and line 3 of the list, which holds oral 77").isEqualTo(5);
        }
    }

    @Test
    void sameReferenceAgainChangesNothingAndARoleSwitchIsExplicit() {
        try (Paperscope ps = open()) {
            ingest(ps, orals, Optional.empty());
            assertThat(ingest(ps, reference, Optional.empty()).status()).isEqualTo(IngestOutcome.Status.ADDED);
            assertThat(ps.recordCount()).as("without --reference a new file is a source").isEqualTo(179);
            assertThat(search(ps, "title:\"" + ONLY_IN_REFERENCE + "\"").total()).isEqualTo(1);

            assertThat(ingest(ps, reference, Optional.of(FileRole.REFERENCE)).status()).isEqualTo(IngestOutcome.Status.ROLE_CHANGED);
            assertThat(search(ps, "title:\"" + ONLY_IN_REFERENCE + "\"").total()).isZero();
            long generation = ps.catalog().generation();
            assertThat(ingest(ps, reference, Optional.of(FileRole.REFERENCE)).status()).isEqualTo(IngestOutcome.Status.UNCHANGED);
            assertThat(ingest(ps, reference, Optional.empty()).status()).as("no flag keeps the role").isEqualTo(IngestOutcome.Status.UNCHANGED);
            assertThat(ps.catalog().generation()).isEqualTo(generation);
            assertThat(ps.catalog().file("icml2023_sample.jsonl").orElseThrow().role()).isEqualTo(FileRole.REFERENCE);

            assertThat(ingest(ps, reference, Optional.of(FileRole.SOURCE)).status()).isEqualTo(IngestOutcome.Status.ROLE_CHANGED);
            assertThat(search(ps, "title:\"" + ONLY_IN_REFERENCE + "\"").total()).isEqualTo(1);
        }
    }

    @Test
    void recoveriesSurviveReindex() {
        try (Paperscope ps = open()) {
            ingest(ps, orals, Optional.empty());
            ingest(ps, reference, Optional.of(FileRole.REFERENCE));
            ps.changes().reindex(n -> { });
            assertThat(search(ps, "title:\"" + GFLOWNETS + "\"").total()).isEqualTo(1);
        }
    }

    @Test
    void aProcessKilledBeforeTheDerivedCommitIsRecomputedOnOpen() throws Exception {
        try (Paperscope ps = open()) {
            ingest(ps, orals, Optional.empty());
        }
        // What a process killed right after the records commit leaves: the reference stored, nothing derived from it.
        try (Catalog catalog = Catalog.open(dir.resolve("data/catalog.db"))) {
            SourceDocument doc = SourceDocument.read(reference);
            catalog.store(Formats.parse(doc, Optional.empty()), doc.fileName(), doc.sha256(), reference, Optional.of(FileRole.REFERENCE));
            assertThat(catalog.derived().resolved(recordAtLine(catalog, 3)).orElseThrow().recovery()).isEmpty();
        }
        try (Paperscope ps = open()) {
            assertThat(ps.catalog().derived().resolved(recordAtLine(ps.catalog(), 3)).flatMap(ResolvedRecord::recovery)).isPresent();
            assertThat(search(ps, "title:\"" + GFLOWNETS + "\"").total()).isEqualTo(1);
        }
    }

    private static String recordAtLine(Catalog catalog, int line) {
        return catalog.recordsOf("002_3526288c33920918.txt").stream().filter(r -> r.source().line() == line).findFirst().orElseThrow().id();
    }

    @Test
    void aSchemaOneCatalogGainsRolesAndItsFilesAreSources() throws Exception {
        Path db = dir.resolve("old/catalog.db");
        Files.createDirectories(db.getParent());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            s.execute("""
                    CREATE TABLE files(name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, format TEXT NOT NULL, path TEXT,
                      record_count INTEGER NOT NULL, ingested_at TEXT NOT NULL)""");
            s.execute("INSERT INTO meta VALUES ('schema_version', '1')");
            s.execute("INSERT INTO files VALUES ('page.txt', 'abc', 'oral-listing', NULL, 0, '2026-01-01T00:00:00Z')");
        }
        try (Catalog catalog = Catalog.open(db)) {
            assertThat(catalog.file("page.txt").orElseThrow().role()).isEqualTo(FileRole.SOURCE);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("3");
        }
    }
}
