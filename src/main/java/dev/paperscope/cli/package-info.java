/**
 * Command line: picocli commands that parse arguments, call {@link dev.paperscope.app.Paperscope} and
 * print. Usage errors exit 2, failures exit 1. No retrieval or parsing logic lives here.
 *
 * <p>Thread-safety: single-threaded, one command per process.
 */
package dev.paperscope.cli;
