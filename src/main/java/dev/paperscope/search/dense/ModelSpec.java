package dev.paperscope.search.dense;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.paperscope.ingest.Checks;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * One embedding model shipped in a langchain4j artifact: its classpath resources, how it pools, how
 * queries and passages must be prefixed (the model cards' instructions; langchain4j applies none), and
 * langchain4j's own implementation as a reference.
 *
 * @param resource     base name of {@code NAME.onnx} and {@code NAME-tokenizer.json} in the artifact
 * @param maxTokens    the longest input the model was trained for, [CLS] and [SEP] included
 * @param floor        the cosine a passage must reach to count as a match of a query by this model
 *                     alone ({@link SimilarityFloor}; calibrated on data, docs/BENCHMARKS.md)
 * @param reference    langchain4j's in-process model, given the executor its {@code embedAll} uses
 */
record ModelSpec(String name, String resource, int dimension, Pooling pooling, String queryPrefix,
                 String passagePrefix, int maxTokens, SimilarityFloor floor, Function<Executor, EmbeddingModel> reference) {
    ModelSpec {
        Checks.present("floor", floor, "name", name, "resource", resource, "pooling", pooling, "queryPrefix", queryPrefix,
                "passagePrefix", passagePrefix, "reference", reference);
        if (dimension < 1 || maxTokens < 8) {
            throw new IllegalArgumentException("implausible model " + name);
        }
    }

    String onnxResource() {
        return resource + ".onnx";
    }

    String tokenizerResource() {
        return resource + "-tokenizer.json";
    }
}
