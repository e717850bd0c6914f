package dev.paperscope.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Format-aware damage: a record with a huge author list or an over-long field value written the way the
 * seed's format writes records, so that it reaches the parser's field handling instead of failing on
 * syntax first.
 */
final class FuzzShapes {
    private static byte[] bomb;

    private FuzzShapes() {
    }

    static byte[] hugeAuthors(String format, byte[] in, Random r, int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(name(r));
        }
        return withRecord(format, in, r, "Huge Collaboration", names, null);
    }

    static byte[] oversizedField(String format, byte[] in, Random r, int chars) {
        String value = (r.nextBoolean() ? "V" : "Hall ").repeat(chars);
        value = value.substring(0, chars);
        return withRecord(format, in, r, "Oversized Field", List.of(name(r), name(r)), value);
    }

    /** Appends (or inserts) one record in the seed's format; {@code venue}, when given, goes to a venue or room field. */
    private static byte[] withRecord(String format, byte[] in, Random r, String title, List<String> authors, String venue) {
        String text = new String(in, StandardCharsets.UTF_8);
        String record = switch (format) {
            case "jsonl" -> "\n" + json(title, authors, venue) + "\n";
            case "json" -> null;
            case "csv" -> null;
            case "bibtex" -> "\n@inproceedings{fuzz" + r.nextInt(1000) + ",\n  title = {" + title + "},\n  author = {"
                    + String.join(" and ", authors) + "},\n" + (venue == null ? "" : "  booktitle = {" + venue + "},\n") + "}\n";
            case "arxiv-atom" -> null;
            default -> "\n" + String.join(" · ", authors) + "\n" + (venue == null ? "" : "[ " + venue + " ]\n")
                    + "We study " + title.toLowerCase(java.util.Locale.ROOT) + " in depth and report what we find.\n";
        };
        if (record != null) {
            int lineStart = text.lastIndexOf('\n', r.nextInt(text.length() + 1)) + 1;
            return (text.substring(0, lineStart) + record + text.substring(lineStart)).getBytes(StandardCharsets.UTF_8);
        }
        return switch (format) {
            case "json" -> replaceFirst(text, "[", "[" + json(title, authors, venue) + ",");
            case "csv" -> (text + csvRow(text, title, authors, venue)).getBytes(StandardCharsets.UTF_8);
            default -> replaceFirst(text, "<entry>", atomEntry(title, authors, venue) + "<entry>");
        };
    }

    private static String json(String title, List<String> authors, String venue) {
        StringBuilder s = new StringBuilder("{\"title\": \"").append(title).append("\", \"authors\": [");
        for (int i = 0; i < authors.size(); i++) {
            s.append(i == 0 ? "" : ", ").append('"').append(authors.get(i)).append('"');
        }
        s.append(']');
        if (venue != null) {
            s.append(", \"venue\": \"").append(venue).append("\", \"room\": \"").append(venue).append('"');
        }
        return s.append('}').toString();
    }

    /** A row as wide as the header: the title, authors and venue under their columns, the rest empty. */
    private static String csvRow(String text, String title, List<String> authors, String venue) {
        String header = text.lines().findFirst().orElse("");
        List<String> cells = new ArrayList<>();
        for (String column : header.split(",", -1)) {
            String c = column.strip().toLowerCase(java.util.Locale.ROOT);
            cells.add(c.contains("title") ? title : c.contains("author") ? String.join("|", authors)
                    : (c.contains("venue") || c.contains("session") || c.contains("room")) && venue != null ? venue : "");
        }
        return (text.endsWith("\n") ? "" : "\n") + "\"" + String.join("\",\"", cells) + "\"\n";
    }

    private static String atomEntry(String title, List<String> authors, String venue) {
        StringBuilder s = new StringBuilder("<entry><id>http://arxiv.org/abs/0000.0000</id><title>").append(title).append("</title>");
        authors.forEach(a -> s.append("<author><name>").append(a).append("</name></author>"));
        if (venue != null) {
            s.append("<arxiv:journal_ref xmlns:arxiv=\"http://arxiv.org/schemas/atom\">").append(venue).append("</arxiv:journal_ref>");
        }
        return s.append("<summary>A summary.</summary></entry>\n").toString();
    }

    private static byte[] replaceFirst(String text, String what, String with) {
        int at = text.indexOf(what);
        String out = at < 0 ? text + with : text.substring(0, at) + with + text.substring(at + what.length());
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static String name(Random r) {
        return syllables(r, 2) + " " + syllables(r, 3);
    }

    private static String syllables(Random r, int n) {
        String[] parts = {"ka", "lo", "mi", "ren", "so", "ta", "vi", "zu", "an", "el", "or", "qui"};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(parts[r.nextInt(parts.length)]);
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * A small gzip file whose content (JSON lines) expands past the text limit; made once per run, as
     * compressing ~65 MB costs far more than any parse.
     */
    static synchronized byte[] gzipBomb() {
        if (bomb == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] line = "{\"title\": \"Expanding\", \"authors\": [\"Ada Lovelace\"]}\n".getBytes(StandardCharsets.UTF_8);
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                for (long written = 0; written <= dev.paperscope.ingest.SourceDocument.MAX_TEXT_BYTES; written += line.length) {
                    gz.write(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bomb = out.toByteArray();
        }
        return bomb;
    }
}
