package dev.paperscope.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The line shapes the pages of other sites are read by: titled items, author lists, date lines, bylines, timed rows. */
class PageShapesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Attention Is All You Need - Vaswani et al., NeurIPS 2017.|Attention Is All You Need|Vaswani et al., NeurIPS 2017.",
        "LLM.int8(): 8-bit Matrix Multiplication – Dettmers et al.|LLM.int8(): 8-bit Matrix Multiplication|Dettmers et al.",
        "They show it works. Then it fails - sometimes.|-|-",
        "no dash here at all|-|-",
        "lowercase start - is prose|-|-"})
    void titledItems(String text, String title, String note) {
        String[] split = TitledItems.split(text);
        if (title == null) {
            assertNull(split, text);
        } else {
            assertArrayEquals(new String[] {title, note}, split, text);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ada Quill · Brook Larsen|true", "Ines Moreau, Jonas Weber and Karim Nasser|true", "Frankle & Carbin|false",
        "Oral 1 (Monday)|false", "Deep Learning, Fast and Slow|false", "Ada Quill|false", "Paris, France|false"})
    void authorLists(String line, boolean list) {
        assertEquals(list, TitledListing.isAuthorList(line), line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Posted on March 4, 2024 by Ada Quill|2024-03-04", "Feb 12, 2024 · Ada Quill, Brook Larsen|2024-02-12",
        "  • 2023-11-02|2023-11-02", "4 July 2021|2021-07-04", "February 30, 2024|-",
        "We released the code on March 4, 2024.|-", "Read more|-"})
    void dateLines(String line, String date) {
        assertEquals(date == null ? null : LocalDate.parse(date), DatedPosts.dateOf(line), line);
    }

    @Test
    void bylinesAreNamesBesideTheDateOnly() {
        assertEquals(List.of("Brook Larsen", "Cyril Mott"), DatedPosts.byline("Posted on January 19, 2024 by Brook Larsen and Cyril Mott"));
        assertEquals(List.of("Ada Quill", "Brook Larsen"), DatedPosts.byline("Feb 12, 2024 · Ada Quill, Brook Larsen"));
        assertEquals(List.of(), DatedPosts.byline("March 4, 2024 · 5 min read"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Tuesday, July 23, 2024 (CEST)|2024-07-23", "Thursday 13 March 2025|2025-03-13", "July 23, 2024|2024-07-23",
        "Posted on July 23, 2024 by Ada Quill|-", "Tuesday|-"})
    void dateHeadings(String line, String date) {
        assertEquals(date == null ? null : LocalDate.parse(date), TimedRows.headingDate(line), line);
    }

    private static SourceDocument page(String text) throws ParseException {
        return SourceDocument.of("page.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTimeWithoutAnyZoneFailsAtItsLine() throws ParseException {
        SourceDocument doc = page("""
                Tuesday, July 23, 2024

                10:30 - 10:50
                Offline Reinforcement Learning with Implicit Value Regularisation
                Ada Quill, Brook Larsen
                10:50 - 11:10
                Bandits with Delayed and Aggregated Feedback
                Dana Ivers, Elif Sahin
                """);
        ParseException e = assertThrows(ParseException.class, () -> Formats.parse(doc, Optional.of("session-schedule")));
        assertEquals(3, e.line());
        assertTrue(e.problem().contains("names no time zone"), e.problem());
    }

    @Test
    void oneTitledEntryIsNoListingAndRepeatedLabelsAreNoTitles() throws ParseException {
        assertFalse(TitledListing.of(page("""
                Vision Transformers Need Registers
                Ada Quill · Brook Larsen
                """).lines()).fits());
        assertFalse(TitledListing.of(page("""
                Outstanding Paper
                Ada Quill · Brook Larsen

                We show that a thing works, and that it works well on two benchmarks of some size.

                Outstanding Paper
                Cyril Mott · Dana Ivers

                We show that another thing works, and that it works well on three benchmarks too.
                """).lines()).fits());
    }
}
