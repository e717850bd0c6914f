package dev.paperscope.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Record ids are derived from the file's stored name, the record's kind and the entry's own key, never
 * from its whole content or its line: fixing a typo in an abstract, or an edit elsewhere in the file,
 * keeps every id (user data such as lists and agendas refers to them). The key, per record:
 * <ol>
 *   <li>an explicit identifier the file gives: a BibTeX citation key, a JSON/CSV {@code id} field, an
 *       Atom entry's id (kept in {@code extra.source_id}; an arXiv version suffix is dropped);</li>
 *   <li>else a DOI, else an arXiv id;</li>
 *   <li>else the normalised title; untitled entries use their author list, and with neither, the start of
 *       their abstract.</li>
 * </ol>
 * The same key twice in one file is told apart by an occurrence suffix ({@link #disambiguate}).
 */
public final class RecordIds {
    private static final Pattern ARXIV_VERSION = Pattern.compile("(?i)(arxiv\\.org/abs/[^\\s]+?|^\\d{4}\\.\\d{4,5})v\\d+$");
    private static final List<String> DOI = List.of("doi");
    private static final List<String> ARXIV = List.of("arxivid", "arxiv", "eprint");
    private static final int ABSTRACT_KEY_CHARS = 200;

    private RecordIds() {
    }

    /** The id of {@code r} in a file stored under the name {@code r.source().file()}, before disambiguation. */
    public static String idOf(SourceRecord r) {
        String key = String.join("\u0000", r.source().file(), r.kind().name(), entryKey(r));
        return "r" + Sha256.hex(key).substring(0, 15);
    }

    /** The entry's own key (see the class comment). */
    static String entryKey(SourceRecord r) {
        Object explicit = r.extra().get("source_id");
        if (explicit != null && !explicit.toString().isBlank()) {
            return "id:" + ARXIV_VERSION.matcher(explicit.toString().strip()).replaceFirst("$1");
        }
        String doi = field(r, DOI);
        if (doi != null) {
            return "doi:" + doi.toLowerCase(Locale.ROOT);
        }
        String arxiv = field(r, ARXIV);
        if (arxiv != null) {
            return "arxiv:" + ARXIV_VERSION.matcher(arxiv).replaceFirst("$1");
        }
        if (r.title() != null) {
            return "title:" + normalise(r.title());
        }
        if (!r.authors().isEmpty()) {
            return "authors:" + normalise(String.join("|", r.authors()));
        }
        String text = normalise(r.abstractText());
        return "abstract:" + text.substring(0, Math.min(ABSTRACT_KEY_CHARS, text.length()));
    }

    /** The first of these fields in {@code extra} (names compared by letters and digits only) that holds text. */
    private static String field(SourceRecord r, List<String> names) {
        for (String name : names) {
            for (Map.Entry<String, Object> e : r.extra().entrySet()) {
                if (e.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "").equals(name)
                        && e.getValue() instanceof String v && !v.isBlank()) {
                    return v.strip();
                }
            }
        }
        return null;
    }

    /** Lower case, accents dropped, letters and digits only, single spaces. */
    static String normalise(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Gives every record its key-derived id (in a file named as its records' {@code source.file}), then disambiguates. */
    public static List<SourceRecord> assign(List<SourceRecord> records) {
        List<SourceRecord> keyed = new ArrayList<>(records.size());
        records.forEach(r -> keyed.add(r.withId(idOf(r))));
        return disambiguate(keyed);
    }

    /** The same entry listed twice in one file keeps both records, told apart by an occurrence suffix. */
    static List<SourceRecord> disambiguate(List<SourceRecord> records) {
        Map<String, Integer> seen = new HashMap<>();
        List<SourceRecord> out = new ArrayList<>(records.size());
        for (SourceRecord r : records) {
            int n = seen.merge(r.id(), 1, Integer::sum);
            out.add(n == 1 ? r : r.withId(r.id() + "-" + n));
        }
        return out;
    }
}
