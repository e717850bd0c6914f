package dev.paperscope.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.Derivation;
import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.Source;
import dev.paperscope.ingest.SourceRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A year correction dates the record for search and the planner, and its derivations say why. */
class ResolvedRecordDatedTest {
    private static final OffsetDateTime START = OffsetDateTime.parse("2033-07-21T12:30-07:00");

    private static SourceRecord talk() {
        return SourceRecord.builder(RecordKind.TALK, SOURCE).title("A Talk With A Title").start(START).end(START.plusMinutes(5))
                .year(2033).derived("year", "weekday rule").derived("start", "from the slot").derived("room", "from the header")
                .build();
    }

    private static final Source SOURCE = new Source("004.txt", 11, "0".repeat(64), "session-schedule");

    @Test
    void withoutACorrectionTheRecordIsAsThePageWasRead() {
        SourceRecord r = talk();
        assertThat(new ResolvedRecord(r, "w1", Optional.empty(), List.of()).dated()).isSameAs(r);
    }

    @Test
    void aCorrectionMovesYearStartAndEndAndSaysWhy() {
        YearCorrection c = new YearCorrection(2022, OffsetDateTime.parse("2022-07-21T12:30-07:00"),
                OffsetDateTime.parse("2022-07-21T12:35-07:00"), List.of("ref.jsonl:1 r1"), 2, 2, "reference-year", "2 of 2 talks");
        SourceRecord dated = new ResolvedRecord(talk(), "w1", Optional.empty(), List.of(), Optional.of(c)).dated();
        assertThat(dated.year()).isEqualTo(2022);
        assertThat(dated.start()).isEqualTo(c.start());
        assertThat(dated.end()).isEqualTo(c.end());
        assertThat(dated.derived()).extracting(Derivation::field).containsExactlyInAnyOrder("start", "room", "year");
        assertThat(dated.derived()).filteredOn(d -> d.field().equals("year")).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo("reference-year: 2 of 2 talks"));
        assertThat(dated.derived()).filteredOn(d -> d.field().equals("start")).singleElement()
                .satisfies(d -> assertThat(d.reason()).contains("moved to 2022"));
        assertThat(dated.derived()).filteredOn(d -> d.field().equals("room")).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo("from the header"));
    }
}
