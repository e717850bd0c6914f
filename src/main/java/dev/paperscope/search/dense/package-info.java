/**
 * Dense retrieval: embedding models run in process (ONNX), and vector search over the index.
 *
 * <p>{@link dev.paperscope.search.dense.EmbeddingModels} names the shipped models and opens a batched
 * ONNX {@link dev.paperscope.search.dense.Embedder} for each; {@link dev.paperscope.search.dense.Passage}
 * defines the embedded text of a record and its hash; {@link dev.paperscope.search.dense.EmbeddingCache}
 * keeps passage vectors in the catalog so each passage is embedded once per model.
 *
 * <p>Thread-safety: see each class; embedders are thread-safe, the cache is not (the catalog is not).
 */
package dev.paperscope.search.dense;
