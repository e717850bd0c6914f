package dev.paperscope.export;

import dev.paperscope.ingest.SourceRecord;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A BibTeX entry as its file wrote it: type, citation key and fields with their LaTeX (macros applied),
 * from the record's {@code extra.bibtex_entry}. Records ingested before that was kept give type and key
 * only ({@code extra.entry_type}, {@code extra.source_id}) and no fields.
 */
public record BibtexEntry(String type, String key, Map<String, String> fields) {
    static final String EXTRA = "bibtex_entry";
    static final String FORMAT = "bibtex";

    public BibtexEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The entry a BibTeX record came from; empty for records of other formats. */
    static Optional<BibtexEntry> of(SourceRecord r) {
        if (!FORMAT.equals(r.source().format())) {
            return Optional.empty();
        }
        if (r.extra().get(EXTRA) instanceof Map<?, ?> entry && entry.get("type") instanceof String type
                && entry.get("key") instanceof String key) {
            Map<String, String> fields = new LinkedHashMap<>();
            if (entry.get("fields") instanceof Map<?, ?> written) {
                written.forEach((name, value) -> {
                    if (name != null && value != null) {
                        fields.put(name.toString().toLowerCase(Locale.ROOT), value.toString());
                    }
                });
            }
            return Optional.of(new BibtexEntry(type.toLowerCase(Locale.ROOT), key, fields));
        }
        if (r.extra().get("entry_type") instanceof String type && r.extra().get("source_id") instanceof String key) {
            return Optional.of(new BibtexEntry(type.toLowerCase(Locale.ROOT), key, Map.of()));
        }
        return Optional.empty();
    }
}
