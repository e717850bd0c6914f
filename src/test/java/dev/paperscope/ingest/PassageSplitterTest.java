package dev.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Passages are whole sentences of one paragraph, bounded in length. */
class PassageSplitterTest {
    private static final String SENTENCE = "This sentence has exactly enough words to be a plain sentence of some length here. ";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("one short paragraph", "We study X. It works.", List.of("We study X. It works.")),
                Arguments.of("blank lines part paragraphs", "First paragraph here.\n\nSecond one.\n \n\nThird.",
                        List.of("First paragraph here.", "Second one.", "Third.")),
                Arguments.of("abbreviations do not end a sentence", "As in Smith et al. (2020), e.g. Fig. 3 shows it. Done.",
                        List.of("As in Smith et al. (2020), e.g. Fig. 3 shows it. Done.")),
                Arguments.of("decimals do not end a sentence", "The model reaches 3.5 points, i.e. 0.82 F1. Next.",
                        List.of("The model reaches 3.5 points, i.e. 0.82 F1. Next.")),
                Arguments.of("surrounding space is dropped", "  \n Leading and trailing.  \n", List.of("Leading and trailing.")));
    }

    static Stream<Arguments> sentenceCases() {
        return Stream.of(
                Arguments.of("abbreviations", "As in Smith et al. (2020), e.g. Fig. 3 shows it. Done.",
                        List.of("As in Smith et al. (2020), e.g. Fig. 3 shows it.", "Done.")),
                Arguments.of("decimals and initials", "The model reaches 3.5 points with J. Smith's 0.82 F1. Next one.",
                        List.of("The model reaches 3.5 points with J. Smith's 0.82 F1.", "Next one.")),
                Arguments.of("questions and quotes", "Does it work? \"Yes.\" Then 42 runs follow.",
                        List.of("Does it work?", "\"Yes.\"", "Then 42 runs follow.")),
                Arguments.of("no final period", "A list item without punctuation", List.of("A list item without punctuation")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentenceCases")
    void sentencesArePassagesUnits(String name, String text, List<String> expected) {
        assertThat(PassageSplitter.sentences(text)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aPassageBoundaryFallsBetweenSentencesNeverAfterAnAbbreviation() {
        String filler = "Filler words to reach the target length of a passage here. ".repeat(10);
        String text = filler + "See Smith et al. for the proof of it. The end.";
        List<String> passages = PassageSplitter.texts(text);
        assertThat(passages).hasSize(2);
        assertThat(passages.get(1)).isEqualTo("See Smith et al. for the proof of it. The end.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void splits(String name, String text, List<String> expected) {
        assertThat(PassageSplitter.texts(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\n\n"})
    void emptyTextHasNoPassages(String text) {
        assertThat(PassageSplitter.split(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void manySentencesArePackedIntoBoundedPassagesOfWholeSentences() {
        String text = SENTENCE.repeat(30).strip();
        List<String> passages = PassageSplitter.texts(text);
        assertThat(passages).hasSizeGreaterThan(3);
        for (String p : passages) {
            assertThat(p.length()).isLessThanOrEqualTo(PassageSplitter.TARGET_CHARS);
            assertThat(p).startsWith("This sentence").endsWith("here.");
        }
        assertThat(String.join(" ", passages)).isEqualTo(text);
    }

    @org.junit.jupiter.api.Test
    void aVeryLongSentenceIsCutAtSpacesWithinTheBound() {
        String text = "word ".repeat(700).strip() + ".";
        List<String> passages = PassageSplitter.texts(text);
        assertThat(passages).hasSizeGreaterThan(2).allMatch(p -> p.length() <= PassageSplitter.MAX_CHARS && !p.isBlank());
        assertThat(String.join(" ", passages)).isEqualTo(text);
    }

    @org.junit.jupiter.api.Test
    void aLongListIsCutAtLineBreaksAndATokenWithoutSpacesAtTheBound() {
        String list = String.join("\n", java.util.Collections.nCopies(40, "a bullet item without final punctuation"));
        assertThat(PassageSplitter.texts(list)).allMatch(p -> p.length() <= PassageSplitter.MAX_CHARS && p.endsWith("punctuation"));
        String token = "x".repeat(2_500);
        assertThat(PassageSplitter.texts(token)).extracting(String::length).containsExactly(1_000, 1_000, 500);
    }

    @org.junit.jupiter.api.Test
    void spansPointIntoTheText() {
        String text = "One. Two.\n\nThree.";
        assertThat(PassageSplitter.split(text)).containsExactly(new PassageSplitter.Span(0, 9), new PassageSplitter.Span(11, 17));
    }
}
