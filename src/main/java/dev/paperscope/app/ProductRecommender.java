package dev.paperscope.app;

import dev.paperscope.eval.BeirDoc;
import dev.paperscope.eval.DatasetException;
import dev.paperscope.eval.EvalVectorCache;
import dev.paperscope.eval.RecommenderFactory;
import dev.paperscope.eval.RecommendingLibrary;
import dev.paperscope.eval.TemporaryFolders;
import dev.paperscope.index.VectorQuantization;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.dense.EmbeddingModels;
import dev.paperscope.search.dense.EmbeddingProgress;
import dev.paperscope.search.recommend.RecommendMethod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The product's recommendations over an evaluation corpus: the corpus is ingested into a temporary data
 * folder as a user's JSON Lines file is (with the default model's vectors, read from the evaluation's
 * vector cache, {@link CachedPassageEmbedder}), and every list is answered by
 * {@link Paperscope#recommendations()} and {@link Works#related}, exactly as {@code recommend} and
 * {@code related} answer. Corpus ids are mapped to records through the {@code id} each record keeps.
 * The folder is deleted by {@link #close()}. One thread at a time.
 */
public final class ProductRecommender implements RecommendingLibrary {
    /** Opens the product's recommender for {@link dev.paperscope.eval.RecommendEvaluation}. */
    public static final RecommenderFactory FACTORY = (corpus, progress) -> build(corpus, progress, EvalVectorCache.defaultDir(),
            Optional.of(EmbeddingModels.DEFAULT));
    private final Path dir;
    private final Paperscope paperscope;
    private final CachedPassageEmbedder embedder;
    private final Map<String, String> recordOf = new HashMap<>();
    private final Map<String, String> corpusIdOf = new HashMap<>();

    private ProductRecommender(Path dir, Paperscope paperscope, CachedPassageEmbedder embedder) {
        this.dir = dir;
        this.paperscope = paperscope;
        this.embedder = embedder;
        paperscope.exportRecords(r -> {
            Object id = r.extra().get("source_id");
            if (id == null) {
                throw new IllegalStateException("record " + r.id() + " lost its corpus id");
            }
            recordOf.put(id.toString(), r.id());
            corpusIdOf.put(r.id(), id.toString());
        });
    }

    /** Builds the folder over {@code corpus}; with {@code model}, its index carries that model's vectors (cached in {@code vectorCache}). */
    public static ProductRecommender build(List<BeirDoc> corpus, EmbeddingProgress progress, Path vectorCache, Optional<String> model) {
        Path dir = null;
        CachedPassageEmbedder embedder = null;
        try {
            dir = Files.createTempDirectory("paperscope-eval-recommend-");
            List<Path> files = ProductRetriever.writeCorpus(corpus, dir.resolve("corpus"));
            Optional<EmbeddingSetup> setup = Optional.empty();
            if (model.isPresent()) {
                CachedPassageEmbedder opened = CachedPassageEmbedder.open(model.get(), corpus, vectorCache, progress);
                embedder = opened;
                setup = Optional.of(new EmbeddingSetup(new VectorSpace(model.get(), EmbeddingModels.dimension(model.get())),
                        VectorQuantization.NONE, () -> opened));
            }
            // records only: recommendations read the records' index; a passage index would embed every abstract's chunks again
            Paperscope paperscope = Paperscope.open(dir.resolve("data"), setup, false);
            try {
                for (FileResult f : paperscope.ingest(files, Optional.of("jsonl"), IngestListener.NONE).files()) {
                    if (f.failed() || f.skipped() != null) {
                        throw new DatasetException("the corpus did not ingest: " + f.path() + ": " + (f.failed() ? f.error() : f.skipped()));
                    }
                }
                return new ProductRecommender(dir, paperscope, embedder);
            } catch (RuntimeException e) {
                paperscope.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            if (embedder != null) {
                embedder.close();
            }
            TemporaryFolders.delete(dir, "the temporary data folder");
            throw e instanceof IOException io ? new UncheckedIOException("cannot build the temporary data folder", io) : (RuntimeException) e;
        }
    }

    @Override
    public List<String> recommend(String method, List<String> kept, int k) {
        RecommendationBasis basis = new RecommendationBasis.Works(kept.stream().map(this::record).toList());
        RecommendAnswer answer = paperscope.recommendations().recommend(basis, Optional.empty(), k, Optional.of(RecommendMethod.parse(method)));
        return answer.recommendations().stream().map(r -> corpusId(r.hit())).toList();
    }

    /** The temporary folder's product, for tests. */
    Paperscope paperscope() {
        return paperscope;
    }

    @Override
    public List<String> related(String id, int k) {
        return paperscope.works().related(record(id), k).orElseThrow().hits().stream().map(this::corpusId).toList();
    }

    private String record(String corpusId) {
        String record = recordOf.get(corpusId);
        if (record == null) {
            throw new IllegalArgumentException("no record has corpus id " + corpusId);
        }
        return record;
    }

    /** The corpus id of a hit's (first) record. */
    private String corpusId(SearchHit hit) {
        return corpusIdOf.get(hit.records().getFirst().id());
    }

    @Override
    public void close() {
        try {
            paperscope.close();
        } finally {
            if (embedder != null) {
                embedder.close();
            }
            TemporaryFolders.delete(dir, "the temporary data folder");
        }
    }
}
