package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TopicLabelsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Attention Is All You Need | attention all you need",
            "The DIFFUSION models, and the Transformers | diffusion transformers",
            "We propose a novel method for 3D scenes in 2023 | scenes",
            "ResNet-50 on ImageNet-1k | resnet imagenet",
            "an of to by we | ''",
            "Café déjà-vu naïve | café déjà naïve"})
    void wordsAreLowerCasedWithoutStopWordsShortWordsOrDigits(String text, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" "));
        assertThat(TopicLabels.words(text)).isEqualTo(want);
    }

    static Stream<Arguments> topics() {
        return Stream.of(
                // words shared by every topic weigh less than words of one topic
                Arguments.of(List.of(List.of("image segmentation with convolutional networks", "image classification networks"),
                        List.of("language translation with networks", "language generation networks")),
                        List.of(List.of("image"), List.of("language"))),
                // a single topic: its most frequent words, ties by the word
                Arguments.of(List.of(List.of("graphs graphs proteins", "graphs molecules")), List.of(List.of("graphs", "molecules"))),
                // a topic whose texts have no label words gets no terms
                Arguments.of(List.of(List.of("robot grasping"), List.of("the of and 2024")), List.of(List.of("grasping"), List.<String>of())));
    }

    @ParameterizedTest
    @MethodSource("topics")
    void distinctiveTermsLeadEachTopic(List<List<String>> texts, List<List<String>> leading) {
        List<List<String>> terms = TopicLabels.terms(texts, 8);
        assertThat(terms).hasSameSizeAs(texts);
        for (int t = 0; t < texts.size(); t++) {
            assertThat(terms.get(t)).startsWith(leading.get(t).toArray(String[]::new));
            if (leading.get(t).isEmpty()) {
                assertThat(terms.get(t)).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("topics")
    void termsAreTheSameEveryTime(List<List<String>> texts, List<List<String>> ignored) {
        assertThat(TopicLabels.terms(texts, 8)).isEqualTo(TopicLabels.terms(texts, 8));
    }
}
