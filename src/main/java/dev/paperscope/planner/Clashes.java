package dev.paperscope.planner;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Pairs of talks of different works whose intervals overlap: [start, end) intervals, so a talk ending as another begins does not clash. */
final class Clashes {
    static final Comparator<Talk> BY_TIME = Comparator.comparing((Talk t) -> t.start().toInstant())
            .thenComparing(t -> t.end() == null ? t.start().toInstant() : t.end().toInstant())
            .thenComparing(Talk::recordId);

    private Clashes() {
    }

    /** Every overlapping pair, ordered by the first talk's start, then the second's. */
    static List<Clash> among(List<Talk> talks) {
        List<Talk> sorted = talks.stream().filter(t -> t.end() != null).sorted(BY_TIME).toList();
        List<Clash> clashes = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Talk a = sorted.get(i);
            // sorted by start: once a talk starts at or after a's end, no later one overlaps a either
            for (int j = i + 1; j < sorted.size() && sorted.get(j).start().isBefore(a.end()); j++) {
                Talk b = sorted.get(j);
                if (a.workId().equals(b.workId())) {
                    continue; // one work in two slots: the user picks one, it is no clash
                }
                ZonedDateTime overlapEnd = a.end().isBefore(b.end()) ? a.end() : b.end().withZoneSameInstant(a.zone());
                if (overlapEnd.isAfter(b.start())) {
                    clashes.add(new Clash(a, b, b.start().withZoneSameInstant(a.zone()), overlapEnd));
                }
            }
        }
        return clashes;
    }
}
