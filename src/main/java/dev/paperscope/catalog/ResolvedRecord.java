package dev.paperscope.catalog;

import dev.paperscope.ingest.Derivation;
import dev.paperscope.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A source record with what resolution derived for it: its work's id (null before the first resolution
 * of the catalog), the fields recovered from reference data, if any, {@code authorKeys}: every name
 * key of every author identity on the record, so an author query written one way finds the other
 * spellings of the same person, and {@code yearCorrection}: the year (with start and end) that reference
 * records give a talk whose page stated none.
 */
public record ResolvedRecord(SourceRecord record, String workId, Optional<Recovery> recovery, List<String> authorKeys,
                             Optional<YearCorrection> yearCorrection) {
    public ResolvedRecord {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(recovery, "recovery");
        Objects.requireNonNull(yearCorrection, "yearCorrection");
        authorKeys = List.copyOf(authorKeys);
    }

    public ResolvedRecord(SourceRecord record, String workId, Optional<Recovery> recovery, List<String> authorKeys) {
        this(record, workId, recovery, authorKeys, Optional.empty());
    }

    /** The page's own title, else the recovered one; null when neither exists. */
    public String title() {
        return record.title() != null ? record.title() : recovery.map(Recovery::title).orElse(null);
    }

    /**
     * The record as search and the planner should date it: with the references' year, start and end when
     * there is a year correction (their derivations saying so), else as the page was read.
     */
    public SourceRecord dated() {
        if (yearCorrection.isEmpty()) {
            return record;
        }
        YearCorrection c = yearCorrection.get();
        SourceRecord r = record;
        String why = c.rule() + ": " + c.evidence();
        List<Derivation> derived = new ArrayList<>();
        boolean moved = !Integer.valueOf(c.year()).equals(r.year());
        for (Derivation d : r.derived()) {
            if (d.field().equals("year")) {
                continue;
            }
            boolean dated = d.field().equals("start") || d.field().equals("end");
            derived.add(moved && dated ? new Derivation(d.field(), d.reason() + "; moved to " + c.year()
                    + " by the reference records (see year)") : d);
        }
        derived.add(new Derivation("year", why));
        return new SourceRecord(r.id(), r.kind(), r.title(), r.authors(), r.abstractText(), r.venue(), c.year(), r.room(),
                r.session(), r.moderator(), c.start(), c.end(), r.award(), r.section(), r.url(), r.authorMention(), r.source(),
                r.extra(), derived, r.raw());
    }
}
