package dev.paperscope.export;

import dev.paperscope.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Citations of works or records, by id, in the order asked (duplicates once). {@code lookup} gives the
 * source records an id stands for: the record itself, or every record of a work; empty for an unknown id.
 */
public final class Exporter {
    private final Function<String, List<SourceRecord>> lookup;

    public Exporter(Function<String, List<SourceRecord>> lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /** BibTeX of these ids; those without a title are left out ({@link #untitled} names them). */
    public String bibtex(List<String> ids) {
        return bibtexOf(citables(ids));
    }

    public String cslJson(List<String> ids) {
        return cslJsonOf(citables(ids));
    }

    public static String bibtexOf(List<Citable> citables) {
        return BibtexWriter.write(citables);
    }

    public static String cslJsonOf(List<Citable> citables) {
        return CslJson.write(citables);
    }

    /** The ids of citables without a title (not even one recovered from a reference list): no entry is written for them. */
    public static List<String> untitled(List<Citable> citables) {
        return citables.stream().filter(c -> c.title() == null).map(Citable::id).toList();
    }

    /** What would be cited for one id; empty when it names no work or record. */
    public Optional<Citable> citable(String id) {
        List<SourceRecord> records = lookup.apply(id);
        return records.isEmpty() ? Optional.empty() : Optional.of(Citable.of(id, records));
    }

    /** What would be cited for these ids; fails naming every unknown id. */
    public List<Citable> citables(List<String> ids) {
        List<Citable> out = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            List<SourceRecord> records = lookup.apply(id);
            if (records.isEmpty()) {
                unknown.add(id);
            } else {
                out.add(Citable.of(id, records));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ExportException("no work or record has the id" + (unknown.size() == 1 ? " '" : "s '")
                    + String.join("', '", unknown) + "'");
        }
        return out;
    }
}
