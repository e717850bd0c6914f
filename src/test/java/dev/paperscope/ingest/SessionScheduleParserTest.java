package dev.paperscope.ingest;

import static dev.paperscope.ingest.ConferencePages.SCHEDULE;
import static dev.paperscope.ingest.ConferencePages.atLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionScheduleParserTest {
    private static final Clock MARCH_2025 = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);
    private final SessionScheduleParser parser = new SessionScheduleParser(MARCH_2025);

    @Test
    void detectsTheSessionScheduleAndNothingElse() throws ParseException {
        assertThat(parser.detect(ConferencePages.seed(SCHEDULE))).isGreaterThanOrEqualTo(0.8);
        assertThat(Formats.detectName(ConferencePages.seed(SCHEDULE))).contains(SessionScheduleParser.FORMAT);
        ConferencePages.othersThan(SCHEDULE).forEach(doc ->
                assertThat(parser.detect(doc)).as(doc.fileName()).isLessThan(0.5));
    }

    /** 15 slot lines, each followed by a title, one author line and one abstract. */
    @Test
    void readsEveryTalkOfTheSeedPage() throws ParseException {
        List<String> lines = ConferencePages.seedLines(SCHEDULE);
        List<SourceRecord> records = parser.parse(ConferencePages.seed(SCHEDULE));

        assertThat(lines.stream().filter(l -> l.endsWith(" PDT"))).hasSize(15);
        assertThat(lines.stream().filter(l -> l.contains(" · "))).hasSize(15);
        assertThat(records).hasSize(15);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(RecordKind.TALK);
            assertThat(r.room()).isEqualTo("Hall G");
            assertThat(r.moderator()).isEqualTo("Ning Yu");
            assertThat(r.year()).isEqualTo(2022);
            assertThat(r.venue()).isNull();
            assertThat(r.title()).isNotNull();
            assertThat(r.authors()).isNotEmpty();
            assertThat(r.abstractText()).isNotNull();
            assertThat(r.extra()).containsEntry("tz", "PDT");
            assertThat(r.start().getOffset()).isEqualTo(ZoneOffset.ofHours(-7));
            assertThat(r.derived()).extracting(Derivation::field).containsExactly("year", "start", "time_zone", "end", "room", "moderator");
            assertThat(r.extra()).containsEntry("time_zone", "America/Los_Angeles");
        });
        // slots are contiguous: each talk ends when the next begins; one is 20 minutes long
        for (int i = 1; i < records.size(); i++) {
            assertThat(records.get(i).start()).isEqualTo(records.get(i - 1).end());
        }
        assertThat(records.getLast().end()).isEqualTo(OffsetDateTime.parse("2022-07-21T14:00-07:00"));
    }

    @Test
    void firstTalkIsReadFieldByField() throws ParseException {
        SourceRecord first = parser.parse(ConferencePages.seed(SCHEDULE)).getFirst();

        assertThat(first.source().line()).isEqualTo(11);
        assertThat(first.title()).isEqualTo("GLaM: Efficient Scaling of Language Models with Mixture-of-Experts");
        assertThat(first.authors()).hasSize(27).startsWith("Nan Du", "Yanping Huang").endsWith("Zhifeng Chen", "Claire Cui");
        assertThat(first.abstractText()).startsWith("Scaling language models with more data, compute and parameters")
                .endsWith("better overall fewshot performance across 29 NLP tasks.");
        assertThat(first.start()).isEqualTo(OffsetDateTime.parse("2022-07-21T12:30-07:00"));
        assertThat(first.end()).isEqualTo(OffsetDateTime.parse("2022-07-21T12:35-07:00"));
        assertThat(RecordJson.toNode(first).get("start").asText()).isEqualTo("2022-07-21T12:30-07:00");
        assertThat(first.derived().getFirst().reason())
                .isEqualTo("the page gives no year; 21 July falls on a Thursday, as the slot says, in 2022,"
                        + " the nearest such year to today (2025-03-01)");
        assertThat(first.raw()).isEqualTo(String.join("\n", ConferencePages.seedLines(SCHEDULE).subList(10, 17)));
    }

    @Test
    void oddTalksOfTheSeedPage() throws ParseException {
        List<SourceRecord> records = parser.parse(ConferencePages.seed(SCHEDULE));

        SourceRecord longSlot = atLine(records, 59);
        assertThat(longSlot.title()).isEqualTo("Near-Exact Recovery for Tomographic Inverse Problems via Deep Learning");
        assertThat(longSlot.end()).isEqualTo(longSlot.start().plusMinutes(20));
        assertThat(longSlot.authors()).contains("Ingo Gühring", "Maximilian März");

        assertThat(atLine(records, 75).authors()).containsExactly("Bei Li", "Tong Zheng", "yi jing", "Chengbo Jiao",
                "Tong Xiao", "Jingbo Zhu");
        // a long title without a full stop is still a title, not an abstract
        assertThat(atLine(records, 115).title())
                .isEqualTo("Tackling Data Heterogeneity: A New Unified Framework for Decentralized SGD with Sample-induced Topology");
        SourceRecord last = records.getLast();
        assertThat(last.title()).isEqualTo("Iterative Double Sketching for Faster Least-Squares Optimization");
        assertThat(last.authors()).containsExactly("Rui Wang", "Yanyan Ouyang", "Wangli Xu");
        assertThat(last.abstractText()).endsWith("trade-off between accuracy and efficiency.");
    }

    @Test
    void theInferredYearFollowsTheClock() throws ParseException {
        Clock in2031 = Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC);
        SourceRecord first = new SessionScheduleParser(in2031).parse(ConferencePages.seed(SCHEDULE)).getFirst();

        // Thursday 21 July falls in 2022 and 2033; from 2031, 2033 is nearer
        assertThat(first.year()).isEqualTo(2033);
        assertThat(first.start()).isEqualTo(OffsetDateTime.parse("2033-07-21T12:30-07:00"));
    }

    @Test
    void unseenSessionPageInCest() throws ParseException {
        String page = """
                ICML 2024 Vienna
                Oral 3B Probabilistic Methods

                [ Stolz 1 ]
                Session chair: Anna Berg

                Tue 23 Jul 10:30 – 10:45 CEST

                Scalable Bayesian Inference with Normalizing Flows

                Ana Souza · Wei Chen ·

                We propose a method for scalable inference with flows. Experiments show large speed-ups on benchmarks.
                Tue, 23 July 23:50 - 00:10 CEST
                Sampling at Night
                Jane Roe
                Sampling is hard. We show it is easier at night.

                Wednesday July 24 9:00 a.m. CEST
                Keynote Without Listed Authors
                An invited talk on the state of probabilistic programming. It closes the session with open questions.
                """;
        SourceDocument doc = ConferencePages.page("icml24-session.txt", page);

        assertThat(parser.detect(doc)).isGreaterThanOrEqualTo(0.5);
        assertThat(new OralListingParser().detect(doc)).isLessThan(0.5);
        assertThat(new AwardListingParser().detect(doc)).isLessThan(0.5);
        List<SourceRecord> records = parser.parse(doc);
        assertThat(records).extracting(r -> r.source().line()).containsExactly(7, 14, 19);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.room()).isEqualTo("Stolz 1");
            assertThat(r.moderator()).isEqualTo("Anna Berg");
            assertThat(r.extra()).containsEntry("tz", "CEST");
            assertThat(r.year()).isEqualTo(2024);
        });
        SourceRecord flows = records.get(0);
        assertThat(flows.start()).isEqualTo(OffsetDateTime.parse("2024-07-23T10:30+02:00"));
        assertThat(flows.end()).isEqualTo(OffsetDateTime.parse("2024-07-23T10:45+02:00"));
        assertThat(flows.authors()).containsExactly("Ana Souza", "Wei Chen");
        assertThat(flows.derived()).filteredOn(d -> d.field().equals("authors")).singleElement()
                .extracting(Derivation::reason).asString().contains("dangling");

        SourceRecord night = records.get(1);
        assertThat(night.authors()).containsExactly("Jane Roe");
        assertThat(night.abstractText()).isEqualTo("Sampling is hard. We show it is easier at night.");
        assertThat(night.end()).isEqualTo(OffsetDateTime.parse("2024-07-24T00:10+02:00"));
        assertThat(night.derived()).filteredOn(d -> d.field().equals("end")).singleElement()
                .extracting(Derivation::reason).asString().contains("ends the next day");

        SourceRecord keynote = records.get(2);
        assertThat(keynote.title()).isEqualTo("Keynote Without Listed Authors");
        assertThat(keynote.authors()).isEmpty();
        assertThat(keynote.start()).isEqualTo(OffsetDateTime.parse("2024-07-24T09:00+02:00"));
        assertThat(keynote.end()).isNull();
    }

    @Test
    void aStatedYearIsUsedAndNotInferred() throws ParseException {
        SourceRecord talk = parser.parse(ConferencePages.page("y.txt", """
                Thu 21 July 2022 12:30 - 12:35 PDT
                GLaM
                Nan Du · Yanping Huang
                """)).getFirst();

        assertThat(talk.year()).isEqualTo(2022);
        assertThat(talk.abstractText()).isNull();
        assertThat(talk.derived()).extracting(Derivation::field).containsExactly("start", "time_zone", "end");
        assertThat(talk.derived().get(1).reason()).isEqualTo("the page prints PDT; read as the IANA zone America/Los_Angeles,"
                + " whose offset on 2022-07-21 is UTC-07:00 as the slot states (calendars need the zone's rules, not only an offset)");
        assertThat(talk.derived().getFirst().reason()).doesNotContain("inferred").contains("PDT read as UTC-07:00");
    }

    @ParameterizedTest
    @CsvSource({
            "Thu 21 July 12:30 PST,             2022-07-21T12:30-08:00",
            "Thursday 21 July 2022 8:00 EDT,    2022-07-21T08:00-04:00",
            "Thu Jul 21 12:30 IST,              2022-07-21T12:30+05:30",
            "Thu 21 Jul. 12:30 JST,             2022-07-21T12:30+09:00",
            "Thu 21 July 12:30 AEDT,            2022-07-21T12:30+11:00",
            "Thu 21 July 12:30 UTC,             2022-07-21T12:30Z",
            "Thu 21 July 12:30 BST,             2022-07-21T12:30+01:00",
            "Thu 21 July 12:30 GMT+2,           2022-07-21T12:30+02:00",
            "Wed 13 Dec 10:45 a.m. CST,         2023-12-13T10:45-06:00",
            "Wed 13 Dec 12:15 pm HKT,           2023-12-13T12:15+08:00",
            "Wed 13 Dec 12:05 a.m. SGT,         2023-12-13T00:05+08:00",
    })
    void slotsInOtherZonesAndSpellings(String slot, String start) throws ParseException {
        SourceDocument doc = ConferencePages.page("slot.txt", slot + "\n");
        assertThat(TimeSlot.parse(doc, 0, LocalDate.of(2025, 3, 1)).start()).isEqualTo(OffsetDateTime.parse(start));
    }

    /** The IANA zone is the first candidate whose rules give the stated offset on that day; none when no zone does. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Thu 21 July 2022 12:30 PDT   | America/Los_Angeles",
            "Thu 21 July 2022 12:30 MST   | America/Phoenix",
            "Thu 13 Jan 2022 12:30 MST    | America/Denver",
            "Tue 23 Jul 2024 10:30 CEST   | Europe/Berlin",
            "Thu 21 July 2022 12:30 AEST  | Australia/Sydney",
            "Thu 21 July 2022 12:30 GMT+2 | Etc/GMT-2",
            "Thu 21 July 2022 12:30 UTC-5 | Etc/GMT+5",
            "Thu 21 July 2022 12:30 UTC   | Etc/UTC",
            "Thu 21 July 2022 12:30 PST   | ''",
            "Thu 21 July 2022 12:30 GMT+5:30 | ''",
    })
    void slotsCarryTheIanaZoneWhoseRulesMatchTheStatedOffset(String slot, String zone) throws ParseException {
        TimeSlot read = TimeSlot.parse(ConferencePages.page("slot.txt", slot + "\n"), 0, LocalDate.of(2025, 3, 1));
        assertThat(read.ianaZone().map(java.time.ZoneId::getId).orElse("")).isEqualTo(zone);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Thu 31 Feb 12:30 - 12:35 PDT | there is no day 31 in February",
            "Fri 21 July 2022 12:30 PDT   | 2022-07-21 is a Thursday, not a Friday",
            "Thu 21 July 12:30 - 12:35 XYZ | unknown time-zone abbreviation 'XYZ'",
            "Thu 21 July 12:30 - 12:35    | no time zone",
            "Thu 21 July 25:30 PDT        | there is no time 25:30",
            "Thu 21 July 2022 13:30 p.m. PDT | there is no hour 13 on a 12-hour clock",
    })
    void malformedSlotsFailAtTheirLine(String slot, String problem) throws ParseException {
        SourceDocument doc = ConferencePages.page("bad.txt", "Hall G\nModerator: Ning Yu\n\n" + slot
                + "\nGLaM\nNan Du · Yanping Huang\n");

        assertThatThrownBy(() -> parser.parse(doc)).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("bad.txt:4: bad time slot '" + slot + "': ")
                .hasMessageContaining(problem);
    }

    @Test
    void aSlotAtTheEndOfTheFileIsATruncatedTalk() throws ParseException {
        SourceDocument doc = ConferencePages.page("cut.txt", """
                Thu 21 July 12:30 - 12:35 PDT
                GLaM
                Nan Du · Yanping Huang
                Thu 21 July 12:35 - 12:40 PDT
                """);

        assertThatThrownBy(() -> parser.parse(doc)).isInstanceOf(ParseException.class)
                .hasMessage("cut.txt:4: the time slot is not followed by a talk (expected a title line)");
    }

    @Test
    void aTalkWithoutTitleFails() throws ParseException {
        SourceDocument doc = ConferencePages.page("notitle.txt", """
                Thu 21 July 12:30 - 12:35 PDT

                Nan Du · Yanping Huang
                Scaling language models with more data has driven significant progress. We study sparse models.
                """);

        assertThatThrownBy(() -> parser.parse(doc)).isInstanceOf(ParseException.class)
                .hasMessage("notitle.txt:3: expected the title of the talk at line 1, found 'Nan Du · Yanping Huang'");
    }

    @Test
    void strayTextAfterAnAbstractFails() throws ParseException {
        SourceDocument doc = ConferencePages.page("stray.txt", """
                Thu 21 July 12:30 - 12:35 PDT
                GLaM
                Nan Du · Yanping Huang
                Scaling language models with more data has driven significant progress. We study sparse models.
                Hall H
                Thu 21 July 12:35 - 12:40 PDT
                Object Permanence
                Pavel Tokmakov · Allan Jabri
                """);

        assertThatThrownBy(() -> parser.parse(doc)).isInstanceOf(ParseException.class)
                .hasMessage("stray.txt:5: expected the abstract of the talk at line 1 or the next time slot, found 'Hall H'");
    }

    @Test
    void listingPagesReadAsScheduleHaveNoRecords() throws ParseException {
        for (String name : List.of(ConferencePages.ORALS, ConferencePages.AWARDS)) {
            SourceDocument doc = ConferencePages.seed(name);
            assertThatThrownBy(() -> Formats.parse(doc, Optional.of("session-schedule"))).isInstanceOf(ParseException.class)
                    .hasMessage(name + ":1: no records found when read as session-schedule");
        }
    }
}
