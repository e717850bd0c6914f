package dev.paperscope.search;

/** A source record a hit stands for, with where it came from. */
public record RecordRef(String id, String file, int line) {
}
