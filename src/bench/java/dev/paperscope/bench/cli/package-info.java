/**
 * The {@code bench} command ({@link dev.paperscope.bench.cli.BenchMain}) and the printers of its reports.
 * Not part of the product jar: built from {@code src/bench/java} into {@code target/paperscope-bench.jar}.
 */
package dev.paperscope.bench.cli;
