package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.catalog.StoredWork;
import dev.paperscope.ingest.SourceRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder written before files were identified by path and records by their entry's key (schema 2:
 * content-hash record ids, non-canonical paths) opens, migrates, and loses nothing: records, lists,
 * stars, decisions and work ids all carry over, and the old record ids redirect.
 */
class OldCatalogMigrationTest {
    private static final Path SEEDS = Path.of(System.getProperty("paperscope.repo", ".")).resolve("demo/seeds");
    private static final String SCHEDULE = "004_d2faed4b193087f1.txt";
    private static final String ORALS = "002_3526288c33920918.txt";

    @TempDir
    Path dir;

    @Test
    void aSchemaTwoCatalogMigratesWithoutLosingAnything() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path schedule = Files.copy(SEEDS.resolve(SCHEDULE), in.resolve(SCHEDULE));
        Path orals = Files.copy(SEEDS.resolve(ORALS), in.resolve(ORALS));
        Path data = dir.resolve("data");
        List<String> ids = new ArrayList<>();
        String talk;
        String listedWork;
        String mergedWork;
        int works;
        try (Paperscope ps = Paperscope.open(data)) {
            ps.ingest(List.of(schedule, orals), Optional.empty(), IngestListener.NONE);
            ps.exportRecords(r -> ids.add(r.id()));
            talk = ps.planner().schedule().talks().getFirst().recordId();
            ps.planner().star(talk);
            List<StoredWork> all = ps.catalog().derived().works();
            listedWork = all.get(3).id();
            mergedWork = ps.changes().mergeWorks(all.get(5).id(), all.get(6).id()).id();
            works = ps.catalog().derived().works().size();
            ps.lists().create("read");
            ps.lists().add("read", ids.get(7), null);
            ps.lists().add("read", listedWork, null);
            ps.lists().add("read", mergedWork, null);
        }
        // Make it what the old code wrote: other record ids everywhere they are held, schema 2, a non-canonical path.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("catalog.db"));
             Statement s = c.createStatement()) {
            s.execute("UPDATE records SET json = replace(json, '\"id\":\"' || id, '\"id\":\"x' || id), id = 'x' || id");
            s.execute("UPDATE record_works SET record_id = 'x' || record_id");
            s.execute("UPDATE works SET record_ids = replace(record_ids, '\"r', '\"xr')");
            s.execute("UPDATE work_decisions SET left_ids = replace(left_ids, '\"r', '\"xr'), right_ids = replace(right_ids, '\"r', '\"xr')");
            s.execute("UPDATE reading_list_items SET item_id = 'x' || item_id WHERE item_id LIKE 'r%'");
            // the old per-record star table, as the old code wrote it
            s.execute("CREATE TABLE agenda_stars(record_id TEXT PRIMARY KEY, starred_at TEXT NOT NULL, title TEXT)");
            s.execute("INSERT INTO agenda_stars SELECT 'x' || json_extract(record_ids, '$[0]'), starred_at, title FROM agenda_work_stars");
            s.execute("DELETE FROM agenda_work_stars");
            s.execute("UPDATE files SET path = replace(path, '/in/', '/in/./')");
            s.execute("DELETE FROM id_redirects");
            s.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'");
        }
        try (Paperscope ps = Paperscope.open(data)) {
            List<String> after = new ArrayList<>();
            ps.exportRecords(r -> after.add(r.id()));
            assertThat(after).as("every record, under its key-derived id").isEqualTo(ids);
            assertThat(ps.catalog().derived().redirect("x" + ids.get(7))).contains(ids.get(7));
            assertThat(ps.catalog().derived().works()).hasSize(works);
            assertThat(ps.catalog().derived().work(listedWork)).as("work ids carry over").isPresent();
            assertThat(ps.catalog().derived().work(mergedWork)).as("the hand merge carries over").hasValueSatisfying(w -> assertThat(w.recordIds()).hasSizeGreaterThan(1));
            var exporter = ps.exports();
            assertThat(ps.lists().get("read").itemIds()).allSatisfy(id -> assertThat(exporter.citable(id)).as(id).isPresent());
            assertThat(ps.planner().agenda().entries()).singleElement().satisfies(e -> assertThat(e.missing()).isFalse());
            assertThat(ps.files()).allSatisfy(f -> assertThat(f.path()).doesNotContain("/./").isEqualTo(Path.of(f.path()).toRealPath().toString()));
            assertThat(ps.search("kind:talk", 100, dev.paperscope.search.Bm25Params.DEFAULT).hits())
                    .allSatisfy(h -> assertThat(h.id()).doesNotStartWith("x"));
            SourceRecord any = ps.catalog().record(ids.getFirst()).orElseThrow();
            assertThat(any.id()).isEqualTo(ids.getFirst());
        }
    }
}
