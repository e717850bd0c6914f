package dev.paperscope.api;

import static dev.paperscope.api.ApiTest.assertError;
import static dev.paperscope.api.ApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperscope.web.ServerFixture;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schedule, agenda, reading lists and exports over HTTP, on the demo pages plus the synthetic clashing session. */
class PlannerApiTest {
    static final Path SYNTHETIC = Path.of(System.getProperty("paperscope.repo", "."))
            .resolve("src/test/resources/fixtures/planner/synthetic-session-ballroom-b.txt");
    static final String GLAM = "GLaM: Efficient Scaling of Language Models with Mixture-of-Experts";
    static final String OVERLAPPING = "Synthetic Fixture Talk on Overlapping Sessions";
    @TempDir
    static Path tmp;
    static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = ServerFixture.demo(tmp, List.of(SYNTHETIC));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    /** The record id of the scheduled talk with this title. */
    static String talkId(String title) {
        return talk(title).get("id").asText();
    }

    /** The scheduled talk with this title. */
    static JsonNode talk(String title) {
        JsonNode days = json(fixture.get("/api/v1/schedule")).get("days");
        for (JsonNode talk : days.findValues("talks").stream().flatMap(t -> StreamSupport.stream(t.spliterator(), false)).toList()) {
            if (talk.get("title").asText().equals(title)) {
                return talk;
            }
        }
        throw new AssertionError("no talk titled " + title);
    }

    @Test
    void scheduleHasBothSessionsByDayAndRoomInTheAskedZone() {
        JsonNode body = json(fixture.get("/api/v1/schedule?tz=Europe/Berlin"));
        assertThat(body.get("zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(body.get("page_zones").get(0).asText()).isEqualTo("America/Los_Angeles");
        assertThat(StreamSupport.stream(body.get("sessions").spliterator(), false).map(n -> n.get("room").asText()))
                .containsExactly("Hall G", "Ballroom B");
        JsonNode day = body.get("days").get(0);
        assertThat(day.get("date").asText()).isEqualTo("2022-07-21");
        assertThat(StreamSupport.stream(day.get("rooms").spliterator(), false).map(n -> n.get("room").asText()))
                .containsExactly("Ballroom B", "Hall G");
        JsonNode glam = day.get("rooms").get(1).get("talks").get(0);
        assertThat(glam.get("title").asText()).isEqualTo(GLAM);
        assertThat(glam.get("start").asText()).isEqualTo("2022-07-21T21:30+02:00");
        assertThat(glam.get("page_zone").asText()).isEqualTo("America/Los_Angeles");
        assertThat(glam.get("source").get("file").asText()).isEqualTo("004_d2faed4b193087f1.txt");
        assertError(fixture.get("/api/v1/schedule?tz=Nowhere/Land"), 400, "parameter tz must be an IANA time zone");
    }

    @Test
    void starringNeedsTheTokenAndClashesAreReported() throws Exception {
        String glam = talkId(GLAM);
        String overlapping = talkId(OVERLAPPING);
        String glamWork = talk(GLAM).get("work_id").asText();
        String overlappingWork = talk(OVERLAPPING).get("work_id").asText();
        HttpResponse<String> anonymous = fixture.send(HttpRequest.newBuilder(URI.create(fixture.url("/api/v1/agenda/" + glam)))
                .PUT(HttpRequest.BodyPublishers.noBody()).build());
        assertError(anonymous, 401, "token");

        assertThat(fixture.send("PUT", "/api/v1/agenda/" + glam, null).statusCode()).isEqualTo(200);
        JsonNode starred = json(fixture.send("PUT", "/api/v1/agenda/" + overlapping, null));
        assertThat(starred.get("work_id").asText()).isEqualTo(overlappingWork);
        assertThat(starred.get("agenda_entries").asInt()).isEqualTo(2);
        assertThat(StreamSupport.stream(starred.get("entries").spliterator(), false).map(n -> n.get("id").asText()))
                .as("a star answers with its own work only").containsExactly(overlappingWork);
        JsonNode agenda = json(fixture.get("/api/v1/agenda"));
        assertThat(StreamSupport.stream(agenda.get("entries").spliterator(), false).map(n -> n.get("id").asText()))
                .as("stars are on works").containsExactly(glamWork, overlappingWork);
        assertThat(starred.get("entries").get(0)).as("the star's entry is the agenda's").isEqualTo(agenda.get("entries").get(1));
        assertThat(starred.get("clashes")).as("its clashes are the agenda's").isEqualTo(agenda.get("clashes"));
        assertThat(agenda.get("entries").get(0).get("starred_records").get(0).asText()).isEqualTo(glam);
        JsonNode clash = agenda.get("clashes").get(0);
        assertThat(clash.get("first").asText()).isEqualTo(glamWork);
        assertThat(clash.get("second").asText()).isEqualTo(overlappingWork);
        assertThat(clash.get("overlap_minutes").asInt()).isEqualTo(3);
        assertThat(clash.get("different_rooms").asBoolean()).isTrue();
        assertThat(clash.get("overlap_start").asText()).isEqualTo("2022-07-21T12:32-07:00");

        HttpResponse<String> ics = fixture.get("/api/v1/agenda.ics?tz=America/New_York");
        assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(ics.headers().firstValue("Content-Disposition")).hasValueSatisfying(t -> assertThat(t).contains("attachment"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(2);
        assertThat(ics.body()).contains("DTSTART;TZID=America/New_York:20220721T153000");

        assertThat(fixture.send("DELETE", "/api/v1/agenda/" + overlapping, null).statusCode()).isEqualTo(204);
        assertError(fixture.send("DELETE", "/api/v1/agenda/" + overlapping, null), 404, "is not starred");
        assertThat(json(fixture.get("/api/v1/agenda")).get("clashes")).isEmpty();
        assertThat(fixture.send("DELETE", "/api/v1/agenda/" + glam, null).statusCode()).isEqualTo(204);
    }

    @Test
    void starringUnknownOrUntimedRecordsFails() {
        assertError(fixture.send("PUT", "/api/v1/agenda/r-no-such", null), 404, "no work or record has the id 'r-no-such'");
        String paper = json(fixture.get("/api/v1/search?q=kind:paper&limit=1&grouping=records")).get("hits").get(0).get("id").asText();
        assertError(fixture.send("PUT", "/api/v1/agenda/" + paper, null), 400, "has no time");
    }

    @Test
    void readingListsCrudWithNotesAndBibtexExport() throws Exception {
        String glam = talkId(GLAM);
        assertThat(fixture.send("POST", "/api/v1/lists", "{\"name\": \"To read\"}").statusCode()).isEqualTo(201);
        assertError(fixture.send("POST", "/api/v1/lists", "{\"name\": \"to read\"}"), 409, "already exists");
        assertError(fixture.send("POST", "/api/v1/lists", "{\"title\": \"x\"}"), 400, "needs \"name\"");
        assertError(fixture.send("POST", "/api/v1/lists", "{not json"), 400, "not valid JSON");
        assertError(fixture.send("POST", "/api/v1/lists", "{\"name\": \"a/b\"}"), 400, "contains '/'");

        HttpResponse<String> added = fixture.send("POST", "/api/v1/lists/To%20read/items", "{\"id\": \"" + glam + "\", \"note\": \"<b>MoE</b> & scaling\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        JsonNode item = json(added).get("items").get(0);
        assertThat(item.get("note").asText()).isEqualTo("<b>MoE</b> & scaling");
        assertThat(item.get("title").asText()).isEqualTo(GLAM);
        assertThat(item.get("missing").asBoolean()).isFalse();
        assertError(fixture.send("POST", "/api/v1/lists/To%20read/items", "{\"id\": \"r-nope\"}"), 404, "no work or record");
        JsonNode changed = json(fixture.send("PATCH", "/api/v1/lists/To%20read/items/" + glam, "{\"note\": \"changed\", \"position\": 1}"));
        assertThat(changed.get("items").get(0).get("note").asText()).isEqualTo("changed");
        assertError(fixture.send("PATCH", "/api/v1/lists/To%20read/items/" + glam, "{\"position\": 5}"), 400, "outside list");

        HttpResponse<String> bib = fixture.get("/api/v1/export/bibtex?list=To%20read");
        assertThat(bib.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/x-bibtex"));
        assertThat(new BibTeXParser().parse(new StringReader(bib.body())).getEntries().keySet())
                .extracting(Key::getValue).containsExactly("du2022glam");
        JsonNode csl = Json.parse(fixture.get("/api/v1/export/csl?ids=" + glam).body());
        assertThat(csl.get(0).get("id").asText()).isEqualTo("du2022glam");

        assertThat(json(fixture.send("PATCH", "/api/v1/lists/To%20read", "{\"name\": \"Read soon\"}")).get("name").asText()).isEqualTo("Read soon");
        assertThat(json(fixture.send("DELETE", "/api/v1/lists/Read%20soon/items/" + glam, null)).get("items")).isEmpty();
        assertThat(fixture.send("DELETE", "/api/v1/lists/Read%20soon", null).statusCode()).isEqualTo(204);
        assertError(fixture.get("/api/v1/lists/Read%20soon"), 404, "there is no list named 'Read soon'");
    }

    @Test
    void exportsOfASearchAndBadExportRequests() throws Exception {
        HttpResponse<String> bib = fixture.get("/api/v1/export/bibtex?q=title:federated%20kind:talk&limit=5");
        assertThat(bib.statusCode()).isEqualTo(200);
        assertThat(new BibTeXParser().parse(new StringReader(bib.body())).getEntries()).hasSize(2);
        assertError(fixture.get("/api/v1/export/bibtex"), 400, "exactly one of ids, list or q");
        assertError(fixture.get("/api/v1/export/bibtex?ids=a&q=b"), 400, "exactly one of ids, list or q");
        assertError(fixture.get("/api/v1/export/csl?ids=r-x,r-y"), 404, "no work or record has the ids 'r-x', 'r-y'");
        assertError(fixture.get("/api/v1/export/bibtex?list=Nope"), 404, "there is no list named 'Nope'");
    }
}
