package dev.paperscope.eval;

import dev.paperscope.search.dense.EmbeddingProgress;

import java.util.ArrayList;
import java.util.List;

/** The registry of evaluable retrievers, by the name {@code --retriever} and regressions.json use. */
public final class Retrievers {
    /** Names that {@link #open} accepts: flat BM25, exact dense (one model or an ensemble) and hybrid. */
    public static final List<String> NAMES = List.of(Bm25FlatRetriever.NAME, DenseExactRetriever.NAME, HybridEvalRetriever.NAME);

    private Retrievers() {
    }

    /** Builds retriever {@code name} over {@code corpus}; an unknown name is an {@link IllegalArgumentException}. */
    public static EvalRetriever open(String name, List<BeirDoc> corpus, RetrieverOptions options) {
        return open(name, corpus, options, (done, total) -> { });
    }

    /** As {@link #open(String, List, RetrieverOptions)}, reporting corpus embedding progress (dense and hybrid). */
    public static EvalRetriever open(String name, List<BeirDoc> corpus, RetrieverOptions options, EmbeddingProgress progress) {
        return switch (name) {
            case Bm25FlatRetriever.NAME -> Bm25FlatRetriever.build(corpus, options.bm25());
            case DenseExactRetriever.NAME -> dense(corpus, options, progress);
            case HybridEvalRetriever.NAME -> hybrid(corpus, options, progress);
            default -> throw new IllegalArgumentException(unknown(name));
        };
    }

    private static EvalRetriever hybrid(List<BeirDoc> corpus, RetrieverOptions options, EmbeddingProgress progress) {
        EvalRetriever bm25 = Bm25FlatRetriever.build(corpus, options.bm25());
        try {
            return new HybridEvalRetriever(bm25, models(corpus, options, progress), options, corpus.size());
        } catch (RuntimeException e) {
            bm25.close();
            throw e;
        }
    }

    private static EvalRetriever dense(List<BeirDoc> corpus, RetrieverOptions options, EmbeddingProgress progress) {
        List<DenseExactRetriever> models = models(corpus, options, progress);
        return models.size() == 1 ? models.getFirst() : new DenseEnsembleRetriever(models);
    }

    /** Each configured model's exact retriever; those built are closed if a later one fails. */
    private static List<DenseExactRetriever> models(List<BeirDoc> corpus, RetrieverOptions options, EmbeddingProgress progress) {
        List<DenseExactRetriever> built = new ArrayList<>();
        try {
            for (String model : options.models()) {
                built.add(DenseExactRetriever.build(corpus, options.withModel(model), progress));
            }
            return built;
        } catch (RuntimeException e) {
            built.forEach(DenseExactRetriever::close);
            throw e;
        }
    }

    /** The message for an unknown name, listing the available ones. */
    public static String unknown(String name) {
        return "unknown retriever \"" + name + "\"; available: " + String.join(", ", NAMES);
    }
}
