package dev.paperscope.catalog;

/** A file the catalog holds records of. */
public record StoredFile(String name, String sha256, String format, String path, int recordCount, String ingestedAt) {
}
