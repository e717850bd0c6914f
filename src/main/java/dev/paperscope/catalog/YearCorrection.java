package dev.paperscope.catalog;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A talk's year, start and end as reference records say them, where the page gave no year and the parser
 * inferred one: derived data, recomputed whenever the catalog changes. The record keeps what the page was
 * read as; this says what the references make of it. {@code references} name the agreeing reference
 * records ({@code file:line id}); {@code agreeing} of the page's {@code matched} talks agreed; {@code rule}
 * tells a moved year from a confirmed one and {@code evidence} says why (and any weekday conflict).
 */
public record YearCorrection(int year, OffsetDateTime start, OffsetDateTime end, List<String> references, int agreeing,
                             int matched, String rule, String evidence) {
    public YearCorrection {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
        references = List.copyOf(references);
        if (agreeing < 1 || agreeing > matched) {
            throw new IllegalArgumentException("agreeing must lie in [1, matched], was " + agreeing + " of " + matched);
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    /** Share of the page's matched talks that agree on the year. */
    public double confidence() {
        return (double) agreeing / matched;
    }
}
