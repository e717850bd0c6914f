package dev.paperscope.ingest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the fields of one structured record (a JSON object, a CSV row, a BibTeX entry, an Atom entry) into
 * a {@link SourceRecord}. Field names are matched loosely ({@code start_time}, {@code startTime} and
 * {@code Start Time} are one name), the first alias present wins, and every field that has no column of
 * its own, or that lost to an earlier alias, is kept in {@code extra} under its original name: nothing a
 * file says is dropped.
 */
final class StructuredFields {
    private static final List<String> TITLE = List.of("title", "papertitle");
    private static final List<String> AUTHORS = List.of("authors", "author", "creators", "creator", "authornames",
            "speakers", "speaker");
    private static final List<String> ABSTRACT = List.of("abstract", "summary", "text", "abstracttext");
    private static final List<String> VENUE = List.of("venue", "conference", "booktitle", "journal");
    static final List<String> YEAR = List.of("year");
    private static final List<String> ROOM = List.of("room");
    private static final List<String> SESSION = List.of("session", "sessions", "sessionname");
    private static final List<String> MODERATOR = List.of("moderator", "sessionchair", "chair");
    static final List<String> START = List.of("start", "starttime", "startdate");
    static final List<String> END = List.of("end", "endtime", "enddate");
    private static final List<String> AWARD = List.of("award", "awards");
    private static final List<String> SECTION = List.of("section");
    private static final List<String> URL = List.of("url", "link", "pdfurl", "pdf", "href");
    private static final List<String> ID = List.of("id", "uid", "paperid", "key");
    private static final List<String> KIND = List.of("kind", "type");
    /** Where a year can be read when the record gives none; the start time is tried first. */
    private static final List<String> DATES = List.of("date", "published", "publicationdate", "pubdate", "issued");
    /** Fields that say how a paper is presented; kept in {@code extra} and read for Oral/Spotlight/Poster. */
    private static final List<String> PRESENTATION_SOURCES = List.of("decision", "track", "status");
    private static final Pattern PRESENTATION = Pattern.compile("\\b(oral|spotlight|poster)\\b", Pattern.CASE_INSENSITIVE);
    /** NeurIPS listings prefix titles with "[Oral] " or "[Spotlight] "; "[Re]" (a replication) is part of the title. */
    private static final Pattern TITLE_MARKER = Pattern.compile("^\\[(oral|spotlight|poster)\\]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_PREFIX = Pattern.compile("^(\\d{4})(?:\\D|$)");

    private StructuredFields() {
    }

    /** Field names that make a table column or JSON key look like a record's: title, authors or abstract. */
    static boolean isRecordField(String name) {
        String key = normalize(name);
        return TITLE.contains(key) || AUTHORS.contains(key) || ABSTRACT.contains(key);
    }

    /** Lower-case letters and digits only: {@code Start_Time} → {@code starttime}. */
    static String normalize(String name) {
        StringBuilder key = new StringBuilder(name.length());
        name.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(key::appendCodePoint);
        return key.toString();
    }

    /**
     * Builds the record. Values are JSON-like: strings, numbers, booleans, lists and maps. Author strings are
     * split with {@link NameLists#split}, so callers that know better (BibTeX) pass a list instead.
     */
    static SourceRecord toRecord(SourceDocument doc, String format, int line, String raw, Map<String, ?> fields)
            throws ParseException {
        return toRecord(doc, format, line, raw, fields, List.of());
    }

    /** As above, with derivations the caller already made (BibTeX name reordering, LaTeX conversion). */
    static SourceRecord toRecord(SourceDocument doc, String format, int line, String raw, Map<String, ?> fields,
                                 List<Derivation> derived) throws ParseException {
        Fields f = new Fields(fields);
        SourceRecord.Builder b = SourceRecord.builder(kindOf(f), doc.sourceAt(line, format)).raw(raw);
        derived.forEach(d -> b.derived(d.field(), d.reason()));
        String titleMarker = title(f, b);
        b.abstractText(f.text(ABSTRACT, b)).venue(f.text(VENUE, b)).room(f.text(ROOM, b))
                .moderator(f.text(MODERATOR, b)).award(f.text(AWARD, b)).section(f.text(SECTION, b));
        b.authors(authors(f, b));
        b.session(session(f, b));
        b.url(f.text(URL, b));
        OffsetDateTime start = time(f, START, b);
        b.start(start).end(time(f, END, b));
        b.year(year(f, start, b));
        f.take(ID).ifPresent(id -> f.keep(fields.containsKey("source_id") ? id.key() : "source_id", id.value()));
        presentation(f, b, titleMarker);
        f.rest().forEach(b::extra);
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new ParseException(doc.fileName(), line, "bad record: " + e.getMessage(), e);
        }
    }

    /** Sets the title; returns the presentation its "[Oral] " style marker named, or null. */
    private static String title(Fields f, SourceRecord.Builder b) {
        String title = f.text(TITLE, b);
        Matcher marker = title == null ? null : TITLE_MARKER.matcher(title);
        if (marker == null || !marker.find()) {
            b.title(title);
            return null;
        }
        b.derived("title", "'" + marker.group().strip() + "' marker removed from the title; kept as extra.presentation");
        b.title(title.substring(marker.end()));
        return capitalize(marker.group(1));
    }

    private static RecordKind kindOf(Fields f) {
        Optional<Field> kind = f.peek(KIND);
        if (kind.isEmpty() || !(kind.get().value() instanceof String s)) {
            return RecordKind.PAPER;
        }
        String v = s.strip().toLowerCase(Locale.ROOT);
        if (v.contains("talk") || v.equals("keynote")) {
            return RecordKind.TALK;
        }
        return v.startsWith("blog") ? RecordKind.BLOG_POST : RecordKind.PAPER;
    }

    private static List<String> authors(Fields f, SourceRecord.Builder b) {
        Optional<Field> field = f.take(AUTHORS);
        if (field.isEmpty()) {
            return List.of();
        }
        Object value = field.get().value();
        NameLists.Names names;
        if (value instanceof List<?> list) {
            List<String> given = new ArrayList<>();
            boolean structured = false;
            for (Object item : list) {
                structured |= item instanceof Map<?, ?>;
                Object name = item instanceof Map<?, ?> m ? nameOf(m) : item;
                if (name != null) {
                    given.add(name.toString());
                }
            }
            if (structured) {
                // Author objects carry more than a name (affiliations, ids): keep them whole.
                f.keep(field.get().key(), value);
            }
            names = NameLists.ofList(given);
        } else if (value instanceof Map<?, ?>) {
            f.keep(field.get().key(), value);
            return List.of();
        } else {
            names = NameLists.split(value.toString());
        }
        names.notes().forEach(note -> b.derived("authors", note));
        return names.names();
    }

    private static Object nameOf(Map<?, ?> author) {
        for (Map.Entry<?, ?> e : author.entrySet()) {
            if (normalize(e.getKey().toString()).equals("name") || normalize(e.getKey().toString()).equals("fullname")) {
                return e.getValue();
            }
        }
        return null;
    }

    /** A session list (a paper presented twice) becomes one text; the list itself stays in {@code extra}. */
    private static String session(Fields f, SourceRecord.Builder b) {
        Optional<Field> field = f.peek(SESSION);
        if (field.isPresent() && field.get().value() instanceof String s && s.contains("|")) {
            f.take(SESSION);
            List<String> sessions = List.of(s.split("\\|")).stream().map(String::strip).filter(x -> !x.isEmpty()).toList();
            f.keep(field.get().key(), s);
            b.derived("session", "split on '|' and joined with '; '");
            return String.join("; ", sessions);
        }
        return f.text(SESSION, b);
    }

    private static OffsetDateTime time(Fields f, List<String> aliases, SourceRecord.Builder b) {
        Optional<Field> field = f.peek(aliases);
        if (field.isEmpty() || !(field.get().value() instanceof String s)) {
            return null;
        }
        Optional<IsoTimes.Parsed> parsed = IsoTimes.parse(s.strip());
        if (parsed.isEmpty()) {
            return null; // not ISO 8601: the text stays in extra rather than being guessed at
        }
        f.take(aliases);
        String column = aliases == START ? "start" : "end";
        parsed.get().assumption().ifPresent(note -> b.derived(column, note));
        return parsed.get().time();
    }

    private static Integer year(Fields f, OffsetDateTime start, SourceRecord.Builder b) {
        Optional<Field> field = f.peek(YEAR);
        if (field.isPresent()) {
            Integer year = yearOf(field.get().value());
            if (year != null && SourceRecord.isPlausibleYear(year)) {
                f.take(YEAR);
                return year;
            }
        }
        if (start != null) {
            b.derived("year", "from the start time " + start);
            return start.getYear();
        }
        Optional<Field> date = f.peek(DATES);
        if (date.isPresent() && date.get().value() instanceof String s) {
            Matcher m = YEAR_PREFIX.matcher(s.strip());
            if (m.find()) {
                b.derived("year", "from " + date.get().key() + " '" + s.strip() + "'");
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    /** A year as a number or four digits; null for anything else. Plausibility is checked apart. */
    static Integer yearOf(Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Long l && l == l.intValue()) {
            return l.intValue();
        }
        if (value instanceof String s && s.strip().matches("\\d{4}")) {
            return Integer.valueOf(s.strip());
        }
        return null;
    }

    /**
     * Oral/Spotlight/Poster is scattered over title markers and decision, track or status fields; one key
     * makes it queryable. A presentation field of the file's own wins.
     */
    private static void presentation(Fields f, SourceRecord.Builder b, String titleMarker) {
        if (f.peek(List.of("presentation")).isPresent()) {
            return;
        }
        if (titleMarker != null) {
            b.extra("presentation", titleMarker);
            return;
        }
        for (String alias : PRESENTATION_SOURCES) {
            Optional<Field> field = f.peek(List.of(alias));
            if (field.isPresent() && field.get().value() instanceof String s) {
                Matcher m = PRESENTATION.matcher(s);
                if (m.find()) {
                    b.extra("presentation", capitalize(m.group(1)));
                    b.derived("extra.presentation", "from " + field.get().key() + " '" + s.strip() + "'");
                    return;
                }
            }
        }
    }

    private static String capitalize(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    private record Field(String key, Object value) {
    }

    /** The fields of one record, in file order, with the ones already mapped to a column taken out. */
    private static final class Fields {
        private final Map<String, Object> remaining = new LinkedHashMap<>();
        private final Map<String, String> normalizedKeys = new LinkedHashMap<>();
        private final Map<String, Object> kept = new LinkedHashMap<>();

        Fields(Map<String, ?> fields) {
            fields.forEach((k, v) -> {
                if (!isAbsent(v)) {
                    remaining.put(k, immutable(v));
                    normalizedKeys.put(k, normalize(k));
                }
            });
        }

        Optional<Field> peek(List<String> aliases) {
            for (String alias : aliases) {
                for (Map.Entry<String, Object> e : remaining.entrySet()) {
                    if (normalizedKeys.get(e.getKey()).equals(alias)) {
                        return Optional.of(new Field(e.getKey(), e.getValue()));
                    }
                }
            }
            return Optional.empty();
        }

        Optional<Field> take(List<String> aliases) {
            Optional<Field> field = peek(aliases);
            field.ifPresent(x -> remaining.remove(x.key()));
            return field;
        }

        void keep(String key, Object value) {
            kept.put(key, value);
        }

        /**
         * The first alias's value as text. A list of texts is joined (and kept whole in extra); a value that is
         * not text at all (an object) is left in extra and gives no text.
         */
        String text(List<String> aliases, SourceRecord.Builder b) {
            Optional<Field> field = peek(aliases);
            if (field.isEmpty() || field.get().value() instanceof Map<?, ?>) {
                return null;
            }
            take(aliases);
            Object v = field.get().value();
            if (v instanceof List<?> list) {
                keep(field.get().key(), v);
                List<String> parts = list.stream().filter(x -> !isAbsent(x)).map(Object::toString).map(String::strip).toList();
                if (parts.size() > 1) {
                    b.derived(aliases.getFirst(), "joined with '; ' from a list of " + parts.size() + " in " + field.get().key());
                }
                return String.join("; ", parts);
            }
            return v.toString();
        }

        Map<String, Object> rest() {
            Map<String, Object> all = new LinkedHashMap<>(remaining);
            all.putAll(kept);
            return all;
        }

        /** Null, blank text and empty lists or objects say nothing, so they are not kept. */
        private static boolean isAbsent(Object v) {
            return v == null || (v instanceof String s && s.isBlank()) || (v instanceof Collection<?> c && c.isEmpty())
                    || (v instanceof Map<?, ?> m && m.isEmpty());
        }

        /** Deep, unmodifiable copy so that records stay immutable; nulls inside lists are kept as the file has them. */
        private static Object immutable(Object v) {
            if (v instanceof Map<?, ?> m) {
                Map<String, Object> copy = new LinkedHashMap<>();
                m.forEach((k, x) -> copy.put(String.valueOf(k), immutable(x)));
                return Collections.unmodifiableMap(copy);
            }
            if (v instanceof Collection<?> c) {
                List<Object> copy = new ArrayList<>(c.size());
                c.forEach(x -> copy.add(immutable(x)));
                return Collections.unmodifiableList(copy);
            }
            return v;
        }
    }
}
