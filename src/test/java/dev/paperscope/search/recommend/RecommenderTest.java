package dev.paperscope.search.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecommenderTest {
    /** Two topics, eight papers each (ids v0..v7 about vision, t0..t7 about text), with 2-d "embeddings" that agree. */
    static RecommendCorpus twoTopics() {
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        String[] vision = {"image segmentation with convolutional networks", "object detection in images", "convolutional image classification",
            "pixel labels for image segmentation", "detection of objects with convolutional features", "image classification benchmark",
            "segmentation masks from pixels", "convolutional object detection"};
        String[] text = {"language model for translation", "machine translation with attention", "pretrained language model tokens",
            "sentence translation of language", "tokens in a language model", "attention for machine translation",
            "question answering with a language model", "translation of sentences and tokens"};
        for (int i = 0; i < vision.length; i++) {
            ids.add("v" + i);
            texts.add(vision[i]);
            vectors.add(new float[] {1f, 0.1f * i});
        }
        for (int i = 0; i < text.length; i++) {
            ids.add("t" + i);
            texts.add(text[i]);
            vectors.add(new float[] {0.1f * i, 1f});
        }
        return RecommendCorpus.of(ids, texts, vectors);
    }

    @ParameterizedTest
    @EnumSource(RecommendMethod.class)
    void recommendsTheKeptTopicLeavingTheKeptOut(RecommendMethod method) {
        List<Recommended> top = Recommender.recommend(twoTopics(), List.of("v0", "v1", "v2"), id -> true, 5, method);
        assertThat(top).hasSize(5);
        assertThat(top).extracting(Recommended::id).allMatch(id -> id.startsWith("v")).doesNotContain("v0", "v1", "v2");
        assertThat(top).extracting(Recommended::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @ParameterizedTest
    @EnumSource(RecommendMethod.class)
    void isDeterministic(RecommendMethod method) {
        List<Recommended> once = Recommender.recommend(twoTopics(), List.of("t1", "t3"), id -> true, 14, method);
        List<Recommended> again = Recommender.recommend(twoTopics(), List.of("t1", "t3"), id -> true, 14, method);
        assertThat(again).isEqualTo(once);
    }

    @Test
    void explainsByTheClosestKeptPapers() {
        List<Recommended> top = Recommender.recommend(twoTopics(), List.of("v3", "t0", "t1"), id -> true, 16, RecommendMethod.SVM);
        Recommended masks = top.stream().filter(r -> r.id().equals("v6")).findFirst().orElseThrow();
        // "segmentation masks from pixels" shares words with "pixel labels for image segmentation" (v3) only
        assertThat(masks.closeTo()).containsExactly("v3");
        Recommended translation = top.stream().filter(r -> r.id().equals("t5")).findFirst().orElseThrow();
        assertThat(translation.closeTo()).hasSizeLessThanOrEqualTo(Recommender.CLOSE_TO).first().isEqualTo("t1");
    }

    @Test
    void candidatesAreRestrictedByThePredicate() {
        List<Recommended> top = Recommender.recommend(twoTopics(), List.of("v0"), id -> id.startsWith("t"), 3, RecommendMethod.COMBINED);
        assertThat(top).extracting(Recommended::id).allMatch(id -> id.startsWith("t"));
    }

    @Test
    void nothingKeptInTheCorpusOrNoCandidateRecommendsNothing() {
        assertThat(Recommender.recommend(twoTopics(), List.of("gone"), id -> true, 5, RecommendMethod.SVM)).isEmpty();
        assertThat(Recommender.recommend(twoTopics(), List.of(), id -> true, 5, RecommendMethod.SVM)).isEmpty();
        assertThat(Recommender.recommend(twoTopics(), List.of("v0"), id -> false, 5, RecommendMethod.SVM)).isEmpty();
        List<String> all = Stream.concat(Stream.of("v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7"),
                Stream.of("t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7")).toList();
        assertThat(Recommender.recommend(twoTopics(), all, id -> true, 5, RecommendMethod.CENTROID)).isEmpty();
    }

    @Test
    void methodsThatNeedEmbeddingsRefuseACorpusWithout() {
        RecommendCorpus words = RecommendCorpus.of(List.of("a", "b", "c"), List.of("graph networks", "graph kernels", "speech"),
                java.util.Arrays.asList(null, null, null));
        assertThat(words.hasVectors()).isFalse();
        assertThatThrownBy(() -> Recommender.recommend(words, List.of("a"), id -> true, 2, RecommendMethod.EMBEDDING))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs embeddings");
        assertThat(Recommender.recommend(words, List.of("a"), id -> true, 2, RecommendMethod.SVM)).extracting(Recommended::id)
                .first().isEqualTo("b");
    }

    @Test
    void badInputFails() {
        assertThatThrownBy(() -> Recommender.recommend(twoTopics(), List.of("v0"), id -> true, 0, RecommendMethod.SVM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecommendCorpus.of(List.of("a", "a"), List.of("x", "y"), java.util.Arrays.asList(null, null)))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> RecommendMethod.parse("magic")).hasMessageContaining("combined");
        assertThat(RecommendMethod.parse("Embedding-SVM")).isEqualTo(RecommendMethod.EMBEDDING_SVM);
    }

    @Test
    void standardScoresHaveMeanZeroAndDeviationOne() {
        double[] z = Recommender.standardised(new double[] {1, 2, 3});
        assertThat(z[0]).isCloseTo(-1.2247, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(z[1]).isZero();
        assertThat(Recommender.standardised(new double[] {5, 5})).containsExactly(0, 0);
    }

    @Test
    void tfidfKeepsTermsSharedByTwoTextsAndBigrams() {
        List<SparseVector> v = TfIdf.vectors(List.of("graph neural networks", "graph neural kernels", "speech"));
        assertThat(v.get(2).isEmpty()).isTrue(); // "speech" occurs once
        assertThat(v.get(0).dot(v.get(1))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9)); // graph, neural, graph_neural
        assertThat(TfIdf.terms(dev.paperscope.index.IndexSchema.analyzer(), "graph networks")).containsKeys("graph", "network", "graph_network");
        assertThat(Set.of(v.get(0).indexes().length)).containsExactly(3);
    }

    @Test
    void bm25WeighsTheSameTermsSaturatingRepeatsAndDiscountingLongTexts() {
        List<String> texts = List.of("graph", "graph graph graph graph", "graph speech audio signal weather rain", "speech audio signal weather rain",
                "alpha", "alpha", "beta", "beta");
        TfIdf.Weighted w = TfIdf.weigh(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(w.bm25().get(i).indexes()).as("text %d", i).isEqualTo(w.tfidf().get(i).indexes());
        }
        int graph = w.tfidf().get(0).indexes()[0];
        double once = weight(w.bm25().get(0), graph);
        double fourTimes = weight(w.bm25().get(1), graph);
        double inALongText = weight(w.bm25().get(2), graph);
        assertThat(fourTimes).isGreaterThan(once).isLessThan(4 * once); // more occurrences count, with diminishing returns
        assertThat(inALongText).isPositive().isLessThan(once); // the same one occurrence weighs less in a longer text
        // idf ln(1 + (8 - 3 + 0.5) / (3 + 0.5)); text 0 has 1 term, the average length is (1 + 7 + 11 + 9 + 4) / 8 = 4
        double idf = Math.log(1 + 5.5 / 3.5);
        assertThat(once).isCloseTo(idf * (TfIdf.K1 + 1) / (1 + TfIdf.K1 * (1 - TfIdf.B + TfIdf.B * 1 / 4.0)), org.assertj.core.data.Offset.offset(1e-9));
    }

    private static double weight(SparseVector v, int term) {
        int at = java.util.Arrays.binarySearch(v.indexes(), term);
        return at < 0 ? 0 : v.values()[at];
    }

    /** Table: kept papers' term vectors (term index -> weight), and the terms the list's query keeps, heaviest first. */
    static Stream<org.junit.jupiter.params.provider.Arguments> distinctiveTerms() {
        return Stream.of(
                // term 1 is in both kept papers and wins; 2 and 3 are in one paper each
                org.junit.jupiter.params.provider.Arguments.of(List.of(Map.of(1, 0.5, 2, 0.8), Map.of(1, 0.5, 3, 0.8)), List.of(1)),
                // nothing shared: an empty query
                org.junit.jupiter.params.provider.Arguments.of(List.of(Map.of(1, 0.5), Map.of(2, 0.5)), List.of()),
                // a term three papers share outweighs a heavier one two share; at most TERMS terms (ties by index)
                org.junit.jupiter.params.provider.Arguments.of(List.of(
                        Map.of(1, 0.3, 2, 0.5, 3, 0.1, 4, 0.1, 5, 0.1, 6, 0.1, 7, 0.1),
                        Map.of(1, 0.3, 2, 0.5, 3, 0.1, 4, 0.1, 5, 0.1, 6, 0.1, 7, 0.1),
                        Map.of(1, 0.3)), List.of(1, 2, 3, 4, 5)));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("distinctiveTerms")
    void theQueryKeepsTheTermsSeveralKeptPapersShare(List<Map<Integer, Double>> kept, List<Integer> expected) {
        List<SparseVector> rows = kept.stream().map(RecommenderTest::sparse).toList();
        SparseVector query = DistinctiveTerms.query(rows, new java.util.TreeSet<>(java.util.stream.IntStream.range(0, rows.size()).boxed().toList()));
        assertThat(java.util.Arrays.stream(query.indexes()).boxed().toList()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(query.indexes().length).isLessThanOrEqualTo(DistinctiveTerms.TERMS);
    }

    @Test
    void termsFollowWhatTheListSharesWhereTheCentroidFollowsOnePaper() {
        // both kept papers are about "graph"; the first also says much about "speech audio"; c0 shares "graph", c1 shares the speech words
        List<String> texts = List.of("graph kernel", "graph speech audio signal speech audio signal", "graph network",
                "graph model", "speech audio signal", "speech audio signal", "weather", "weather");
        List<String> ids = List.of("k0", "k1", "k2", "c0", "c1", "x1", "x2", "x3");
        RecommendCorpus corpus = RecommendCorpus.of(ids, texts, java.util.Collections.nCopies(ids.size(), (float[]) null));
        List<Recommended> terms = Recommender.recommend(corpus, List.of("k0", "k1", "k2"), id -> true, 1, RecommendMethod.TERMS);
        assertThat(terms).extracting(Recommended::id).containsExactly("c0");
    }

    private static SparseVector sparse(Map<Integer, Double> weights) {
        java.util.TreeMap<Integer, Double> sorted = new java.util.TreeMap<>(weights);
        return new SparseVector(sorted.keySet().stream().mapToInt(Integer::intValue).toArray(),
                sorted.values().stream().mapToDouble(Double::doubleValue).toArray());
    }
}
