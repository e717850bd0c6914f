package dev.paperscope.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferencesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // entry | year | authors (;) | title
            "E. Agichtein. 2005. Extracting Relations From Large Text Collections. Ph.D. thesis, Columbia University. | 2005 | E. Agichtein | Extracting Relations From Large Text Collections",
            "[3] D. Blei, A. Ng, and M. Jordan. Latent Dirichlet allocation. JMLR, 3:993–1022, 2003. | 2003 | D. Blei;A. Ng;M. Jordan | Latent Dirichlet allocation",
            "Agarwal, A., Negahban, S. N., and Wainwright, M. J. Noisy matrix decomposition via convex relaxation. 2011. | 2011 | Agarwal, A.;Negahban, S. N.;Wainwright, M. J. | Noisy matrix decomposition via convex relaxation",
            "[7] N. Srivastava and G. Hinton. Dropout: a simple way to prevent overfitting. JMLR, 15(1):1929–1958, 2014. | 2014 | N. Srivastava;G. Hinton | Dropout: a simple way to prevent overfitting",
            "12. Smith J, Doe K. A study of things. Journal of Stuff, 1999. | 1999 | Smith J;Doe K | A study of things",
    })
    void anEntryGivesItsYearAuthorsAndTitle(String raw, int year, String authors, String title) {
        PdfReference r = References.entry(raw);
        assertThat(r.raw()).isEqualTo(raw);
        assertThat(r.year()).isEqualTo(year);
        assertThat(r.authors()).isEqualTo(Arrays.asList(authors.split(";")));
        assertThat(r.title()).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "[1] A. Author. First title here. 2001.~[2] B. Author. Second title here. 2002. | 2",
    })
    void labelledEntriesAreSplitAtTheirLabels(String lines, int count) {
        List<Segment> segments = new java.util.ArrayList<>();
        float top = 100;
        for (String l : lines.split("~")) {
            segments.add(new Segment(5, l, 72, 300, top, top + 9, 9, false, "Times"));
            top += 11;
        }
        assertThat(References.entries(segments)).hasSize(count);
    }
}
