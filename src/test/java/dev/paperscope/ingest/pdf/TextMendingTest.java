package dev.paperscope.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextMendingTest {
    @ParameterizedTest(name = "{0} + {1} -> {3}")
    @CsvSource(delimiter = '|', value = {
            // line 1 | line 2 | the document's other text | joined
            "distri- | butional semantics | | distributional semantics",
            "solving high- | dimensional problems | high-dimensional data | solving high-dimensional problems",
            "this state-of- | the-art system | | this state-of-the-art system",
            "the archi- | tecture | an architecture | the architecture",
            "the Bayes- | Optimal rule | | the Bayes-Optimal rule",
            "GPT- | 3 results | | GPT-3 results",
            "plain | words | | plain words",
            "pre- | training | pre-training of models | pre-training",
    })
    void lineEndHyphensAreJudgedByTheDocumentsOwnWords(String first, String second, String other, String joined) {
        Set<String> vocabulary = new HashSet<>();
        if (other != null) {
            TextMending.collectWords(other, vocabulary);
        }
        assertThat(TextMending.join(List.of(first, second), vocabulary)).isEqualTo(joined);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\uFB01nding the \uFB02ow | finding the flow",
            "e\uFB03cient and e\uFB00ective | efficient and effective",
            "Sch\u00A8olkopf | Schölkopf",
            "  many   spaces\u00A0here | many spaces here",
            "x\u0000y | xy",
            "Ｆｕｌｌｗｉｄｔｈ | Fullwidth",
    })
    void ligaturesAccentsAndSpacesAreMended(String raw, String clean) {
        assertThat(TextMending.clean(raw)).isEqualTo(clean);
    }
}
