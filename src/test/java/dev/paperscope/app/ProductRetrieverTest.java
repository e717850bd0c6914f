package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.paperscope.eval.BeirDataset;
import dev.paperscope.eval.BeirQuery;
import dev.paperscope.eval.EvalReport;
import dev.paperscope.eval.EvalRetriever;
import dev.paperscope.eval.Evaluation;
import dev.paperscope.eval.RetrieverFactory;
import dev.paperscope.eval.RetrieverOptions;
import dev.paperscope.eval.Retrievers;
import dev.paperscope.eval.ScoredDoc;
import dev.paperscope.index.VectorQuantization;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.dense.EmbeddingProgress;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evaluation's product path ({@link ProductRetriever}) against the eval path (flat BM25) and against the
 * product itself, on a tiny BEIR-shaped corpus (src/test/resources/eval/tiny-beir: 24 one-sentence
 * documents without titles, 8 queries).
 */
class ProductRetrieverTest {
    private static final String MODEL = "bge-small-en-v1.5-q";
    @TempDir
    Path dir;

    private static Path tinyBeir() throws URISyntaxException {
        return Path.of(ProductRetrieverTest.class.getResource("/eval/tiny-beir/corpus.jsonl").toURI()).getParent();
    }

    private RetrieverFactory factory() {
        return (name, corpus, options, progress) -> ProductRetriever.build(name, corpus, options, progress, dir.resolve("vectors"));
    }

    private EvalReport evaluate(String retriever, RetrieverOptions options) throws URISyntaxException {
        return Evaluation.retrieve(new Evaluation.Request(tinyBeir(), "test", null), retriever, options, 100, EmbeddingProgress.NONE, factory());
    }

    /**
     * Documents without titles are one abstract field in the product's index, analysed as flat BM25
     * analyses its one field (English, Porter), with the same k1 and b: the two paths rank alike, with
     * the same scores up to float rounding (ties may come in either order: the product breaks them by record id).
     */
    @Test
    void productBm25RanksAsFlatBm25OnUntitledDocuments() throws Exception {
        EvalReport flat = evaluate(Retrievers.FLAT_BM25, RetrieverOptions.DEFAULT);
        EvalReport product = evaluate(Retrievers.PRODUCT_BM25, RetrieverOptions.DEFAULT);
        assertThat(product.retriever()).isEqualTo("product-bm25");
        assertThat(product.run().keySet()).isEqualTo(flat.run().keySet());
        for (String q : flat.run().keySet()) {
            List<ScoredDoc> f = flat.run().get(q);
            List<ScoredDoc> p = product.run().get(q);
            assertThat(p).as(q).isNotEmpty();
            assertThat(p).as(q + ": every match, as flat BM25 finds them").hasSameSizeAs(f);
            for (int i = 0; i < f.size(); i++) {
                assertThat(p.get(i).score()).as(q + " #" + i).isCloseTo(f.get(i).score(), within(1e-4 * f.get(i).score()));
                if (!tied(f, i)) {
                    assertThat(p.get(i).docId()).as(q + " #" + i + " " + f).isEqualTo(f.get(i).docId());
                }
            }
            assertThat(p.stream().map(ScoredDoc::docId).sorted().toList()).as(q).isEqualTo(f.stream().map(ScoredDoc::docId).sorted().toList());
        }
        assertThat(product.scores().ndcg10()).isEqualTo(flat.scores().ndcg10());
    }

    /** Whether hit {@code i} scores the same as a neighbour (up to float rounding): such ties may come in either order. */
    private static boolean tied(List<ScoredDoc> run, int i) {
        double s = run.get(i).score();
        return i > 0 && Math.abs(run.get(i - 1).score() - s) <= 1e-4 * s || i + 1 < run.size() && Math.abs(run.get(i + 1).score() - s) <= 1e-4 * s;
    }

    /**
     * The product path with the evaluation's cached vectors ranks as a data folder whose records the
     * product embedded itself, searched by {@link Paperscope#search} as {@code search} and {@code serve}
     * search: the same order, scores within 1e-3 (the quantised model's output moves by ~1e-4 with the
     * batch a passage is embedded in).
     */
    @Test
    void productHybridAndDenseRankAsSearchOverADataFolderTheProductEmbedded() throws Exception {
        BeirDataset beir = BeirDataset.open(tinyBeir(), "test");
        RetrieverOptions options = RetrieverOptions.DEFAULT.withModel(MODEL);
        List<Path> files = ProductRetriever.writeCorpus(beir.readCorpus(), dir.resolve("files"));
        EmbeddingSetup setup = EmbeddingSetup.forModels(List.of(MODEL), VectorQuantization.NONE, EmbeddingProgress.NONE);
        try (Paperscope own = Paperscope.open(dir.resolve("data"), Optional.of(setup))) {
            own.ingest(files, Optional.of("jsonl"), IngestListener.NONE);
            Map<String, String> corpusIds = new HashMap<>();
            own.exportRecords(r -> corpusIds.put(r.id(), r.extra().get("source_id").toString()));
            for (Retriever retriever : List.of(Retriever.HYBRID, Retriever.DENSE)) {
                String name = retriever == Retriever.HYBRID ? Retrievers.PRODUCT_HYBRID : Retrievers.PRODUCT_DENSE;
                try (EvalRetriever product = factory().open(name, beir.readCorpus(), options, EmbeddingProgress.NONE)) {
                    Map<String, List<ScoredDoc>> run = product.retrieve(beir.queries(), 20);
                    for (BeirQuery q : beir.queries()) {
                        List<SearchHit> hits = own.search(ProductRetriever.freeText(q.text()), 20, SearchOptions.DEFAULT.withRetriever(retriever)).hits();
                        List<ScoredDoc> docs = run.get(q.id());
                        assertThat(docs.stream().map(ScoredDoc::docId).toList()).as(name + " " + q.id())
                                .isEqualTo(hits.stream().map(h -> corpusIds.get(h.id())).toList());
                        for (int i = 0; i < docs.size(); i++) {
                            assertThat(docs.get(i).score()).as(name + " " + q.id() + " #" + i).isCloseTo(hits.get(i).score(), within(1e-3));
                        }
                    }
                    assertThat(product.model()).isEqualTo(MODEL);
                }
            }
        }
        try (var cached = Files.list(dir.resolve("vectors"))) {
            assertThat(cached.toList()).as("corpus vectors kept for the next evaluation").hasSize(1);
        }
    }

    @Test
    void freeTextKeepsTheWordsAndDropsQueryOperators() {
        String[][] cases = {
                {"plain words stay", "plain words stay"},
                {"\"eight-bit\" weights: cheaper", "eight-bit weights cheaper"},
                {"year:2020 matters", "year 2020 matters"},
                {"-2 days before", "2 days before"},
                {"start>=noon", "start noon"},
                {"  \"  \" - ", ""},
                {"a-b c:d", "a-b c d"},
        };
        for (String[] c : cases) {
            assertThat(ProductRetriever.freeText(c[0])).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void passagesTheModelEmbedsDifferentlyFromBeirsAreRefused() {
        List<float[]> product = List.of(new float[] {1, 0}, new float[] {0, 1});
        CachedPassageEmbedder.check("m", List.of("a", "b"), product, List.of(new float[] {1, 0}, new float[] {0, 1}));
        assertThatThrownBy(() -> CachedPassageEmbedder.check("m", List.of("a", "b"), product, List.of(new float[] {1, 0}, new float[] {0.1f, 1})))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("m embeds the product's passage \"b\" differently");
    }

    @Test
    void aCorpusTheProductCannotIngestFailsWithTheFile() throws IOException {
        List<dev.paperscope.eval.BeirDoc> docs = List.of(new dev.paperscope.eval.BeirDoc("a", "", "text"), new dev.paperscope.eval.BeirDoc("b", " ", " "));
        List<Path> files = ProductRetriever.writeCorpus(docs, dir.resolve("c"));
        assertThat(files).hasSize(1);
        assertThat(Files.readAllLines(files.getFirst())).as("the empty document is left out").containsExactly("{\"id\":\"a\",\"abstract\":\"text\"}");
        assertThatThrownBy(() -> ProductRetriever.build("product-splade", docs, RetrieverOptions.DEFAULT, EmbeddingProgress.NONE, dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown retriever \"product-splade\"");
    }
}
