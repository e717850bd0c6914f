package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperscope.catalog.FileRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schedule page without a year (seed 004, ICML 2022) takes its year from the reference records that hold
 * its talks: export keeps the page's reading and adds the references' year with its source; search and
 * the planner use it. A copy of the page saying Wednesday (which the weekday rule can never place in 2022)
 * gets 2022 too, with the conflict said; without references the weekday rule's year stays.
 */
class ScheduleYearTest {
    private static final Path REPO = Path.of(System.getProperty("paperscope.repo", "."));
    private static final String PAGE = "004_d2faed4b193087f1.txt";
    private static final String WEDNESDAY_PAGE = "004_wednesday_copy.txt";

    @TempDir
    Path dir;
    private Path page;
    private Path wednesday;
    private Path reference;

    @BeforeEach
    void copyInputs() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        page = Files.copy(REPO.resolve("demo/seeds/" + PAGE), dir.resolve("in/" + PAGE));
        String text = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(text).contains("Thu 21 July");
        wednesday = Files.writeString(dir.resolve("in/" + WEDNESDAY_PAGE), text.replace("Thu 21 July", "Wed 21 July"), StandardCharsets.UTF_8);
        reference = Files.copy(REPO.resolve("src/test/resources/reference/icml2022_schedule_sample.jsonl"),
                dir.resolve("in/icml2022_schedule_sample.jsonl"));
    }

    private Paperscope open() {
        return Paperscope.open(dir.resolve("data"));
    }

    private static void ingest(Paperscope ps, Path file, Optional<FileRole> role) {
        ps.ingest(List.of(file), Optional.empty(), role, IngestListener.NONE);
    }

    private static List<JsonNode> exported(Paperscope ps, String file) {
        List<JsonNode> out = new ArrayList<>();
        ps.exportResolved(r -> {
            if (r.record().source().file().equals(file)) {
                out.add(ResolvedJson.toNode(r));
            }
        });
        return out;
    }

    @Test
    void referencesGiveThePageTheirYearBesideThePagesOwnReading() {
        try (Paperscope ps = open()) {
            ingest(ps, page, Optional.empty());
            ingest(ps, reference, Optional.of(FileRole.REFERENCE));
            List<JsonNode> talks = exported(ps, PAGE);
            assertThat(talks).hasSize(15).allSatisfy(t -> {
                JsonNode source = t.path("recovered").path("year_source");
                assertThat(t.path("recovered").path("year").asInt()).isEqualTo(2022);
                assertThat(source.path("agreeing").asInt()).isEqualTo(3);
                assertThat(source.path("matched").asInt()).isEqualTo(3);
                assertThat(source.path("references")).hasSize(3);
                // Confirmed while the weekday rule gives 2022 (until about 2028), moved after that.
                assertThat(source.path("rule").asText())
                        .isEqualTo(t.path("year").asInt() == 2022 ? "reference-year-confirmed" : "reference-year");
            });
            JsonNode glam = talks.getFirst();
            assertThat(glam.path("title").asText()).startsWith("GLaM");
            assertThat(glam.path("recovered").get("title").isNull()).as("the page's title needed no recovery").isTrue();
            assertThat(OffsetDateTime.parse(glam.path("recovered").path("start").asText()))
                    .isEqualTo(OffsetDateTime.parse("2022-07-21T12:30-07:00"));
            assertThat(glam.path("recovered").path("year_source").path("references").get(0).asText())
                    .startsWith("icml2022_schedule_sample.jsonl:1 r");
            assertThat(ps.search("year:2022 source:004", 50, SearchOptions.DEFAULT).total()).isEqualTo(15);
        }
    }

    @Test
    void aReferenceYearAgainstThePagesWeekdayIsTakenWithTheConflictSaid() {
        try (Paperscope ps = open()) {
            ingest(ps, wednesday, Optional.empty());
            List<JsonNode> before = exported(ps, WEDNESDAY_PAGE);
            int ruleYear = before.getFirst().path("year").asInt();
            assertThat(ruleYear).as("21 July 2022 was a Thursday").isNotEqualTo(2022);
            assertThat(before).allSatisfy(t -> assertThat(t.get("recovered").isNull()).isTrue());
            assertThat(ps.search("year:2022 source:wednesday", 50, SearchOptions.DEFAULT).total()).isZero();

            ingest(ps, reference, Optional.of(FileRole.REFERENCE));
            List<JsonNode> talks = exported(ps, WEDNESDAY_PAGE);
            JsonNode glam = talks.getFirst();
            assertThat(glam.path("year").asInt()).as("the page's reading is kept").isEqualTo(ruleYear);
            assertThat(glam.path("start").asText()).startsWith(ruleYear + "-07-21T12:30");
            assertThat(glam.path("recovered").path("year").asInt()).isEqualTo(2022);
            assertThat(glam.path("recovered").path("end").asText()).isEqualTo("2022-07-21T12:35-07:00");
            JsonNode source = glam.path("recovered").path("year_source");
            assertThat(source.path("rule").asText()).isEqualTo("reference-year");
            assertThat(source.path("evidence").asText()).contains("the weekday rule gave " + ruleYear,
                    "conflict: the page says Wednesday, but 2022-07-21 is a Thursday");
            assertThat(ps.search("year:2022 source:wednesday", 50, SearchOptions.DEFAULT).total()).isEqualTo(15);
            assertThat(ps.search("start>=2022-07-21T12:30 start<2022-07-21T12:31 source:wednesday", 50, SearchOptions.DEFAULT).total())
                    .isEqualTo(1);
            assertThat(ps.planner().schedule().sessions()).singleElement()
                    .satisfies(s -> assertThat(s.start().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2022-07-21T12:30-07:00")));
        }
    }

    @Test
    void withoutMatchingReferencesTheWeekdayRuleYearStays() {
        try (Paperscope ps = open()) {
            ingest(ps, wednesday, Optional.empty());
            ingest(ps, REPO.resolve("src/test/resources/reference/icml2023_sample.jsonl"), Optional.of(FileRole.REFERENCE));
            assertThat(exported(ps, WEDNESDAY_PAGE)).hasSize(15).allSatisfy(t -> assertThat(t.get("recovered").isNull()).isTrue());
            assertThat(ps.search("year:2022 source:wednesday", 50, SearchOptions.DEFAULT).total()).isZero();
        }
    }
}
