package dev.paperscope.search.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MMR (table-driven), and the engine's answers and decision over a fixed candidate list. */
class MmrAndEngineTest {
    record Item(String name, String paper, double score) {
    }

    static final List<Item> ITEMS = List.of(new Item("a1", "A", 0.9), new Item("a2", "A", 0.85), new Item("b1", "B", 0.6),
            new Item("c1", "C", 0.3));

    @ParameterizedTest
    @CsvSource({"1.0,a1 a2 b1", "0.9,a1 a2 b1", "0.75,a1 b1 a2", "0.5,a1 b1 c1"})
    void mmrTradesScoreForOtherPapers(double lambda, String expected) {
        List<Item> picked = Mmr.select(ITEMS, Item::score, (x, y) -> x.paper().equals(y.paper()) ? 1 : 0, lambda, 3);
        assertThat(picked.stream().map(Item::name).toList()).isEqualTo(List.of(expected.split(" ")));
    }

    @Test
    void mmrReturnsAtMostWhatItHas() {
        assertThat(Mmr.select(ITEMS, Item::score, (x, y) -> 0, 0.7, 10)).hasSize(4);
        assertThat(Mmr.select(List.<Item>of(), Item::score, (x, y) -> 0, 0.7, 3)).isEmpty();
    }

    static final List<Candidate> LIBRARY = List.of(
            new Candidate("r1", "w1", "Imagen: text-to-image diffusion", "We present Imagen, a text-to-image diffusion model. "
                    + "Imagen achieves a new state-of-the-art FID score of 7.27 on the COCO dataset. Human raters prefer it.", "seeds.txt", 10, null, 0),
            new Candidate("r2", "w2", "Parti", "Parti scales autoregressive models. It reaches a zero-shot FID score of 7.23 on MS-COCO.",
                    "list.txt", 40, null, 1),
            new Candidate("r3", "w3", "MapReduce", "The cluster had approximately 1800 machines with two processors each.", "mr.pdf", 1, 8, 2));

    static AnswerEngine engine() {
        return new AnswerEngine((q, n) -> LIBRARY, Optional.empty(), AnswerParams.DEFAULT);
    }

    @Test
    void answersWithTheSentenceItsPaperAndCitation() {
        AnswerSet set = engine().ask("What FID does Imagen reach on COCO?", 3);
        assertThat(set.answerable()).isTrue();
        Answer first = set.answers().getFirst();
        assertThat(first.text()).isEqualTo("Imagen achieves a new state-of-the-art FID score of 7.27 on the COCO dataset.");
        assertThat(first.record()).isEqualTo("r1");
        assertThat(first.work()).isEqualTo("w1");
        assertThat(first.file()).isEqualTo("seeds.txt");
        assertThat(first.span()).contains("FID score of 7.27");
        assertThat(first.context()).startsWith("We present Imagen").endsWith("Human raters prefer it.");
        assertThat(set.answers().get(1).record()).as("the next answer comes from another paper").isNotEqualTo("r1");
        assertThat(set.answers()).extracting(Answer::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    /** Two pages about one paper quote the same sentence (two records of one work): one answer, the better-placed. */
    @Test
    void oneSentenceOfOnePaperFromTwoRecordsIsOneAnswer() {
        List<Candidate> library = new java.util.ArrayList<>(LIBRARY);
        library.add(new Candidate("r4", "w1", "Imagen", "Imagen achieves a new state-of-the-art FID score of 7.27 on the COCO dataset.",
                "other-page.txt", 22, null, 3));
        AnswerSet set = new AnswerEngine((q, n) -> library, Optional.empty(), AnswerParams.DEFAULT).ask("What FID does Imagen reach on COCO?", 3);
        assertThat(set.answers()).extracting(Answer::text).doesNotHaveDuplicates();
        assertThat(set.answers().getFirst().text()).isEqualTo("Imagen achieves a new state-of-the-art FID score of 7.27 on the COCO dataset.");
        assertThat(set.answers().getFirst().record()).as("the better-placed record cites it").isEqualTo("r1");
        assertThat(set.answers()).extracting(Answer::record).doesNotContain("r4");
    }

    @Test
    void aPdfAnswerCitesItsPage() {
        Answer a = engine().ask("How many machines did the cluster have?", 1).answers().getFirst();
        assertThat(a.page()).isEqualTo(8);
        assertThat(a.text()).contains("1800 machines");
    }

    @Test
    void aQuestionTheLibraryDoesNotAnswerGetsNoAnswers() {
        AnswerSet set = engine().ask("What compression ratio does JPEG XL achieve over JPEG?", 3);
        assertThat(set.answerable()).isFalse();
        assertThat(set.answers()).isEmpty();
        AnswerRanking ranking = engine().rank("What compression ratio does JPEG XL achieve over JPEG?", 3);
        assertThat(ranking.coverage()).isLessThan(AnswerParams.DEFAULT.minCoverage());
    }

    @Test
    void noContentWordsOrNoCandidatesAreUnanswerable() {
        assertThat(engine().ask("What is it?", 3).answerable()).isFalse();
        AnswerEngine empty = new AnswerEngine((q, n) -> List.of(), Optional.empty(), AnswerParams.DEFAULT);
        assertThat(empty.ask("What FID does Imagen reach?", 3).answers()).isEmpty();
    }

    @Test
    void denseEvidenceComesFromTheVectors() {
        Map<String, float[]> vectors = Map.of("q", new float[] {1, 0});
        SentenceVectors fake = new SentenceVectors() {
            @Override
            public float[] question(String question) {
                return vectors.get("q");
            }

            @Override
            public List<float[]> sentences(List<String> sentences) {
                return sentences.stream().map(s -> s.contains("Parti") || s.contains("7.23") ? new float[] {1, 0} : new float[] {0, 1}).toList();
            }
        };
        AnswerParams denseOnly = AnswerParams.DEFAULT.withWeights(0.01, 1, 0, 0, 1);
        AnswerEngine engine = new AnswerEngine((q, n) -> LIBRARY, Optional.of(fake), denseOnly);
        assertThat(engine.rank("What FID does Imagen reach on COCO?", 1).ranked().getFirst().record()).isEqualTo("r2");
    }

    @Test
    void limitsAreBounded() {
        assertThatThrownBy(() -> engine().ask("What FID?", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> engine().ask("What FID?", AnswerEngine.MAX_LIMIT + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jsonHasTheContractShape() throws Exception {
        AnswerSet set = engine().ask("What FID does Imagen reach on COCO?", 3);
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(AnswerJson.toJson(set));
        assertThat(node.fieldNames()).toIterable().containsExactly("question", "answerable", "answers", "took_ms");
        var answer = node.get("answers").get(0);
        assertThat(answer.fieldNames()).toIterable().containsExactly("text", "score", "record", "work", "title", "source", "context");
        assertThat(answer.get("source").get("line").asInt()).isEqualTo(10);
        assertThat(answer.get("source").get("page").isNull()).isTrue();
        AnswerSet pdf = engine().ask("How many machines did the cluster have?", 1);
        var source = new com.fasterxml.jackson.databind.ObjectMapper().readTree(AnswerJson.toJson(pdf)).get("answers").get(0).get("source");
        assertThat(source.get("page").asInt()).isEqualTo(8);
        assertThat(source.get("line").isNull()).isTrue();
        var none = new com.fasterxml.jackson.databind.ObjectMapper().readTree(AnswerJson.toJson(engine().ask("What is it?", 3)));
        assertThat(none.get("answerable").asBoolean()).isFalse();
        assertThat(none.get("answers")).isEmpty();
    }
}
