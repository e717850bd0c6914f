package dev.paperscope.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.ParseException;
import dev.paperscope.ingest.SourceDocument;
import dev.paperscope.ingest.SourceRecord;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The session page of seed 004 gives no year; reference records holding three of its talks (GLaM and two
 * others, ICML 2022) decide it. The parser's weekday-rule year depends on the clock, so the cases that
 * need a wrong rule year move the parsed page to 2033 (21 July 2033 is a Thursday too) or to a year in
 * which 21 July is no Thursday.
 */
class ScheduleYearsTest {
    private static final Path REPO = Path.of(System.getProperty("paperscope.repo", "."));
    private static final String GLAM = "GLaM: Efficient Scaling of Language Models with Mixture-of-Experts";

    private static List<SourceRecord> parse(String path) throws ParseException {
        return Formats.parse(SourceDocument.read(REPO.resolve(path)), Optional.empty()).records();
    }

    private static List<SourceRecord> page() throws ParseException {
        return parse("demo/seeds/004_d2faed4b193087f1.txt");
    }

    private static List<SourceRecord> references() throws ParseException {
        return parse("src/test/resources/reference/icml2022_schedule_sample.jsonl");
    }

    /** The page as if the weekday rule had given {@code year}. */
    private static List<SourceRecord> readAs(List<SourceRecord> page, int year) {
        return page.stream().map(r -> {
            int shift = year - r.start().getYear();
            return new SourceRecord(r.id(), r.kind(), r.title(), r.authors(), r.abstractText(), r.venue(), year, r.room(),
                    r.session(), r.moderator(), r.start().plusYears(shift), r.end() == null ? null : r.end().plusYears(shift),
                    r.award(), r.section(), r.url(), r.authorMention(), r.source(), r.extra(), r.derived(), r.raw());
        }).toList();
    }

    private static SourceRecord withYear(SourceRecord r, int year) {
        return new SourceRecord(r.id(), r.kind(), r.title(), r.authors(), r.abstractText(), r.venue(), year, r.room(), r.session(),
                r.moderator(), r.start(), r.end(), r.award(), r.section(), r.url(), r.authorMention(), r.source(), r.extra(),
                r.derived(), r.raw());
    }

    private static SourceRecord withAuthors(SourceRecord r, List<String> authors) {
        return new SourceRecord(r.id(), r.kind(), r.title(), authors, r.abstractText(), r.venue(), r.year(), r.room(), r.session(),
                r.moderator(), r.start(), r.end(), r.award(), r.section(), r.url(), r.authorMention(), r.source(), r.extra(),
                r.derived(), r.raw());
    }

    @Test
    void threeMatchedTalksMoveEveryTalkOfThePageToTheirYearAndTheWeekdayHolds() throws ParseException {
        List<SourceRecord> page = readAs(page(), 2033);
        Map<String, RedatedTalk> redated = new ScheduleYears(references()).redate(page, Map.of());

        assertThat(page).hasSize(15);
        assertThat(redated).hasSize(15).allSatisfy((id, t) -> {
            assertThat(t.year()).isEqualTo(2022);
            assertThat(t.changed()).isTrue();
            assertThat(t.rule()).isEqualTo(RedatedTalk.MOVED);
            assertThat(t.agreeing()).isEqualTo(3);
            assertThat(t.matched()).isEqualTo(3);
            assertThat(t.references()).hasSize(3).allSatisfy(ref -> assertThat(ref).startsWith("icml2022_schedule_sample.jsonl:"));
        });
        RedatedTalk glam = redated.get(page.getFirst().id());
        assertThat(page.getFirst().title()).isEqualTo(GLAM);
        assertThat(glam.start()).isEqualTo(OffsetDateTime.parse("2022-07-21T12:30-07:00"));
        assertThat(glam.end()).isEqualTo(OffsetDateTime.parse("2022-07-21T12:35-07:00"));
        assertThat(glam.evidence()).contains("3 of 3 talks", "the weekday rule gave 2033", "2022-07-21 is a Thursday, as the page says")
                .doesNotContain("conflict");
    }

    @Test
    void aReferenceYearThatContradictsTheWeekdayIsTakenAndTheConflictSaid() throws ParseException {
        List<SourceRecord> page = readAs(page(), 2021); // 21 July 2021 is a Wednesday: the page says Thursday
        RedatedTalk glam = new ScheduleYears(references()).redate(page, Map.of()).get(page.getFirst().id());

        assertThat(glam.year()).isEqualTo(2022);
        assertThat(glam.start()).isEqualTo(OffsetDateTime.parse("2022-07-21T12:30-07:00"));
        assertThat(glam.evidence()).contains("conflict: the page says Wednesday, but 2022-07-21 is a Thursday");
    }

    @Test
    void aYearTheReferencesConfirmIsKeptAndMarkedConfirmed() throws ParseException {
        List<SourceRecord> page = readAs(page(), 2022);
        assertThat(new ScheduleYears(references()).redate(page, Map.of())).hasSize(15).allSatisfy((id, t) -> {
            assertThat(t.changed()).isFalse();
            assertThat(t.rule()).isEqualTo(RedatedTalk.CONFIRMED);
            assertThat(t.start().getYear()).isEqualTo(2022);
        });
    }

    @Test
    void noMatchingReferencesLeaveTheWeekdayRuleYear() throws ParseException {
        List<SourceRecord> page = readAs(page(), 2033);
        List<SourceRecord> unrelated = parse("src/test/resources/reference/icml2023_sample.jsonl");
        assertThat(new ScheduleYears(unrelated).redate(page, Map.of())).isEmpty();
        assertThat(new ScheduleYears(List.of()).redate(page, Map.of())).isEmpty();
    }

    @Test
    void oneMatchedTalkIsNotEnough() throws ParseException {
        List<SourceRecord> glamOnly = references().stream().filter(r -> r.title().equals(GLAM)).toList();
        assertThat(new ScheduleYears(glamOnly).redate(readAs(page(), 2033), Map.of())).isEmpty();
    }

    @Test
    void referencesThatDisagreeBelowTheConsensusLeaveTheYear() throws ParseException {
        List<SourceRecord> refs = new ArrayList<>(references());
        refs.set(2, withYear(refs.get(2), 2021)); // 2 of 3 say 2022: 67 %, under the 80 % consensus
        assertThat(new ScheduleYears(refs).redate(readAs(page(), 2033), Map.of())).isEmpty();
    }

    @Test
    void aSameTitleWithAuthorsInCommonWithNobodyIsAnotherPaper() throws ParseException {
        List<SourceRecord> refs = new ArrayList<>(references());
        refs.set(2, withYear(withAuthors(refs.get(2), List.of("Somebody Else", "Another Person")), 2021));
        Map<String, RedatedTalk> redated = new ScheduleYears(refs).redate(readAs(page(), 2033), Map.of());
        assertThat(redated).isNotEmpty().allSatisfy((id, t) -> {
            assertThat(t.year()).isEqualTo(2022);
            assertThat(t.matched()).as("the same-titled reference by other authors is no match").isEqualTo(2);
            assertThat(t.references()).hasSize(2);
        });
    }

    @Test
    void recordsWithAStatedYearAreLeftAlone() throws ParseException {
        List<SourceRecord> stated = readAs(page(), 2033).stream()
                .map(r -> new SourceRecord(r.id(), r.kind(), r.title(), r.authors(), r.abstractText(), r.venue(), r.year(), r.room(),
                        r.session(), r.moderator(), r.start(), r.end(), r.award(), r.section(), r.url(), r.authorMention(), r.source(),
                        r.extra(), r.derived().stream().filter(d -> !d.field().equals("year")).toList(), r.raw()))
                .toList();
        assertThat(new ScheduleYears(references()).redate(stated, Map.of())).isEmpty();
    }
}
