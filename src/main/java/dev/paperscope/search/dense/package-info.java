/**
 * Dense retrieval: embedding models run in process (ONNX), and vector search over the index.
 *
 * <p>Thread-safety: see each class; embedders are thread-safe.
 */
package dev.paperscope.search.dense;
