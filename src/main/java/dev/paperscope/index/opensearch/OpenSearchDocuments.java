package dev.paperscope.index.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.catalog.Recovery;
import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.index.IndexSchema;
import dev.paperscope.index.Passages;
import dev.paperscope.ingest.RecordPassages;
import dev.paperscope.ingest.SourceRecord;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A source record as an OpenSearch document: the same fields with the same values as the embedded index's
 * Lucene document (index/RecordDocuments), so both score the same record the same way. Times are epoch
 * seconds (instant and page-local) as embedded, with the time as written kept beside them.
 */
final class OpenSearchDocuments {
    /** As embedded: facet values are cut to this many UTF-8 bytes. */
    static final int MAX_FACET_BYTES = 4_096;
    /** Keyword terms are cut at Lucene's own limit, as embedded. */
    static final int MAX_TERM_BYTES = 32_766;

    private OpenSearchDocuments() {
    }

    /** The document; {@code vectors}' {@code i}-th entry (may be null) goes to {@link IndexSchema#vectorField vectorField(i)}. */
    static ObjectNode toJson(ResolvedRecord resolved, List<float[]> vectors) {
        SourceRecord r = resolved.dated();
        Optional<Recovery> recovered = resolved.recovery();
        ObjectNode d = OpenSearchConnection.JSON.createObjectNode();
        if (resolved.workId() != null) {
            d.put(IndexSchema.WORK, cut(resolved.workId(), MAX_TERM_BYTES));
        }
        recovered.filter(x -> r.title() == null)
                .ifPresent(x -> d.put(IndexSchema.TITLE_SOURCE, x.sourceFile() + ":" + x.sourceLine() + " " + x.sourceId()));
        d.put(IndexSchema.ID, cut(r.id(), MAX_TERM_BYTES));
        d.put(IndexSchema.KIND, r.kind().externalName());
        d.put(IndexSchema.FILE, cut(r.source().file(), MAX_TERM_BYTES));
        d.put(IndexSchema.LINE, r.source().line());
        d.put(IndexSchema.PASSAGE, Passages.key(Passages.text(r)));
        d.put(IndexSchema.SOURCE, IndexSchema.sourceText(r.source().file()) + " " + r.source().format());
        putIfPresent(d, IndexSchema.TITLE, resolved.title());
        putIfPresent(d, IndexSchema.ABSTRACT, r.abstractText());
        String text = Passages.text(resolved.title(), r.abstractText());
        if (!text.isEmpty()) {
            d.put(IndexSchema.TEXT, text);
        }
        String body = RecordPassages.body(r);
        if (!body.isEmpty()) {
            d.put(IndexSchema.BODY, body);
        }
        if (!r.authors().isEmpty()) {
            ArrayNode authors = d.putArray(IndexSchema.AUTHOR);
            r.authors().forEach(authors::add);
        }
        if (!resolved.authorKeys().isEmpty()) {
            ArrayNode keys = d.putArray(IndexSchema.AUTHOR_KEY);
            resolved.authorKeys().forEach(k -> keys.add(cut(k, MAX_TERM_BYTES)));
        }
        putIfPresent(d, IndexSchema.VENUE, r.venue() != null ? r.venue() : recovered.map(Recovery::venue).orElse(null));
        putIfPresent(d, IndexSchema.ROOM, r.room());
        putIfPresent(d, IndexSchema.SESSION, r.session());
        putIfPresent(d, IndexSchema.MODERATOR, r.moderator());
        putIfPresent(d, IndexSchema.AWARD, r.award());
        putIfPresent(d, IndexSchema.SECTION, r.section());
        Integer year = r.year() != null ? r.year() : recovered.map(Recovery::year).orElse(null);
        if (year != null) {
            d.put(IndexSchema.YEAR, year);
        }
        facet(d, IndexSchema.KIND, r.kind().externalName());
        facet(d, IndexSchema.VENUE, r.venue());
        facet(d, IndexSchema.AWARD, r.award());
        facet(d, IndexSchema.ROOM, r.room());
        facet(d, IndexSchema.SESSION, r.session());
        facet(d, IndexSchema.SOURCE, r.source().file());
        time(d, IndexSchema.START, IndexSchema.START_LOCAL, OpenSearchMapping.START_TEXT, r.start());
        time(d, IndexSchema.END, IndexSchema.END_LOCAL, OpenSearchMapping.END_TEXT, r.end());
        for (int i = 0; i < vectors.size(); i++) {
            if (vectors.get(i) != null) {
                ArrayNode v = d.putArray(IndexSchema.vectorField(i));
                for (float x : vectors.get(i)) {
                    v.add(x);
                }
            }
        }
        return d;
    }

    private static void putIfPresent(ObjectNode d, String field, String value) {
        if (value != null) {
            d.put(field, value);
        }
    }

    private static void facet(ObjectNode d, String field, String value) {
        if (value != null) {
            d.put(IndexSchema.facetField(field), cut(value, MAX_FACET_BYTES));
        }
    }

    private static void time(ObjectNode d, String instant, String local, String asWritten, OffsetDateTime time) {
        if (time != null) {
            d.put(instant, time.toEpochSecond());
            d.put(local, time.toLocalDateTime().toEpochSecond(ZoneOffset.UTC));
            d.put(asWritten, time.toString());
        }
    }

    /** The longest prefix of {@code value} whose UTF-8 form fits {@code maxBytes}, never splitting a character. */
    static String cut(String value, int maxBytes) {
        return IndexSchema.utf8Prefix(value, maxBytes);
    }
}
