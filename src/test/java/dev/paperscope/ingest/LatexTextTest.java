package dev.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LaTeX of BibTeX fields as plain Unicode: latex | text | whether only braces and commands could be removed. */
class LatexTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "M{\\\"u}ller                         | Müller                  | false",
            "{BERT}: Pre-training                | BERT: Pre-training      | false",
            "Top-$k$ Sampling                    | Top-$k$ Sampling        | false",
            "$O(n^2)$ and $\\log n$ bounds        | $O(n^2)$ and $\\log n$ bounds | false",
            "Ant{\\'o}nio                         | António                 | false",
            "\\c{C}a\\u{g}lar                      | Çağlar                  | false",
            "Erd\\H{o}s                           | Erdős                   | false",
            "Pi\\k{e}tka                          | Piętka                  | false",
            "\\=a and \\.z                         | ā and ż                 | false",
            "\\i{}n and \\l{}od{\\'z}              | in and łodź             | false",
            "Dvo\\v{r}\\'ak                       | Dvořák                  | false",
            "Ko{\\'n}czak and \\'{S}wi\\k{a}tek     | Kończak and Świątek     | false",
            "\\`a la \\^ete, ma\\~nana, na\\\"{\\i}ve | à la ête, mañana, naïve | false",
            "Jakub \\L{}\\k{a}cki                  | Jakub Łącki             | false",
            "R&D at 50% of #1 with x_1           | R&D at 50% of #1 with x_1 | false",
            "Fig.~3 and Sec.\\ 2                  | Fig. 3 and Sec. 2       | false",
            "`  spaced <TAB> out<NBSP>text  `     | spaced out text         | false",
            "``                                  | ``                      | false",
            // jbibtex cannot read it: commands dropped, escapes kept, braces removed
            "\\textit{x\\_y} {unbalanced         | x_y unbalanced          | true"})
    void plainText(String latex, String text, boolean bracesOnly) {
        LatexText.Plain plain = LatexText.toPlain(latex.replace("<TAB>", "\t").replace("<NBSP>", "\u00A0"));
        assertThat(plain.text()).as(latex).isEqualTo(text);
        assertThat(plain.bracesOnly()).as("fallback for %s", latex).isEqualTo(bracesOnly);
    }
}
