/**
 * Benchmarks behind {@code paperscope bench}, in their own source set ({@code src/bench/java}) and jar
 * ({@code target/paperscope-bench.jar}), never in the product jar: ingest throughput and query latency of Paperscope measured
 * in the same run as a bare Lucene {@code IndexSearcher} on the same index, so results are ratios that
 * mean something on any machine. Method and figures are in docs/BENCHMARKS.md.
 *
 * <p>Thread-safety: single-threaded by design (latency is measured one query at a time).
 */
package dev.paperscope.bench;
