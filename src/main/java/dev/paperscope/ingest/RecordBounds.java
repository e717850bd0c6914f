package dev.paperscope.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Limits on the size of a record's fields, applied to every parsed record before anything is stored, so
 * that no file can put into the catalog what the index cannot take (a Lucene term or doc value is at most
 * 32,766 bytes) or what makes resolution explode (author identities look at co-author pairs). A value over
 * its limit is cut, with a derivation on the record and a warning naming the file and line; the record's
 * id stays the one its full content gave.
 */
final class RecordBounds {
    /** Venue, room, session, moderator, award, section, author mention: facet values and labels. */
    static final int MAX_SHORT_FIELD_CHARS = 1_000;
    static final int MAX_TITLE_CHARS = 2_000;
    static final int MAX_URL_CHARS = 4_000;
    static final int MAX_ABSTRACT_CHARS = 200_000;
    static final int MAX_AUTHOR_CHARS = 300;
    /** Large collaborations list a few thousand; an ML paper a few dozen. */
    static final int MAX_AUTHORS = 1_000;

    private RecordBounds() {
    }

    /** The records, bounded; what was cut is added to {@code warnings}. */
    static List<SourceRecord> apply(List<SourceRecord> records, List<ParseWarning> warnings) {
        List<SourceRecord> out = new ArrayList<>(records.size());
        for (SourceRecord r : records) {
            out.add(bound(r, warnings));
        }
        return out;
    }

    private static SourceRecord bound(SourceRecord r, List<ParseWarning> warnings) {
        Cuts cuts = new Cuts(r, warnings);
        String title = cuts.text("title", r.title(), MAX_TITLE_CHARS);
        String abstractText = cuts.text("abstract", r.abstractText(), MAX_ABSTRACT_CHARS);
        String venue = cuts.text("venue", r.venue(), MAX_SHORT_FIELD_CHARS);
        String room = cuts.text("room", r.room(), MAX_SHORT_FIELD_CHARS);
        String session = cuts.text("session", r.session(), MAX_SHORT_FIELD_CHARS);
        String moderator = cuts.text("moderator", r.moderator(), MAX_SHORT_FIELD_CHARS);
        String award = cuts.text("award", r.award(), MAX_SHORT_FIELD_CHARS);
        String section = cuts.text("section", r.section(), MAX_SHORT_FIELD_CHARS);
        String url = cuts.text("url", r.url(), MAX_URL_CHARS);
        String mention = cuts.text("author_mention", r.authorMention(), MAX_SHORT_FIELD_CHARS);
        List<String> authors = cuts.authors(r.authors());
        if (cuts.derived.isEmpty()) {
            return r;
        }
        List<Derivation> derived = new ArrayList<>(r.derived());
        derived.addAll(cuts.derived);
        return new SourceRecord(r.id(), r.kind(), title, authors, abstractText, venue, r.year(), room, session, moderator,
                r.start(), r.end(), award, section, url, mention, r.source(), r.extra(), derived, r.raw());
    }

    /** Cuts one record's values, noting each cut. */
    private static final class Cuts {
        private final SourceRecord record;
        private final List<ParseWarning> warnings;
        private final List<Derivation> derived = new ArrayList<>();

        Cuts(SourceRecord record, List<ParseWarning> warnings) {
            this.record = record;
            this.warnings = warnings;
        }

        String text(String field, String value, int limit) {
            if (value == null || value.length() <= limit) {
                return value;
            }
            warnings.add(ParseWarning.at(record, field + " is " + value.length() + " characters, more than the limit of " + limit
                    + "; cut to the limit"));
            derived.add(new Derivation(field, "cut from " + value.length() + " to " + limit + " characters, the limit for this field"));
            return cut(value, limit);
        }

        List<String> authors(List<String> authors) {
            List<String> kept = authors;
            if (authors.size() > MAX_AUTHORS) {
                warnings.add(ParseWarning.at(record, authors.size() + " authors, more than the limit of " + MAX_AUTHORS
                        + "; the first " + MAX_AUTHORS + " are kept"));
                derived.add(new Derivation("authors", "the first " + MAX_AUTHORS + " of " + authors.size()
                        + " authors kept, the limit for a record"));
                kept = authors.subList(0, MAX_AUTHORS);
            }
            if (kept.stream().noneMatch(a -> a.length() > MAX_AUTHOR_CHARS)) {
                return kept;
            }
            List<String> out = new ArrayList<>(kept.size());
            for (String a : kept) {
                out.add(text("authors", a, MAX_AUTHOR_CHARS));
            }
            return out;
        }

        /** The first {@code limit} characters, not splitting a surrogate pair. */
        private static String cut(String value, int limit) {
            int end = Character.isHighSurrogate(value.charAt(limit - 1)) ? limit - 1 : limit;
            return value.substring(0, end);
        }
    }
}
