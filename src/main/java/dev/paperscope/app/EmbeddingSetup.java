package dev.paperscope.app;

import dev.paperscope.index.IndexSchema;
import dev.paperscope.index.VectorQuantization;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.search.dense.Embedder;
import dev.paperscope.search.dense.EmbeddingModels;
import dev.paperscope.search.dense.EmbeddingProgress;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The embedding model a data folder's index uses, or two of them as one dense ensemble (each model's
 * vectors in its own field; searches combine them, see {@code BackendRetrieval}). Each model's id and
 * dimension are given up front because loading a model takes seconds: a search or an up-to-date index
 * never loads it, only embedding new passages or a dense query does.
 *
 * @param models   one or two models, in index field order
 * @param progress hears how far embedding new passages has got (for a progress bar), model by model
 */
public record EmbeddingSetup(List<Model> models, VectorQuantization quantization, EmbeddingProgress progress) {
    /** Joins model names into one ensemble in {@link #parseNames}: {@code bge-small-en-v1.5-q+all-minilm-l6-v2-q}. */
    public static final String ENSEMBLE_SEPARATOR = "+";
    /**
     * The models a data folder uses unless told otherwise: BGE small retrieves, MiniLM re-scores (the
     * best hybrid measured on SciFact, docs/BENCHMARKS.md). Both quantised: as good as fp32 there, faster.
     */
    public static final String DEFAULT_MODELS = String.join(ENSEMBLE_SEPARATOR, EmbeddingModels.DEFAULT_ENSEMBLE);

    /**
     * One model of the setup.
     *
     * @param loader opens the model; called at most once per {@link Paperscope}, which closes what it returns
     */
    public record Model(VectorSpace space, Supplier<Embedder> loader) {
        public Model {
            Objects.requireNonNull(space, "space");
            Objects.requireNonNull(loader, "loader");
        }
    }

    public EmbeddingSetup {
        models = List.copyOf(models);
        Objects.requireNonNull(quantization, "quantization");
        Objects.requireNonNull(progress, "progress");
        if (models.isEmpty() || models.size() > IndexSchema.MAX_VECTOR_MODELS) {
            throw new IllegalArgumentException("a data folder uses 1.." + IndexSchema.MAX_VECTOR_MODELS + " embedding models, not " + models.size());
        }
        if (new HashSet<>(models.stream().map(m -> m.space().modelId()).toList()).size() != models.size()) {
            throw new IllegalArgumentException("an embedding model is named twice: " + models.stream().map(m -> m.space().modelId()).toList());
        }
    }

    public EmbeddingSetup(VectorSpace space, VectorQuantization quantization, Supplier<Embedder> loader, EmbeddingProgress progress) {
        this(List.of(new Model(space, loader)), quantization, progress);
    }

    public EmbeddingSetup(VectorSpace space, VectorQuantization quantization, Supplier<Embedder> loader) {
        this(space, quantization, loader, EmbeddingProgress.NONE);
    }

    /** One or two of {@link EmbeddingModels#names()}, each loaded from its Maven artifact when first needed. */
    public static EmbeddingSetup forModels(List<String> names, VectorQuantization quantization, EmbeddingProgress progress) {
        List<Model> models = names.stream()
                .map(name -> new Model(new VectorSpace(name, EmbeddingModels.dimension(name)), () -> EmbeddingModels.open(name)))
                .toList();
        return new EmbeddingSetup(models, quantization, progress);
    }

    /** The model names in a setting such as {@code bge-small-en-v1.5-q} or {@code bge-small-en-v1.5-q+all-minilm-l6-v2-q}. */
    public static List<String> parseNames(String setting) {
        return Arrays.stream(setting.split(Pattern.quote(ENSEMBLE_SEPARATOR), -1)).map(String::strip).toList();
    }

    public List<VectorSpace> spaces() {
        return models.stream().map(Model::space).toList();
    }
}
