package dev.paperscope.ingest;

import java.util.Locale;

/** What a source record describes. The external name is the lower-case form used in JSON and queries. */
public enum RecordKind {
    PAPER, TALK, BLOG_POST;

    public String externalName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RecordKind fromExternalName(String name) {
        for (RecordKind kind : values()) {
            if (kind.externalName().equalsIgnoreCase(name.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown record kind '" + name + "' (expected paper, talk or blog_post)");
    }
}
