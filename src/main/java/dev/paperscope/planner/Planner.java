package dev.paperscope.planner;

import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.catalog.UserData;
import dev.paperscope.ingest.SourceRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The conference planner over a catalog: its schedule (one card per talk of a work), the user's agenda
 * (stars on works), clashes and the agenda as iCalendar.
 */
public final class Planner {
    private final Supplier<List<ResolvedRecord>> records;
    private final Function<Collection<String>, List<ResolvedRecord>> workRecords;
    private final AgendaStore store;
    private final Clock clock;
    private final UnaryOperator<String> currentId;

    /**
     * {@code records} lists the catalog's records with their works on each call, so the planner always
     * sees the current catalog; talks are dated as {@link ResolvedRecord#dated()} says. Starring and the
     * agenda scan it for the starred works (see the other constructor for lookups).
     */
    public Planner(Supplier<List<ResolvedRecord>> records, UserData userData, Clock clock) {
        this(records, scanning(records), userData, clock, UnaryOperator.identity());
    }

    /**
     * As above, with {@code workRecords} giving, in one read, the records of the works some ids name (work
     * ids, or record ids standing for their works; none for an id nothing has), so starring and the agenda
     * read the starred works only, not the whole schedule; {@code currentId} maps a stored id to the id it stands for now (a
     * work merged into another, a record re-keyed by a catalog migration), so a star never dangles while
     * its talk is in the catalog.
     */
    public Planner(Supplier<List<ResolvedRecord>> records, Function<Collection<String>, List<ResolvedRecord>> workRecords, UserData userData,
                   Clock clock, UnaryOperator<String> currentId) {
        this.records = Objects.requireNonNull(records, "records");
        this.workRecords = Objects.requireNonNull(workRecords, "workRecords");
        this.store = new AgendaStore(userData);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.currentId = Objects.requireNonNull(currentId, "currentId");
    }

    /** The records of the works some ids name, found by scanning every record. */
    private static Function<Collection<String>, List<ResolvedRecord>> scanning(Supplier<List<ResolvedRecord>> records) {
        return ids -> {
            List<ResolvedRecord> all = records.get();
            Set<String> works = new HashSet<>();
            all.stream().filter(r -> ids.contains(r.record().id()) || ids.contains(r.workId())).forEach(r -> works.add(workOf(r)));
            return all.stream().filter(r -> works.contains(workOf(r))).toList();
        };
    }

    private static String workOf(ResolvedRecord r) {
        return r.workId() == null ? r.record().id() : r.workId();
    }

    /** A planner over records that are each a work of their own (no resolution). */
    public static Planner ofRecords(Supplier<List<SourceRecord>> records, UserData userData, Clock clock) {
        return new Planner(() -> records.get().stream().map(r -> new ResolvedRecord(r, r.id(), Optional.empty(), List.of())).toList(),
                userData, clock);
    }

    /** Every talk with a time in the catalog, one card per work and slot, grouped into sessions. */
    public Schedule schedule() {
        return Schedule.of(talks(records.get()));
    }

    private static List<Talk> talks(List<ResolvedRecord> resolved) {
        List<Talk> talks = new ArrayList<>();
        resolved.forEach(r -> Talk.of(r.dated(), r.workId()).ifPresent(talks::add));
        return TalkCards.of(talks);
    }

    /**
     * Stars the work {@code id} names (a work id, or a record id standing for its work); again: no change.
     * Fails when nothing has that id or it has no time. Only this work's talks are returned, the agenda
     * is not rebuilt.
     */
    public AgendaEntry star(String given) {
        migrateRecordStars();
        String id = currentId.apply(given);
        List<ResolvedRecord> of = workRecords.apply(List.of(id));
        List<Talk> cards = talks(of).stream().filter(t -> t.isNamedBy(id)).sorted(Clashes.BY_TIME).toList();
        if (cards.isEmpty()) {
            throw of.isEmpty() ? new PlannerException(PlannerException.Reason.NOT_FOUND, "no work or record has the id '" + given + "'")
                    : new PlannerException(PlannerException.Reason.INVALID, "'" + given + "' has no time (only scheduled talks can be starred)");
        }
        Talk talk = cards.getFirst();
        List<String> through = talk.workId().equals(id)
                ? cards.stream().flatMap(t -> t.sources().stream()).map(Talk.Source::recordId).distinct().sorted().toList()
                : List.of(id);
        Instant now = clock.instant();
        store.star(talk.workId(), through, now, talk.title());
        AgendaStore.Star star = store.stars().stream().filter(s -> s.workId().equals(talk.workId())).findFirst()
                .orElse(new AgendaStore.Star(talk.workId(), through, now, talk.title()));
        return new AgendaEntry(talk.workId(), star.recordIds(), star.starredAt(), star.title(), Optional.of(talk));
    }

    /** Removes the star of the work {@code id} names (also of a talk missing from the catalog); returns whether it was starred. */
    public boolean unstar(String id) {
        if (store.unstar(id)) {
            return true;
        }
        // an id the star was not made through: the work it stands for now
        String current = currentId.apply(id);
        return store.unstar(current) || workRecords.apply(List.of(current)).stream().filter(r -> r.record().id().equals(current))
                .map(ResolvedRecord::workId).filter(Objects::nonNull).findFirst().map(store::unstar).orElse(false);
    }

    /** The starred talks by time (missing ones last, by work id), one entry per work and slot, and their clashes. */
    public Agenda agenda() {
        migrateRecordStars();
        List<AgendaStore.Star> stars = store.stars();
        // the starred works' records only, in one read: through the stored work ids and the records starred through
        Set<String> named = new java.util.TreeSet<>();
        stars.forEach(s -> {
            named.add(s.workId());
            named.addAll(s.recordIds());
        });
        Map<String, ResolvedRecord> starred = new LinkedHashMap<>();
        workRecords.apply(named).forEach(r -> starred.putIfAbsent(r.record().id(), r));
        if (stars.stream().anyMatch(s -> starred.values().stream().noneMatch(r -> s.workId().equals(workOf(r))))) {
            // some stored ids were merged away or re-keyed since: their current ids, read once more
            Set<String> current = new java.util.TreeSet<>();
            named.forEach(id -> current.add(currentId.apply(id)));
            current.removeAll(named);
            if (!current.isEmpty()) {
                workRecords.apply(current).forEach(r -> starred.putIfAbsent(r.record().id(), r));
            }
        }
        List<Talk> cards = talks(List.copyOf(starred.values()));
        Map<String, List<Talk>> byWork = new LinkedHashMap<>();
        cards.forEach(t -> byWork.computeIfAbsent(t.workId(), k -> new ArrayList<>()).add(t));
        Map<String, AgendaStore.Star> starOfWork = new LinkedHashMap<>();
        for (AgendaStore.Star s : stars) {
            String work = byWork.containsKey(s.workId()) ? s.workId()
                    : byWork.containsKey(currentId.apply(s.workId())) ? currentId.apply(s.workId())
                    : workThrough(s, cards, currentId).orElse(s.workId());
            // two stars whose works were merged since are one star: the first time counts
            starOfWork.merge(work, s, (a, b) -> a.starredAt().isAfter(b.starredAt()) ? b : a);
        }
        List<AgendaEntry> entries = new ArrayList<>();
        starOfWork.forEach((work, s) -> {
            List<Talk> slots = byWork.getOrDefault(work, List.of());
            if (slots.isEmpty()) {
                entries.add(new AgendaEntry(work, s.recordIds(), s.starredAt(), s.title(), Optional.empty()));
            }
            slots.forEach(t -> entries.add(new AgendaEntry(work, s.recordIds(), s.starredAt(), s.title(), Optional.of(t))));
        });
        entries.sort(Comparator.comparing(AgendaEntry::missing)
                .thenComparing(e -> e.talk().map(t -> t.start().toInstant()).orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(AgendaEntry::workId));
        List<Talk> present = entries.stream().map(AgendaEntry::talk).flatMap(Optional::stream).toList();
        return new Agenda(entries, Clashes.among(present));
    }

    /** The work of a talk that one of the star's records is a source of, when its stored work id no longer resolves. */
    private static Optional<String> workThrough(AgendaStore.Star star, List<Talk> cards, UnaryOperator<String> currentId) {
        Set<String> through = new HashSet<>(star.recordIds());
        star.recordIds().forEach(id -> through.add(currentId.apply(id)));
        return cards.stream().filter(t -> t.sources().stream().anyMatch(src -> through.contains(src.recordId())))
                .map(Talk::workId).sorted().findFirst();
    }

    /** Moves stars of the old per-record table to their records' works, once. */
    private void migrateRecordStars() {
        if (store.hasRecordStars()) {
            Map<String, String> workOf = new LinkedHashMap<>();
            records.get().forEach(r -> workOf.put(r.record().id(), workOf(r)));
            store.migrateRecordStars(id -> Optional.ofNullable(workOf.containsKey(id) ? workOf.get(id) : workOf.get(currentId.apply(id))));
        }
    }

    /**
     * The agenda as an iCalendar file: one event per starred work and slot that is still in the catalog,
     * in the talk's own zone, or in {@code zone} when given.
     */
    public String ics(Optional<ZoneId> zone) {
        return AgendaCalendar.write(agenda(), zone);
    }
}
