package dev.paperscope.index;

import dev.paperscope.ingest.SourceRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

    /** A short digest of a passage, indexed so records with the same passage can be excluded together. */
    public static String key(String passage) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passage.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
