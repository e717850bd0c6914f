package dev.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What free text states about a work's venue and year, case by case: text | venue | year (empty: not stated). */
class StatedVenuesTest {
    /** Checks the outcome, and that the evidence span quotes the stated year (or venue). */
    private static void check(String text, Optional<StatedVenues.Stated> stated, String venue, Integer year) {
        if (venue == null && year == null) {
            assertThat(stated).as(text).isEmpty();
            return;
        }
        assertThat(stated).as(text).hasValueSatisfying(s -> {
            assertThat(s.venue()).as("venue of '%s'", text).isEqualTo(venue);
            assertThat(s.year()).as("year of '%s'", text).isEqualTo(year);
            String evidence = text.substring(s.start(), s.end());
            assertThat(evidence).as("evidence in '%s'", text).contains(year != null ? year.toString() : venue);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "This work was presented at NeurIPS 2023.                 | NeurIPS     | 2023",
            "Our paper was accepted at the ICML 2022 conference.      | ICML        | 2022",
            "It appears in IEEE TPAMI 2019 as a regular paper.        | IEEE TPAMI  | 2019",
            "A best paper at NAACL 2019, not at ACL.                  | NAACL       | 2019",
            "We received an outstanding paper award at ICLR 2024.     | ICLR        | 2024",
            "The work was presented at ABCD 2021 in Paris.            | ABCD        | 2021",
            "Published in Nature 2020 after review.                   | Nature      | 2020",
            // look-alikes: an organisation (one capital), no year, a five-digit number, no verb
            "This work was presented at Google 2021.                  | -           | -",
            "This work was accepted at NeurIPS last year.             | -           | -",
            "It was presented at NeurIPS 20234 by mistake.            | -           | -",
            "NeurIPS 2023 was held in New Orleans.                    | -           | -",
            "We presented our results.                                | -           | -",
            "''                                                       | -           | -"})
    void presentedAt(String sentence, String venue, Integer year) {
        check(sentence, StatedVenues.presentedAt(sentence), venue, year);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Google at NeurIPS 2022                  | NeurIPS | 2022",
            "Apple @ CVPR 2023                       | CVPR    | 2023",
            "Apple @CVPR 2023                        | CVPR    | 2023",
            "Highlights from EMNLP 2021              | EMNLP   | 2021",
            "MSR at NAACL 2019                       | NAACL   | 2019",
            "Our team at ACM SIGGRAPH 2020           | ACM SIGGRAPH | 2020",
            "Meta in Paris 2024                      | -       | -",
            "Notes on NeurIPS 2022                   | -       | -",
            "Google at NeurIPS                       | -       | -"})
    void inTitle(String title, String venue, Integer year) {
        check(title, StatedVenues.inTitle(title), venue, year);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "' from Google in CVPR 2015 introduced residual learning' | CVPR      | 2015",
            "' from the Courant Institute, NYU in 2013 showed'        | -         | 2013",
            "' from ASU and NEC Labs in IEEE PAMI 2012'               | IEEE PAMI | 2012",
            "' (NeurIPS) showed that'                                 | NeurIPS   | -",
            "' at ABC 2020 proposed'                                  | ABC       | 2020",
            "' to appear in ICML, shows'                              | ICML      | -",
            "' in Nature argued'                                      | Nature    | -",
            "' in EACL 2020 found'                                    | EACL      | 2020",
            "' whose NeurIPS 2019 paper showed'                       | NeurIPS   | 2019",
            "' from 1999 onwards'                                     | -         | 1999",
            "' in March 2018 proposed'                                | -         | 2018",
            "' from Google showed that'                               | -         | -",
            "' in 3000 steps'                                         | -         | -",
            "''                                                       | -         | -"})
    void inClause(String clause, String venue, Integer year) {
        check(clause, StatedVenues.inClause(clause), venue, year);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "It came out later. Published in 2020.    | 2020",
            "It was presented at ICML 2019.           | 2019",
            "accepted in NeurIPS 2021                 | 2021",
            "Published in the 2020 volume.            | -",
            "Published in 1899.                       | -",
            "Written in 2020.                         | -"})
    void publishedYear(String text, Integer year) {
        check(text, StatedVenues.publishedYear(text), null, year);
    }
}
