package dev.paperscope.catalog;

import java.util.Locale;

/**
 * What a stored file is for. {@link #SOURCE} files hold the records users search; {@link #REFERENCE}
 * files (a conference's paper list added with {@code ingest --reference}) are kept only as evidence for
 * recovering what source pages leave out: they are neither indexed nor works themselves.
 */
public enum FileRole {
    SOURCE, REFERENCE;

    public String externalName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FileRole fromExternalName(String name) {
        for (FileRole r : values()) {
            if (r.externalName().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown file role '" + name + "'");
    }
}
