package dev.paperscope.search.dense;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15.BgeSmallEnV15EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedding models Paperscope ships (each inside its langchain4j Maven artifact, so nothing is ever
 * downloaded), by name. {@link #open} gives the batched ONNX embedder; {@link #openReference} gives
 * langchain4j's own implementation, kept for benchmarks and equivalence checks.
 */
public final class EmbeddingModels {
    /**
     * The default: int8-quantized BGE small, ~15% faster than fp32 on the CPU measured and a quarter of
     * its size (docs/BENCHMARKS.md); its vectors depend slightly on the batch (cosine ~0.998).
     */
    public static final String DEFAULT = "bge-small-en-v1.5-q";
    /**
     * The product's default models: BGE small retrieves, MiniLM re-scores its candidates (the best hybrid
     * measured on SciFact; MiniLM is also the cheapest model to run). See docs/DECISIONS.md.
     */
    public static final List<String> DEFAULT_ENSEMBLE = List.of(DEFAULT, "all-minilm-l6-v2-q");

    // Prefixes follow the model cards: BGE instructs queries only; E5 was trained with both prefixes;
    // MiniLM with none. MiniLM's window is 256 tokens, as sentence-transformers runs it.
    private static final String BGE_QUERY = "Represent this sentence for searching relevant passages: ";
    // Similarity floors (cosines): the nearest passage of 200 nonsense queries, rounded up, on the SciFact
    // slice (docs/BENCHMARKS.md, "Similarity floor", measured with the int8 models; the fp32 ones share
    // them). E5 is not calibrated yet, so it has none: its dense candidates all match.
    private static final SimilarityFloor BGE_FLOOR = new SimilarityFloor(0.66);
    private static final SimilarityFloor MINILM_FLOOR = new SimilarityFloor(0.35);
    private static final SimilarityFloor E5_FLOOR = SimilarityFloor.NONE;
    private static final Map<String, ModelSpec> MODELS = index(List.of(
            new ModelSpec("bge-small-en-v1.5", "bge-small-en-v1.5", 384, Pooling.CLS, BGE_QUERY, "", 512, BGE_FLOOR,
                    BgeSmallEnV15EmbeddingModel::new),
            new ModelSpec("bge-small-en-v1.5-q", "bge-small-en-v1.5-q", 384, Pooling.CLS, BGE_QUERY, "", 512, BGE_FLOOR,
                    BgeSmallEnV15QuantizedEmbeddingModel::new),
            new ModelSpec("all-minilm-l6-v2", "all-minilm-l6-v2", 384, Pooling.MEAN, "", "", 256, MINILM_FLOOR,
                    AllMiniLmL6V2EmbeddingModel::new),
            new ModelSpec("all-minilm-l6-v2-q", "all-minilm-l6-v2-q", 384, Pooling.MEAN, "", "", 256, MINILM_FLOOR,
                    AllMiniLmL6V2QuantizedEmbeddingModel::new),
            new ModelSpec("e5-small-v2-q", "e5-small-v2-q", 384, Pooling.MEAN, "query: ", "passage: ", 512, E5_FLOOR,
                    E5SmallV2QuantizedEmbeddingModel::new)));

    private EmbeddingModels() {
    }

    private static Map<String, ModelSpec> index(List<ModelSpec> specs) {
        Map<String, ModelSpec> byName = new LinkedHashMap<>();
        specs.forEach(s -> byName.put(s.name(), s));
        return byName;
    }

    /** Model names, in a fixed order. */
    public static List<String> names() {
        return List.copyOf(MODELS.keySet());
    }

    /** The model's vector length, known without loading the model. */
    public static int dimension(String name) {
        return spec(name).dimension();
    }

    /** The longest input, in tokens, that this model was trained for; longer texts are truncated to it. */
    public static int window(String name) {
        return spec(name).maxTokens();
    }

    /**
     * The cosine a passage must reach to match a query by this model alone (calibrated, docs/BENCHMARKS.md);
     * {@link SimilarityFloor#NONE} for a name Paperscope does not ship (a stand-in model in tests).
     */
    public static SimilarityFloor similarityFloor(String name) {
        ModelSpec spec = MODELS.get(name);
        return spec == null ? SimilarityFloor.NONE : spec.floor();
    }

    /** The batched ONNX embedder of this model with the default configuration. */
    public static Embedder open(String name) {
        return open(name, EmbedderConfig.DEFAULT);
    }

    /** The batched ONNX embedder of this model; loading takes a second or two (the model is parsed). */
    public static Embedder open(String name, EmbedderConfig config) {
        return OnnxEmbedder.load(spec(name), config);
    }

    /**
     * langchain4j's own implementation of this model, with the same prefixes: one ONNX call per text,
     * texts spread over a pool of {@code threads} threads. For benchmarks and equivalence checks.
     */
    public static Embedder openReference(String name, int threads) {
        return new Langchain4jEmbedder(spec(name), threads);
    }

    static ModelSpec spec(String name) {
        ModelSpec spec = MODELS.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("unknown embedding model '" + name + "'; known: " + String.join(", ", names()));
        }
        return spec;
    }
}
