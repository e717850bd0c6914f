package dev.paperscope.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every passage of a record: its abstract's, then (for a PDF) its body's as stored in
 * {@code extra.passages} ({@code {page, section, text}}), each cut by {@link PassageSplitter}. Derived from
 * the stored record alone, so the same record always gives the same passages with the same ids: the
 * record id, "#", and the first 12 hex digits of the text's SHA-256 ("-2", "-3" for repeats within the
 * record), stable under re-ingest and under edits elsewhere in the record.
 */
public final class RecordPassages {
    private RecordPassages() {
    }

    public static List<RecordPassage> of(SourceRecord r) {
        List<RecordPassage> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Source source = r.source();
        String abstractText = r.abstractText();
        if (abstractText != null) {
            LineFinder lines = new LineFinder(r);
            for (PassageSplitter.Span span : PassageSplitter.split(abstractText)) {
                String text = span.of(abstractText);
                out.add(new RecordPassage(id(r.id(), text, seen), r.id(), out.size() + 1, RecordPassage.ABSTRACT, text,
                        r.section(), source.file(), lines.lineOf(text), source.page(), source.element()));
            }
        }
        if (r.extra().get("passages") instanceof List<?> body) {
            for (Object o : body) {
                if (!(o instanceof Map<?, ?> m) || !(m.get("text") instanceof String bodyText)) {
                    continue;
                }
                Integer page = m.get("page") instanceof Number n && n.intValue() >= 1 ? n.intValue() : source.page();
                String section = m.get("section") instanceof String s && !s.isBlank() ? s : null;
                for (String text : PassageSplitter.texts(bodyText)) {
                    out.add(new RecordPassage(id(r.id(), text, seen), r.id(), out.size() + 1, RecordPassage.BODY, text,
                            section, source.file(), source.line(), page, source.element()));
                }
            }
        }
        return out;
    }

    /** The text of a record's PDF body (its stored passages, one paragraph each), empty when it has none. */
    public static String body(SourceRecord r) {
        if (!(r.extra().get("passages") instanceof List<?> body)) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (Object o : body) {
            if (o instanceof Map<?, ?> m && m.get("text") instanceof String text && !text.isBlank()) {
                b.append(b.isEmpty() ? "" : "\n\n").append(text.strip());
            }
        }
        return b.toString();
    }

    private static String id(String recordId, String text, Map<String, Integer> seen) {
        String base = recordId + "#" + Sha256.hex(text).substring(0, 12);
        int n = seen.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }
}
