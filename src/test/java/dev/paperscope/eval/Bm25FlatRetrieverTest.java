package dev.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.paperscope.search.Bm25Params;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Bm25FlatRetrieverTest {
    @TempDir
    Path dir;

    private List<BeirDoc> corpus() throws IOException {
        return BeirDataset.open(BeirFixture.write(dir), "test").readCorpus();
    }

    @Test
    void scoresAreLuceneBm25WithTheGivenK1() throws IOException {
        // Every document has three analyzed terms, so length normalisation is 1 and a term seen once in
        // one of four documents scores idf / (1 + k1), idf = ln(1 + (4 - 1 + 0.5) / (1 + 0.5)).
        double idf = Math.log(1 + 3.5 / 1.5);
        for (float k1 : new float[] {0.9f, 0f}) {
            try (var bm25 = Bm25FlatRetriever.build(corpus(), new Bm25Params(k1, 0.4f))) {
                List<ScoredDoc> hits = bm25.retrieve(List.of(new BeirQuery("q", "zebra")), 10).get("q");
                assertThat(hits).extracting(ScoredDoc::docId).containsExactly("d1"); // "Zebras" is in the title
                assertThat(hits.getFirst().score()).isCloseTo(idf / (1 + k1), within(1e-5));
            }
        }
    }

    @Test
    void analyzesWithPorterAndEnglishStopWords() throws IOException {
        try (var bm25 = Bm25FlatRetriever.build(corpus(), Bm25Params.DEFAULT)) {
            Map<String, List<ScoredDoc>> run = bm25.retrieve(
                    List.of(new BeirQuery("a", "running horses"), new BeirQuery("b", "the"), new BeirQuery("c", "")), 10);
            assertThat(run.get("a")).extracting(ScoredDoc::docId).containsExactly("d2", "d1");
            assertThat(run.get("b")).isEmpty(); // only a stop word
            assertThat(run.get("c")).isEmpty();
            assertThat(run.keySet()).containsExactly("a", "b", "c");
        }
    }

    @Test
    void repeatedQueryTermsWeighMoreAsInAnserinisBagOfWords() throws IOException {
        try (var bm25 = Bm25FlatRetriever.build(corpus(), Bm25Params.DEFAULT)) {
            assertThat(bm25.bagOfWords("horse horses cats").toString()).isEqualTo("(contents:hors)^2.0 contents:cat");
            // One "horse" and one "zebra" tie on idf; doubling "zebra" must put d1 first.
            List<ScoredDoc> tied = bm25.retrieve(List.of(new BeirQuery("q", "zebra horse")), 10).get("q");
            assertThat(tied.get(0).score()).isCloseTo(tied.get(1).score(), within(1e-6));
            assertThat(bm25.retrieve(List.of(new BeirQuery("q", "zebra zebra horse")), 10).get("q"))
                    .extracting(ScoredDoc::docId).containsExactly("d1", "d2");
        }
    }

    @Test
    void closeDeletesTheTemporaryIndex() throws IOException {
        Path index;
        try (var bm25 = Bm25FlatRetriever.build(corpus(), Bm25Params.DEFAULT)) {
            index = bm25.indexDir();
            assertThat(index).isDirectory();
        }
        assertThat(Files.exists(index)).isFalse();
    }
}
