package dev.paperscope.search.answers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.Sentences;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence splitting, question terms, quantity questions, numbers, and the lexical score, table-driven. */
class SentencesAndScoresTest {
    static Candidate passage(String record, String title, String text) {
        return new Candidate(record, "w" + record, title, text, "f.txt", 1, null, 0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We propose a new method here. It works well on ImageNet.|2",
            "As shown by Smith et al. in prior work, it holds. Then more follows here.|2",
            "The results hold, e.g. on CIFAR-10 and ImageNet datasets.|1",
            "It improves the results.We propose a new method for this.|2",
            "Accuracy rises to 3.5 points over the baseline we use.|1",
            "Short. Too.|0",
            "Is this a question about things? Yes it is a question indeed.|2"})
    void splitsSentences(String text, int count) {
        assertThat(Sentences.split(text)).hasSize(count);
    }

    @Test
    void sentenceOffsetsPointIntoThePassage() {
        String text = "First sentence is long enough.  Second one is also long enough.";
        for (Sentences.Span s : Sentences.split(text)) {
            assertThat(text.substring(s.start())).startsWith(s.text());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How many parameters does GLaM have?|true",
            "By how much does it beat the baseline?|true",
            "What percentage of phrases satisfy the constraint?|true",
            "What top-1 accuracy does it reach?|true",
            "Which database do the images come from?|false",
            "Why do defenses fail against backdoors?|false"})
    void quantityQuestions(String question, boolean quantity) {
        assertThat(QuestionTerms.asksForQuantity(question)).isEqualTo(quantity);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "It reaches 7.27 on COCO.|true",
            "Seven drivers take part.|true",
            "It has millions of pages.|true",
            "It generalizes well.|false"})
    void statesNumber(String sentence, boolean number) {
        assertThat(SentenceScorer.statesNumber(sentence)).isEqualTo(number);
    }

    @Test
    void questionWordsAreNotContent() {
        assertThat(QuestionTerms.of("How many parameters does GLaM have?")).containsExactly("paramet", "glam");
        assertThat(QuestionTerms.of("What is it?")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"10,0,3.0910", "10,10,0.0465", "10,5,0.6931"})
    void idfIsBm25s(int n, int df, double idf) {
        assertThat(SentenceScorer.idf(n, df)).isCloseTo(idf, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void coverageWeighsRareQuestionTermsAndDiscountsTitleWords() {
        List<Candidate> passages = List.of(
                passage("r1", "Zorb networks", "Zorb networks are a family of models for vision tasks. Zorb networks use 12 layers of attention in total."),
                passage("r2", "Other", "Vision models use many layers nowadays in practice."));
        List<ScoredSentence> scored = SentenceScorer.lexical(QuestionTerms.of("How many layers do zorb networks use?"), passages);
        ScoredSentence intro = scored.get(0);
        ScoredSentence layers = scored.get(1);
        assertThat(layers.matched()).contains("layer", "zorb");
        assertThat(layers.coverage()).isGreaterThan(intro.coverage());
        assertThat(layers.bm25()).isEqualTo(1.0);
        assertThat(scored).allSatisfy(s -> assertThat(s.coverage()).isBetween(0.0, 1.0));
    }

    @Test
    void aQuestionWordNoCandidateHoldsKeepsCoverageLow() {
        List<ScoredSentence> scored = SentenceScorer.lexical(QuestionTerms.of("What learning rate trains the quokka transformer?"),
                List.of(passage("r1", "T", "The transformer is trained with a large learning rate schedule.")));
        assertThat(scored.getFirst().coverage()).isLessThan(0.6);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Our model, trained on ImageNet, reaches 80% accuracy.|accuracy,imagenet|trained on ImageNet, reaches 80% accuracy",
            "It is fast.|fast|It is fast",
            // Maths is never cut: its brackets and commas are not clause breaks, and a span takes it whole.
            "Imagen produces \\(1024 \\times 1024\\) images, with an FID of 7.27.|imagen,produc|"
                    + "Imagen produces \\(1024 \\times 1024\\) images, with an FID of 7.27",
            "$f(x, y)$ converges, as shown.|converg|$f(x, y)$ converges",
            "Its loss is low; $$\\mathcal{L}(\\theta)$$ drops fast.|drop,fast|$$\\mathcal{L}(\\theta)$$ drops fast",
            "Bounds \\[a, b\\] hold for all inputs.|bound,hold|Bounds \\[a, b\\] hold for all inputs"})
    void highlightsTheClauseWithTheQuestionTerms(String sentence, String matched, String span) {
        List<Terms.Term> terms = Terms.of(sentence);
        int[] at = Highlight.span(sentence, terms, Set.of(matched.split(",")));
        assertThat(sentence.substring(at[0], at[1])).isEqualTo(span);
    }

    @Test
    void highlightsTheWholeSentenceWithoutMatches() {
        int[] at = Highlight.span("Nothing matches here.", Terms.of("Nothing matches here."), Set.of());
        assertThat(at).containsExactly(0, "Nothing matches here.".length());
    }
}
