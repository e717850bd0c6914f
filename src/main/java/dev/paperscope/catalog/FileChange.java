package dev.paperscope.catalog;

/** One entry of the catalog's change log: the records of {@code file} changed at {@code generation}. */
public record FileChange(long generation, String file) {
}
