package dev.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence bounds in prose; '^' in the text marks the position asked about and is removed before the call. */
class SentencesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "One. Tw^o. Three.                                     | Two.",
            "^One. Two.                                            | One.",
            "One. Two. Thr^ee                                      | Three",
            "Work by Vaswani et al. from Goo^gle. Next.            | Work by Vaswani et al. from Google.",
            "By Vinh Q. Tran and others^. Next.                    | By Vinh Q. Tran and others.",
            "See e.g. the appen^dix. Next.                         | See e.g. the appendix.",
            "Version 2.0 is out^. Next.                            | Version 2.0 is out.",
            "It works! Rea^lly? Yes.                               | Really?",
            "It ends. “Quoted sentence^.” Next.                    | “Quoted sentence.”",
            "It ends. “Quoted.” Ne^xt one.                         | Next one.",
            "(As said before.) Ne^xt.                              | Next.",
            "lower. case after a peri^od. Next.                    | lower. case after a period.",
            "Figure 3 in fig. 2 sh^ows it. Next.                   | Figure 3 in fig. 2 shows it.",
            "Approx. 3 of them^. Next.                             | Approx. 3 of them.",
            "no final stop^                                        | no final stop"})
    void theSentenceAroundAPosition(String marked, String sentence) {
        int pos = marked.indexOf('^');
        String text = marked.replace("^", "");
        int start = Sentences.start(text, pos);
        int end = Sentences.end(text, pos);
        assertThat(text.substring(start, end).strip()).as(marked).isEqualTo(sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // text | evidence (its first occurrence is [from, to)) | quote
            "Intro. This paper by Smith et al. in ICML 2020 shows a lot. Next. | by Smith et al. in ICML 2020 | This paper by Smith et al. in ICML 2020…",
            // the sentence's final stop is beyond the evidence, so it goes on
            "Intro. This paper by Smith et al. in ICML 2020. Next.             | by Smith et al. in ICML 2020 | This paper by Smith et al. in ICML 2020…",
            "He called it “great.” This paper by Smith in 2020. Next.          | by Smith in 2020             | This paper by Smith in 2020…",
            "This paper by Smith.                                               | This paper by Smith.         | This paper by Smith."})
    void quotesTheSentenceUpToTheEvidence(String text, String evidence, String quote) {
        int from = text.indexOf(evidence);
        assertThat(Sentences.quoteUpTo(text, from, from + evidence.length())).isEqualTo(quote);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'' | 0", "'   ' | 0"})
    void emptyTextHasAnEmptySentence(String text, int pos) {
        assertThat(Sentences.start(text, pos)).isEqualTo(text.length());
        assertThat(Sentences.end(text, pos)).isEqualTo(text.length());
    }
}
