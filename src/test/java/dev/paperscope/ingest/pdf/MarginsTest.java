package dev.paperscope.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarginsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "3 | true", "iv | true", "Page 12 | true", "3 of 12 | true", "– 7 – | true",
            "2011 Conference | false", "Figure 3 | false", "Introduction | false",
    })
    void pageNumbersAreKnown(String text, boolean number) {
        assertThat(Margins.isPageNumber(text)).isEqualTo(number);
    }

    @Test
    void linesRecurringInAMarginAreRunningAndBodyLinesAreNot() {
        List<PageLayout> pages = new ArrayList<>();
        for (int p = 1; p <= 5; p++) {
            pages.add(new PageLayout(p, 612, 792, List.of(
                    seg(p, "To appear in OSDI 2004", 30),
                    seg(p, "A body line that says something different on page " + p, 300),
                    seg(p, "The same sentence in the body of every page", 400),
                    seg(p, String.valueOf(p + 100), 770)), ""));
        }
        Margins margins = Margins.of(pages);
        PageLayout third = pages.get(2);
        assertThat(third.segments()).filteredOn(s -> margins.isRunning(s, third)).extracting(Segment::text)
                .containsExactly("To appear in OSDI 2004", "103");
    }

    @Test
    void aMarginLineOnOnePageOnlyIsKept() {
        List<PageLayout> pages = new ArrayList<>();
        for (int p = 1; p <= 5; p++) {
            pages.add(new PageLayout(p, 612, 792, List.of(seg(p, p == 1 ? "Proceedings of a Conference" : "Body text " + p, 30)), ""));
        }
        Margins margins = Margins.of(pages);
        assertThat(margins.isRunning(pages.getFirst().segments().getFirst(), pages.getFirst())).isFalse();
    }

    private static Segment seg(int page, String text, float top) {
        return new Segment(page, text, 72, 72 + 5 * text.length(), top, top + 10, 10, false, "Times");
    }
}
