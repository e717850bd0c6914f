package dev.paperscope.planner;

import dev.paperscope.catalog.UserData;
import dev.paperscope.ingest.SourceRecord;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** The conference planner over a catalog: its schedule, the user's agenda, clashes and the agenda as iCalendar. */
public final class Planner {
    private final Supplier<List<SourceRecord>> records;
    private final Function<Collection<String>, Map<String, SourceRecord>> lookup;
    private final AgendaStore store;
    private final Clock clock;

    /** {@code records} lists the catalog's records on each call, so the planner always sees the current catalog. */
    public Planner(Supplier<List<SourceRecord>> records, UserData userData, Clock clock) {
        this(records, ids -> records.get().stream().filter(r -> ids.contains(r.id()))
                .collect(java.util.stream.Collectors.toMap(SourceRecord::id, r -> r, (a, b) -> a)), userData, clock);
    }

    /**
     * As {@link #Planner(Supplier, UserData, Clock)}, with {@code lookup} finding records by id (absent when
     * unknown): starring and the agenda look up the starred talks only, the schedule alone lists every record.
     */
    public Planner(Supplier<List<SourceRecord>> records, Function<Collection<String>, Map<String, SourceRecord>> lookup, UserData userData,
                   Clock clock) {
        this.records = Objects.requireNonNull(records, "records");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.store = new AgendaStore(userData);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Every talk with a time in the catalog, grouped into sessions. */
    public Schedule schedule() {
        return Schedule.of(talks());
    }

    private List<Talk> talks() {
        return records.get().stream().map(Talk::of).flatMap(Optional::stream).toList();
    }

    /** Stars a talk (again: no change). Fails when there is no such record or it has no time. */
    public AgendaEntry star(String recordId) {
        Optional<SourceRecord> record = Optional.ofNullable(lookup.apply(List.of(recordId)).get(recordId));
        if (record.isEmpty()) {
            throw new PlannerException(PlannerException.Reason.NOT_FOUND, "no record has the id '" + recordId + "'");
        }
        Talk talk = Talk.of(record.get()).orElseThrow(() -> new PlannerException(PlannerException.Reason.INVALID,
                "record '" + recordId + "' has no time (only scheduled talks can be starred)"));
        store.star(recordId, clock.instant(), record.get().title());
        return agenda().entries().stream().filter(e -> e.recordId().equals(recordId)).findFirst()
                .orElse(new AgendaEntry(recordId, clock.instant(), talk.title(), Optional.of(talk)));
    }

    /** Removes a star, also of a talk that is missing from the catalog; returns whether it was starred. */
    public boolean unstar(String recordId) {
        return store.unstar(recordId);
    }

    /** The starred talks by time (missing ones last, by id) and their clashes. */
    public Agenda agenda() {
        List<AgendaStore.Star> stars = store.stars();
        Map<String, SourceRecord> starred = lookup.apply(stars.stream().map(AgendaStore.Star::recordId).toList());
        List<AgendaEntry> entries = new ArrayList<>();
        for (AgendaStore.Star s : stars) {
            entries.add(new AgendaEntry(s.recordId(), s.starredAt(), s.title(), Optional.ofNullable(starred.get(s.recordId())).flatMap(Talk::of)));
        }
        entries.sort(Comparator.comparing(AgendaEntry::missing)
                .thenComparing(e -> e.talk().map(t -> t.start().toInstant()).orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(AgendaEntry::recordId));
        List<Talk> present = entries.stream().map(AgendaEntry::talk).flatMap(Optional::stream).toList();
        return new Agenda(entries, Clashes.among(present));
    }

    /**
     * The agenda as an iCalendar file: one event per starred talk that is still in the catalog, in the
     * talk's own zone, or in {@code zone} when given.
     */
    public String ics(Optional<ZoneId> zone) {
        return AgendaCalendar.write(agenda(), zone);
    }
}
