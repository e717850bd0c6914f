package dev.paperscope.catalog;

import java.util.Objects;

/** A file the catalog holds records of, and its {@link FileRole}. */
public record StoredFile(String name, String sha256, String format, String path, int recordCount, String ingestedAt,
                         FileRole role) {
    public StoredFile {
        Objects.requireNonNull(role, "role");
    }
}
