package dev.paperscope.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintedVenueTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // printed block | venue | year
            "Appearing in Proceedings of the 28th International Conference on Machine Learning, Bellevue, WA, USA, 2011. Copyright 2011 by the author(s)/owner(s). | Proceedings of the 28th International Conference on Machine Learning, Bellevue, WA, USA, 2011 | 2011",
            "To appear in OSDI 2004 | OSDI 2004 | 2004",
            "Published as a conference paper at ICLR 2021 | ICLR 2021 | 2021",
            "37th Conference on Neural Information Processing Systems (NeurIPS 2023). | 37th Conference on Neural Information Processing Systems (NeurIPS 2023) | 2023",
            "Articles from this volume were presented at The 36th International Conference on Very Large Data Bases, September 13-17, 2010, Singapore. Proceedings of the VLDB Endowment, Vol. 3, No. 1 Copyright 2010 VLDB Endowment | Proceedings of the VLDB Endowment, Vol. 3, No. 1 | 2010",
            "Proceedings of the 45th Annual Meeting of the ACL, pages 696–703, Prague, June 2007. © 2007 Association for Computational Linguistics | Proceedings of the 45th Annual Meeting of the ACL, pages 696–703, Prague, June 2007 | 2007",
    })
    void aPrintedVenueIsCutBeforeItsCopyright(String block, String venue, Integer year) {
        Segment s = new Segment(1, block, 72, 300, 700, 708, 8, false, "Times");
        PrintedVenue.Found found = PrintedVenue.venue(List.of(List.of(s))).orElseThrow();
        assertThat(found.venue()).isEqualTo(venue);
        assertThat(found.year()).isEqualTo(year);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "arXiv:2106.09685v2 [cs.CL] 16 Oct 2021 | 2106.09685",
            "arXiv: hep-th/9901001 | hep-th/9901001",
    })
    void arxivIdsAreRead(String text, String id) {
        assertThat(PrintedVenue.arxiv(text)).contains(id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://doi.org/10.1145/3292500.3330701. | 10.1145/3292500.3330701",
            "DOI: 10.18653/v1/P19-1001 | 10.18653/v1/P19-1001",
    })
    void doisAreRead(String text, String doi) {
        assertThat(PrintedVenue.doi(text)).contains(doi);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://doi.org/10.1145/nnnnnnn.nnnnnnn",
            "DOI: 10.1145/XXXXXXX.XXXXXXX",
            "no identifier here",
    })
    void aTemplatePlaceholderIsNoDoi(String text) {
        assertThat(PrintedVenue.doi(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aReferenceListAtThePageFootIsNoVenue() {
        Segment s = new Segment(1, "neural networks. Proceedings of the National Academy of Sciences, 2017. [3] Z. Lipton, Y. Wang, and A. Smola."
                + " Detecting label shift. In International Conference on Machine Learning, 2018.", 72, 300, 700, 708, 8, false, "Times");
        assertThat(PrintedVenue.venue(List.of(List.of(s)))).isEmpty();
    }
}
