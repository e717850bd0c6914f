package dev.paperscope.ingest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One record as one page (or structured file) states it, with its provenance. Immutable.
 *
 * <p>Text fields are {@code null} when absent, never blank. {@code extra} keeps the fields of structured
 * sources that have no column of their own (sorted by key, so serialisation is deterministic);
 * {@code derived} says how every value that the page did not state literally was obtained; {@code raw}
 * is the text of the record as it stands in the file.
 */
public record SourceRecord(
        String id,
        RecordKind kind,
        String title,
        List<String> authors,
        String abstractText,
        String venue,
        Integer year,
        String room,
        String session,
        String moderator,
        OffsetDateTime start,
        OffsetDateTime end,
        String award,
        String section,
        String url,
        String authorMention,
        Source source,
        Map<String, Object> extra,
        List<Derivation> derived,
        String raw) {

    public SourceRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        title = blankToNull(title);
        abstractText = blankToNull(abstractText);
        venue = blankToNull(venue);
        room = blankToNull(room);
        session = blankToNull(session);
        moderator = blankToNull(moderator);
        award = blankToNull(award);
        section = blankToNull(section);
        url = blankToNull(url);
        authorMention = blankToNull(authorMention);
        authors = authors == null ? List.of() : authors.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
        extra = extra == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(extra));
        derived = derived == null ? List.of() : List.copyOf(derived);
        raw = raw == null ? "" : raw;
        if (id.isBlank()) {
            throw new IllegalArgumentException("record id is blank");
        }
        if (year != null && !isPlausibleYear(year)) {
            throw new IllegalArgumentException("implausible year " + year);
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        if (title == null && authors.isEmpty() && abstractText == null) {
            throw new IllegalArgumentException("record has neither title, authors nor abstract");
        }
    }

    /** Years a record may carry: 1800 to 2200. */
    public static boolean isPlausibleYear(int year) {
        return year >= 1800 && year <= 2200;
    }

    public SourceRecord withId(String newId) {
        return new SourceRecord(newId, kind, title, authors, abstractText, venue, year, room, session, moderator,
                start, end, award, section, url, authorMention, source, extra, derived, raw);
    }

    public static Builder builder(RecordKind kind, Source source) {
        return new Builder(kind, source);
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String stripped = s.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Mutable builder used by parsers; {@link #build()} derives the id from the entry's own key ({@link RecordIds}). */
    public static final class Builder {
        private final RecordKind kind;
        private final Source source;
        private String title;
        private List<String> authors = List.of();
        private String abstractText;
        private String venue;
        private Integer year;
        private String room;
        private String session;
        private String moderator;
        private OffsetDateTime start;
        private OffsetDateTime end;
        private String award;
        private String section;
        private String url;
        private String authorMention;
        private final Map<String, Object> extra = new TreeMap<>();
        private final List<Derivation> derived = new ArrayList<>();
        private String raw = "";

        private Builder(RecordKind kind, Source source) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.source = Objects.requireNonNull(source, "source");
        }

        public Builder title(String v) { this.title = v; return this; }
        public Builder authors(List<String> v) { this.authors = v == null ? List.of() : List.copyOf(v); return this; }
        public Builder abstractText(String v) { this.abstractText = v; return this; }
        public Builder venue(String v) { this.venue = v; return this; }
        public Builder year(Integer v) { this.year = v; return this; }
        public Builder room(String v) { this.room = v; return this; }
        public Builder session(String v) { this.session = v; return this; }
        public Builder moderator(String v) { this.moderator = v; return this; }
        public Builder start(OffsetDateTime v) { this.start = v; return this; }
        public Builder end(OffsetDateTime v) { this.end = v; return this; }
        public Builder award(String v) { this.award = v; return this; }
        public Builder section(String v) { this.section = v; return this; }
        public Builder url(String v) { this.url = v; return this; }
        public Builder authorMention(String v) { this.authorMention = v; return this; }
        public Builder raw(String v) { this.raw = v; return this; }

        public Builder extra(String key, Object value) {
            if (value != null) {
                extra.put(key, value);
            }
            return this;
        }

        /** Records how a field's value was obtained when the page does not state it literally. */
        public Builder derived(String field, String reason) {
            derived.add(new Derivation(field, reason));
            return this;
        }

        public SourceRecord build() {
            SourceRecord r = new SourceRecord("pending", kind, title, authors, abstractText, venue, year, room, session, moderator,
                    start, end, award, section, url, authorMention, source, extra, derived, raw);
            return r.withId(RecordIds.idOf(r));
        }
    }
}
