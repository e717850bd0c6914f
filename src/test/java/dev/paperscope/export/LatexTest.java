package dev.paperscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text made safe for a braced BibTeX field, case by case (the table's quote character is '`'). */
class LatexTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "R&D_1                 | R\\&D\\_1",
            "50% of #3 costs $5    | 50\\% of \\#3 costs \\$5",
            "a\\b                  | a\\textbackslash{}b",
            "{x}                   | \\textbraceleft{}x\\textbraceright{}",
            "~ and ^               | \\textasciitilde{} and \\textasciicircum{}",
            "Müller – naïve        | Müller – naïve",
            "``                    | ``"})
    void plainTextEscapesEverySpecial(String text, String field) {
        assertThat(Latex.plain(text)).isEqualTo(field);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // math is kept, written as $...$
            "Top-$k$ Sampling                     | Top-$k$ Sampling",
            "an \\(n^2\\) bound                    | an $n^2$ bound",
            "display \\[x_{i}\\] math              | display $x_{i}$ math",
            "$$a+b$$ twice                        | $a+b$ twice",
            "$x_{1}$ and $y$                      | $x_{1}$ and $y$",
            // commands, escapes, ties and matched braces are kept
            "\\textbf{G}LaM                        | \\textbf{G}LaM",
            "R\\&D and 5\\%                        | R\\&D and 5\\%",
            "{BERT} and Fig.~3                    | {BERT} and Fig.~3",
            // the rest is escaped
            "R&D_1 costs 5%                       | R\\&D\\_1 costs 5\\%",
            "a lone $ sign                        | a lone \\$ sign",
            "an escaped \\$ stays                  | an escaped \\$ stays",
            // unbalanced or escaped braces are spelled out: BibTeX counts even escaped ones
            "one { stray                          | one \\textbraceleft{} stray",
            "{open {and} close                    | \\textbraceleft{}open {and} close",
            "close} only                          | close\\textbraceright{} only",
            "\\{escaped\\}                          | \\textbraceleft{}escaped\\textbraceright{}",
            "math with $unbalanced { brace$       | math with \\$unbalanced \\textbraceleft{} brace\\$",
            "\\( not closed                        | \\textbackslash{}( not closed",
            "trailing \\                           | trailing \\textbackslash{}",
            "Müller                               | Müller",
            "``                                   | ``"})
    void textKeepsItsLatex(String text, String field) {
        assertThat(Latex.keepingLatex(text)).isEqualTo(field);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "1--20                 | 1–20",
            "M{\\\"u}ller          | Müller",
            "{BERT}                | BERT",
            "`  padded  `          | padded",
            "{unbalanced           | unbalanced"})
    void fieldLatexAsTheTextItPrints(String latex, String text) {
        assertThat(Latex.toText(latex)).isEqualTo(text);
    }
}
