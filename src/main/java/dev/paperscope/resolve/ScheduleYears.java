package dev.paperscope.resolve;

import dev.paperscope.ingest.SourceRecord;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The year of a schedule page that gives none, from the reference records that hold its talks. The
 * parser infers such a year by the weekday rule (the nearest year in which the date falls on the stated
 * weekday), which is right for recent pages and wrong for old ones; a conference's paper list says the
 * year outright. When enough of a page's talks match reference records (same title, or the title
 * recovered for a title-less talk) and the matches agree on a year, every talk of the page whose year
 * was inferred takes that year, its start and end moving with it.
 *
 * <p>Precision first: fewer than {@link #MIN_MATCHED} matched talks, or less than {@link #CONSENSUS}
 * of them agreeing, leave the weekday rule's year. A talk whose references disagree among themselves
 * counts as matched but agrees with no year.
 */
public final class ScheduleYears {
    /** Share of a page's matched talks that must agree on a year. */
    static final double CONSENSUS = 0.8;
    /** One matching reference could be a later re-listing of the paper; two agreeing talks are evidence. */
    static final int MIN_MATCHED = 2;
    /** A title shorter than this matches on title alone only when the authors confirm it. */
    static final int MIN_TITLE_WORDS = 3;

    private final Map<String, List<SourceRecord>> referencesByTitle = new HashMap<>();

    public ScheduleYears(List<SourceRecord> references) {
        for (SourceRecord r : references) {
            if (r.title() != null && r.year() != null) {
                referencesByTitle.computeIfAbsent(TitleKey.of(r.title()).normalized(), k -> new ArrayList<>()).add(r);
            }
        }
    }

    /** Whether the record's year was inferred by the parser (a dated talk whose year carries a derivation). */
    static boolean yearInferred(SourceRecord r) {
        return r.start() != null && r.year() != null && r.derived().stream().anyMatch(d -> d.field().equals("year"));
    }

    /**
     * The talks whose year the references decide, by record id, in page order; {@code recovered} are the
     * titles recovered for title-less records, whose reference years count as matches too.
     */
    public Map<String, RedatedTalk> redate(List<SourceRecord> records, Map<String, TitleRecovery> recovered) {
        Map<String, List<SourceRecord>> pages = new TreeMap<>();
        for (SourceRecord r : records) {
            if (yearInferred(r)) {
                pages.computeIfAbsent(r.source().file(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, RedatedTalk> out = new LinkedHashMap<>();
        pages.values().forEach(talks -> redatePage(talks, recovered, out));
        return out;
    }

    private void redatePage(List<SourceRecord> talks, Map<String, TitleRecovery> recovered, Map<String, RedatedTalk> out) {
        Map<Integer, List<String>> agreeingRefs = new TreeMap<>();
        Map<Integer, Integer> votes = new TreeMap<>();
        int matched = 0;
        for (SourceRecord talk : talks) {
            Map<String, Integer> refs = matches(talk, recovered.get(talk.id()));
            if (refs.isEmpty()) {
                continue;
            }
            matched++;
            Set<Integer> years = new TreeSet<>(refs.values());
            if (years.size() == 1) {
                int year = years.iterator().next();
                votes.merge(year, 1, Integer::sum);
                agreeingRefs.computeIfAbsent(year, k -> new ArrayList<>()).addAll(refs.keySet());
            }
        }
        if (matched < MIN_MATCHED) {
            return;
        }
        for (Map.Entry<Integer, Integer> vote : votes.entrySet()) {
            if (vote.getValue() >= CONSENSUS * matched) {
                Consensus consensus = new Consensus(vote.getKey(), vote.getValue(), matched, agreeingRefs.get(vote.getKey()));
                talks.forEach(t -> redateTalk(t, consensus).ifPresent(x -> out.put(x.recordId(), x)));
            }
        }
    }

    /** The reference records (named {@code file:line id}) saying this talk's year, with the year each says. */
    private Map<String, Integer> matches(SourceRecord talk, TitleRecovery recovery) {
        Map<String, Integer> out = new TreeMap<>();
        if (recovery != null && recovery.year() != null) {
            out.put(name(recovery.source().file(), recovery.source().line(), recovery.referenceId()), recovery.year());
        }
        if (talk.title() == null) {
            return out;
        }
        TitleKey key = TitleKey.of(talk.title());
        for (SourceRecord ref : referencesByTitle.getOrDefault(key.normalized(), List.of())) {
            if (sameAuthorsOrLongTitle(talk, ref, key)) {
                out.put(name(ref.source().file(), ref.source().line(), ref.id()), ref.year());
            }
        }
        return out;
    }

    /** Two named author lists sharing nobody are two papers, whatever their titles. */
    private static boolean sameAuthorsOrLongTitle(SourceRecord talk, SourceRecord ref, TitleKey key) {
        if (!talk.authors().isEmpty() && !ref.authors().isEmpty()) {
            return AuthorOverlap.of(talk.authors(), ref.authors()).shared() > 0;
        }
        return key.tokens().size() >= MIN_TITLE_WORDS;
    }

    private static String name(String file, int line, String id) {
        return file + ":" + line + " " + id;
    }

    private static Optional<RedatedTalk> redateTalk(SourceRecord talk, Consensus c) {
        OffsetDateTime start = talk.start();
        int shift = c.year - start.getYear();
        OffsetDateTime newStart = start.plusYears(shift);
        if (newStart.getDayOfMonth() != start.getDayOfMonth()) {
            return Optional.empty(); // 29 February in a year without one: the page cannot mean that year
        }
        OffsetDateTime newEnd = talk.end() == null ? null : talk.end().plusYears(shift);
        String evidence = c.agreeing + " of " + c.matched + " talks of this page that match reference records are listed in "
                + c.year + " (" + String.join(", ", c.references) + "); the weekday rule gave " + start.getYear()
                + weekdayNote(start, newStart);
        return Optional.of(new RedatedTalk(talk.id(), c.year, newStart, newEnd, c.references, c.agreeing, c.matched,
                shift != 0, shift != 0 ? RedatedTalk.MOVED : RedatedTalk.CONFIRMED, evidence));
    }

    /** The page's weekday is kept as a fact: a reference year that contradicts it is taken, but said so. */
    private static String weekdayNote(OffsetDateTime stated, OffsetDateTime moved) {
        if (stated.getDayOfWeek() == moved.getDayOfWeek()) {
            return "; " + moved.toLocalDate() + " is a " + name(moved) + ", as the page says";
        }
        return "; conflict: the page says " + name(stated) + ", but " + moved.toLocalDate() + " is a " + name(moved)
                + " (kept the references' year; the page's weekday or the references may be wrong)";
    }

    private static String name(OffsetDateTime t) {
        return t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private record Consensus(int year, int agreeing, int matched, List<String> references) {
        Consensus {
            references = List.copyOf(new TreeSet<>(references));
        }
    }
}
