package dev.paperscope.index;

import dev.paperscope.ingest.RecordPassage;
import dev.paperscope.ingest.Sha256;
import dev.paperscope.ingest.SourceRecord;

/**
 * The passage of a record that is embedded: its title and abstract. Kept in one place so vector
 * sources embed exactly what "identical passage" means to {@code related}.
 */
public final class Passages {
    private Passages() {
    }

    public static String text(SourceRecord r) {
        return text(r.title(), r.abstractText());
    }

    public static String text(String title, String abstractText) {
        String t = title == null ? "" : title.strip();
        String a = abstractText == null ? "" : abstractText.strip();
        return t.isEmpty() || a.isEmpty() ? t + a : t + "\n\n" + a;
    }

    /**
     * What a passage of the passage index is embedded as: its record's stated title, a blank line and the
     * passage text, like a record's own passage; so a record whose abstract is one passage has one vector
     * for both, cached once.
     */
    public static String text(SourceRecord r, RecordPassage p) {
        return text(r.title(), p.text());
    }

    /** A short digest of a passage, indexed so records with the same passage can be excluded together. */
    public static String key(String passage) {
        return Sha256.hex(passage).substring(0, 32);
    }
}
