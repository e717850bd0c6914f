package dev.paperscope.search.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The question's named terms, the evidence about the best sentence, and the answerable decision that reads it. */
class EvidenceTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How many parameters does Falcon-180B have?|falcon 180b",
            "What word error rate does Whisper large-v3 reach on LibriSpeech test-clean?|whisper v3 librispeech",
            "What FID does Imagen reach on COCO?|fid imagen coco",
            // A first word counts only when it is more than capitalised (a name like GLaM, or a digit).
            "GLaM has how many parameters?|glam",
            "Imagen reaches which FID?|fid",
            "Which year was the workshop on artificial intelligence held?|''",
            "How many layers does the 2-layer model have?|2"})
    void namedTermsHoldADigitOrACapital(String question, String named) {
        List<String> expected = named.isEmpty() ? List.of() : List.of(named.split(" "));
        assertThat(QuestionTerms.named(question)).containsExactlyElementsOf(expected);
        assertThat(QuestionTerms.of(question)).containsAll(expected);
    }

    static Candidate passage(String record, String title, String text) {
        return new Candidate(record, "w" + record, title, text, "f.txt", 1, null, 0);
    }

    /** The scored sentences of {@code passages} for {@code question}, each scored by its BM25 (as the engine would combine them). */
    static List<ScoredSentence> scored(String question, List<Candidate> passages) {
        List<ScoredSentence> out = new ArrayList<>();
        for (ScoredSentence s : SentenceScorer.lexical(QuestionTerms.of(question), passages)) {
            out.add(s.withScores(s.bm25(), Double.NaN, s.bm25()));
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    static Evidence evidence(String question, List<Candidate> passages) {
        List<ScoredSentence> all = scored(question, passages);
        return Evidence.of(QuestionTerms.of(question), QuestionTerms.named(question), QuestionTerms.asksForQuantity(question), all.getFirst(), all);
    }

    static final List<Candidate> LIBRARY = List.of(
            passage("r1", "Imagen: photorealistic text-to-image diffusion", "Imagen achieves a new state-of-the-art FID score of 7.27 on COCO."),
            passage("r1", "Imagen: photorealistic text-to-image diffusion", "Human raters prefer Imagen samples over other models."),
            passage("r2", "Parti", "Parti reaches a zero-shot FID score of 7.23 on MS-COCO with twenty billion parameters."));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // The name is in the paper's title or another passage of it: held.
            "What FID does Imagen achieve on COCO?|1.0",
            // A name no candidate holds (Muse) weighs most: the best paper holds FID and COCO only.
            "What FID does Muse achieve on COCO?|0.31",
            // The best sentence comes from another paper (Parti reaches...): the name asked for is not in it.
            "What FID does Imagen reach on COCO?|0.67",
            // No name asked: nothing to miss.
            "what score do diffusion models reach?|1.0"})
    void namedIsTheShareOfTheQuestionsNamesTheBestPaperHolds(String question, double named) {
        assertThat(evidence(question, LIBRARY).named()).isCloseTo(named, within(0.01));
    }

    @Test
    void paperAbsentMarginAndTypeAreReadFromAllCandidates() {
        Evidence muse = evidence("How many parameters does Muse have?", LIBRARY);
        assertThat(muse.absent()).as("muse is in no candidate").isGreaterThan(0.5);
        assertThat(muse.typed()).as("the best sentence states a number").isTrue();
        Evidence imagen = evidence("What FID does Imagen achieve on COCO?", LIBRARY);
        assertThat(imagen.absent()).isZero();
        assertThat(imagen.paper()).isEqualTo(1.0);
        assertThat(imagen.margin()).isGreaterThan(0).isLessThanOrEqualTo(imagen.score());
        assertThat(evidence("How many raters prefer Imagen samples?", LIBRARY.subList(1, 2)).typed())
                .as("a quantity asked, no number stated").isFalse();
    }

    @Test
    void sharesOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new Evidence(0.5, 1.5, 0, 0, 0, 0, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Evidence(0.5, 0.5, 0, Double.NaN, 0, 0, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnswerParams(20, 40, 24, 1, 0, 1, 0.3, 0.95, 0.45, 0.35, 1.2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minNamed");
    }

    @ParameterizedTest
    @CsvSource({
            "0.60,0.50,1.00,true",
            "0.40,0.50,1.00,false", // score below the threshold
            "0.60,0.30,1.00,false", // the sentence covers too little of the question
            "0.60,0.50,0.50,false", // its paper lacks a name the question asks about
            "0.60,0.50,0.80,true"})
    void theDecisionNeedsScoreCoverageAndTheNames(double score, double coverage, double named, boolean answerable) {
        assertThat(AnswerParams.DEFAULT.answerable(new Evidence(score, coverage, 1, named, 0, 0, true))).isEqualTo(answerable);
    }

    @Test
    void theEngineFlagsAQuestionAboutANameTheLibraryLacks() {
        String question = "What FID does Muse achieve on COCO?";
        AnswerEngine names = new AnswerEngine((q, n) -> LIBRARY, Optional.empty(), AnswerParams.DEFAULT);
        AnswerEngine noNames = new AnswerEngine((q, n) -> LIBRARY, Optional.empty(), AnswerParams.DEFAULT.withThreshold(0.45, 0.35, 0));
        assertThat(noNames.rank(question, 3).answerable()).as("score and coverage alone take it for answered").isTrue();
        AnswerRanking ranking = names.rank(question, 3);
        assertThat(ranking.answerable()).isFalse();
        assertThat(ranking.evidence().named()).isLessThan(AnswerParams.DEFAULT.minNamed());
        assertThat(ranking.ranked()).as("the ranking is still there for evaluations").isNotEmpty();
        assertThat(names.ask(question, 3).answers()).isEmpty();
        assertThat(names.ask("What FID does Imagen achieve on COCO?", 3).answerable()).isTrue();
    }
}
