package dev.paperscope.resolve;

import dev.paperscope.ingest.Checks;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A talk's year (and so its start and end) taken from the reference records that hold its page's talks,
 * instead of the weekday rule the page was read with. {@code references} name the agreeing reference
 * records ({@code file:line id}); {@code agreeing} of {@code matched} talks of the page said {@code year};
 * {@code changed} tells a moved date from a confirmed one; {@code evidence} says why, including a weekday
 * the new date contradicts.
 */
public record RedatedTalk(String recordId, int year, OffsetDateTime start, OffsetDateTime end, List<String> references,
                          int agreeing, int matched, boolean changed, String rule, String evidence) {
    /** The weekday rule's year was replaced by the one the page's reference matches agree on. */
    public static final String MOVED = "reference-year";
    /** The page's reference matches agree with the weekday rule's year. */
    public static final String CONFIRMED = "reference-year-confirmed";

    public RedatedTalk {
        Checks.present("recordId", recordId, "start", start, "rule", rule, "evidence", evidence);
        references = List.copyOf(references);
        if (start.getYear() != year) {
            throw new IllegalArgumentException("start " + start + " is not in year " + year);
        }
        if (agreeing < 1 || agreeing > matched) {
            throw new IllegalArgumentException("agreeing must lie in [1, matched], was " + agreeing + " of " + matched);
        }
        if (references.isEmpty()) {
            throw new IllegalArgumentException("a year from references needs at least one reference");
        }
    }

    /** Share of the page's matched talks that agree on the year. */
    public double confidence() {
        return (double) agreeing / matched;
    }
}
