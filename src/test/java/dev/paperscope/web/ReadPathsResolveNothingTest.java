package dev.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperscope.app.AppInternals;
import dev.paperscope.app.Paperscope;
import dev.paperscope.app.Retriever;
import dev.paperscope.app.SearchOptions;
import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.StoredWork;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.search.RetrieverUnavailableException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every read (API GETs, pages, the facade calls CLI read commands make) and the user-data writes that
 * name works (a reading-list add, a star) look up what the last resolution stored: none runs a
 * resolution, and none writes to the catalog (its change log and resolution stamp stay as they were).
 * A split, a catalog write, is the control: it does resolve, so the count can move. Also: a retriever
 * the data folder cannot run is a typed failure, which the API answers as a bad request.
 */
class ReadPathsResolveNothingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path tmp;
    static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = ServerFixture.demo(tmp, List.of(Path.of(System.getProperty("paperscope.repo", "."))
                .resolve("src/test/resources/fixtures/planner/synthetic-session-ballroom-b.txt")));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void readsAndUserDataWritesNeverResolveNorWriteTheCatalog() throws Exception {
        Paperscope ps = fixture.paperscope();
        Catalog catalog = AppInternals.catalog(ps);
        String talk = firstTalkWork();
        Map<String, SourceRecord> records = ps.resolve().recordsById();
        StoredWork work = ps.works().all().stream().filter(w -> w.recordIds().size() > 1)
                .filter(w -> records.containsKey(w.recordIds().getFirst()) && !records.get(w.recordIds().getFirst()).authors().isEmpty())
                .findFirst().orElseThrow();
        String record = work.recordIds().getFirst();
        String author = records.get(record).authors().getFirst();
        String surname = author.substring(author.lastIndexOf(' ') + 1);
        long resolutions = AppInternals.resolutionsRun(ps);
        long generation = catalog.generation();
        Optional<String> stamp = catalog.derived().resolutionStamp();

        for (String path : List.of("/api/v1/health", "/api/v1/search?q=diffusion", "/api/v1/search?q=diffusion&grouping=records&venue=ICML",
                "/api/v1/works/" + work.id(), "/api/v1/works/" + work.id() + "/related", "/api/v1/records/" + record,
                "/api/v1/records/" + record + "/related", "/api/v1/authors?name=" + enc(author), "/api/v1/schedule", "/api/v1/agenda",
                "/api/v1/agenda.ics", "/api/v1/lists", "/api/v1/export/bibtex?ids=" + work.id() + "," + record, "/api/v1/export/csl?q=diffusion",
                "/", "/search?q=diffusion", "/works/" + work.id(), "/records/" + record, "/authors?name=" + enc(author),
                "/authors?name=" + enc(surname), "/planner", "/lists")) {
            assertThat(fixture.get(path).statusCode()).as(path).isLessThan(500);
        }
        assertThat(fixture.send("POST", "/api/v1/lists", "{\"name\":\"reading\"}").statusCode()).isLessThan(300);
        assertThat(fixture.send("POST", "/api/v1/lists/reading/items", "{\"id\":\"" + work.id() + "\"}").statusCode()).isLessThan(300);
        assertThat(fixture.send("PUT", "/api/v1/agenda/" + talk, null).statusCode()).isEqualTo(200);
        assertThat(fixture.get("/api/v1/export/bibtex?list=reading").statusCode()).isEqualTo(200);
        // What the CLI's read commands call.
        ps.files();
        ps.works().find(record);
        ps.works().currentId(work.id());
        ps.works().related(record, 5);
        ps.authors().find(surname);
        ps.searches().ids("diffusion", 10, SearchOptions.DEFAULT);
        ps.exports().bibtex(List.of(work.id()));
        ps.exportResolved(r -> { });
        ps.resolve();

        assertThat(AppInternals.resolutionsRun(ps)).as("resolutions run by reads").isEqualTo(resolutions);
        assertThat(catalog.generation()).as("catalog changes logged by reads").isEqualTo(generation);
        assertThat(catalog.derived().resolutionStamp()).isEqualTo(stamp);

        ps.changes().splitWork(work.id(), List.of(record)); // a write: the control
        assertThat(AppInternals.resolutionsRun(ps)).isGreaterThan(resolutions);
    }

    @Test
    void aRetrieverThatCannotRunHereIsABadRequestNamingWhy() throws Exception {
        assertThatThrownBy(() -> fixture.paperscope().search("diffusion", 5, SearchOptions.DEFAULT.withRetriever(Retriever.DENSE)))
                .isInstanceOf(RetrieverUnavailableException.class).hasMessageContaining("dense retrieval needs vectors");
        HttpResponse<String> response = fixture.get("/api/v1/search?q=diffusion&retriever=hybrid");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("message").asText()).startsWith("retriever hybrid cannot run here: hybrid retrieval needs vectors");
        assertThat(fixture.get("/api/v1/search?q=diffusion").statusCode()).as("the default falls back to BM25").isEqualTo(200);
    }

    /** The work of the first scheduled talk. */
    private static String firstTalkWork() throws Exception {
        HttpResponse<String> schedule = fixture.get("/api/v1/schedule");
        JsonNode talk = JSON.readTree(schedule.body()).get("days").findValues("talks").getFirst().get(0);
        return talk.get("id").asText();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
