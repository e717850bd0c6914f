package dev.paperscope.search.dense;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * langchain4j's in-process model behind our interface, with the same prefixes. Its {@code embedAll}
 * runs one ONNX call per text (no padding, texts over 510 tokens split and averaged), spreading texts
 * over the executor. The ONNX session is a static of langchain4j's class and lives until the JVM exits;
 * {@link #close()} only stops the executor. Thread-safe.
 */
final class Langchain4jEmbedder extends SpecEmbedder {
    private final ExecutorService executor;
    private final EmbeddingModel model;

    Langchain4jEmbedder(ModelSpec spec, int threads) {
        super(spec);
        this.executor = Executors.newFixedThreadPool(threads);
        this.model = spec.reference().apply(executor);
    }

    @Override
    public String modelId() {
        return spec.name() + "@langchain4j";
    }

    @Override
    public SimilarityFloor similarityFloor() {
        return spec.floor();
    }

    @Override
    List<float[]> embedRaw(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(Embedding::vector).toList();
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
