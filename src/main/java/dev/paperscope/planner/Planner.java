package dev.paperscope.planner;

import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.catalog.UserData;
import dev.paperscope.ingest.SourceRecord;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The conference planner over a catalog: its schedule (one card per talk of a work), the user's agenda
 * (stars on works), clashes and the agenda as iCalendar.
 *
 * <p>The agenda is built from the catalog once per version of what it reads: the catalog as the database
 * says (its data version moves with every commit of another connection or process) and the stars this
 * process wrote. A star or unstar through this planner changes the built agenda in place, so neither a
 * write nor the next read rebuilds it. Thread-safe.
 */
public final class Planner {
    private final Supplier<List<ResolvedRecord>> records;
    private final Function<Collection<String>, List<ResolvedRecord>> workRecords;
    private final AgendaStore store;
    private final Clock clock;
    private final UnaryOperator<String> currentId;
    private final LongSupplier catalogVersion;
    private final Object lock = new Object();
    private final AtomicLong builds = new AtomicLong();
    private Built built; // guarded by lock

    /** What the built agenda reflects: the catalog's version, the stars written in this process and by this planner. */
    private record Version(long catalog, long processWrites, long ownWrites) {
        /** Whether the only change between {@code this} and {@code later} is stars this planner wrote. */
        boolean onlyOwnWritesBefore(Version later) {
            return catalog == later.catalog && later.processWrites - processWrites == later.ownWrites - ownWrites;
        }
    }

    private record Built(Version version, StarredWorks works, Agenda agenda) {
    }

    /**
     * {@code records} lists the catalog's records with their works on each call, so the planner always
     * sees the current catalog; talks are dated as {@link ResolvedRecord#dated()} says. Starring and the
     * agenda scan it for the starred works (see the other constructor for lookups). Nothing is cached:
     * the records may change in memory at any time.
     */
    public Planner(Supplier<List<ResolvedRecord>> records, UserData userData, Clock clock) {
        this(records, scanning(records), userData, clock, UnaryOperator.identity(), new AtomicLong()::incrementAndGet);
    }

    /**
     * As above, with {@code workRecords} giving, in one read, the records of the works some ids name (work
     * ids, or record ids standing for their works; none for an id nothing has), so starring and the agenda
     * read the starred works only, not the whole schedule; {@code currentId} maps a stored id to the id it stands for now (a
     * work merged into another, a record re-keyed by a catalog migration), so a star never dangles while
     * its talk is in the catalog. The three read the catalog in the database {@code userData} is kept in:
     * the agenda is rebuilt when its {@link UserData#dataVersion() data version} moves.
     */
    public Planner(Supplier<List<ResolvedRecord>> records, Function<Collection<String>, List<ResolvedRecord>> workRecords, UserData userData,
                   Clock clock, UnaryOperator<String> currentId) {
        this(records, workRecords, userData, clock, currentId, userData::dataVersion);
    }

    private Planner(Supplier<List<ResolvedRecord>> records, Function<Collection<String>, List<ResolvedRecord>> workRecords, UserData userData,
                    Clock clock, UnaryOperator<String> currentId, LongSupplier catalogVersion) {
        this.records = Objects.requireNonNull(records, "records");
        this.workRecords = Objects.requireNonNull(workRecords, "workRecords");
        this.store = new AgendaStore(userData);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.currentId = Objects.requireNonNull(currentId, "currentId");
        this.catalogVersion = catalogVersion;
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
     * Fails when nothing has that id or it has no time. Answers with this work's entries and clashes only;
     * the agenda is changed in place, not rebuilt (unless the catalog changed since it was built).
     */
    public Starred star(String given) {
        synchronized (lock) {
            migrateRecordStars();
            Version before = version();
            String id = currentId.apply(given);
            List<ResolvedRecord> of = workRecords.apply(List.of(id));
            List<Talk> workTalks = talks(of);
            List<Talk> cards = workTalks.stream().filter(t -> t.isNamedBy(id)).sorted(Clashes.BY_TIME).toList();
            if (cards.isEmpty()) {
                throw of.isEmpty() ? new PlannerException(PlannerException.Reason.NOT_FOUND, "no work or record has the id '" + given + "'")
                        : new PlannerException(PlannerException.Reason.INVALID, "'" + given + "' has no time (only scheduled talks can be starred)");
            }
            Talk talk = cards.getFirst();
            List<String> through = talk.workId().equals(id)
                    ? cards.stream().flatMap(t -> t.sources().stream()).map(Talk.Source::recordId).distinct().sorted().toList()
                    : List.of(id);
            AgendaStore.Star stored = store.star(talk.workId(), through, clock.instant(), talk.title());
            List<Talk> slots = workTalks.stream().filter(t -> t.workId().equals(talk.workId())).toList();
            changed(before, works -> works.starred(stored, talk.workId(), slots));
            AgendaEntry entry = new AgendaEntry(talk.workId(), stored.recordIds(), stored.starredAt(), stored.title(), Optional.of(talk));
            return Starred.in(agenda(), entry);
        }
    }

    /** Removes the star of the work {@code id} names (also of a talk missing from the catalog); returns whether it was starred. */
    public boolean unstar(String id) {
        synchronized (lock) {
            Version before = version();
            List<AgendaStore.Star> removed = store.unstar(id);
            if (removed.isEmpty()) {
                // an id the star was not made through: the work it stands for now
                String current = currentId.apply(id);
                removed = store.unstar(current);
                if (removed.isEmpty()) {
                    Optional<String> work = workRecords.apply(List.of(current)).stream().filter(r -> r.record().id().equals(current))
                            .map(ResolvedRecord::workId).filter(Objects::nonNull).findFirst();
                    removed = work.map(store::unstar).orElse(List.of());
                }
            }
            Set<String> gone = new HashSet<>();
            removed.forEach(s -> gone.add(s.workId()));
            changed(before, works -> works.without(gone));
            return !removed.isEmpty();
        }
    }

    /** The starred talks by time (missing ones last, by work id), one entry per work and slot, and their clashes. */
    public Agenda agenda() {
        synchronized (lock) {
            migrateRecordStars();
            Version now = version();
            if (built == null || !built.version().equals(now)) {
                StarredWorks works = build();
                built = new Built(now, works, works.agenda());
            }
            return built.agenda();
        }
    }

    /** How many times the agenda was built from the catalog (not changed in place by a star). */
    long builds() {
        return builds.get();
    }

    private Version version() {
        return new Version(catalogVersion.getAsLong(), AgendaStore.processWrites(), store.writes());
    }

    /** After a write: the built agenda changed in place when the write is the only change since it was built, else dropped. */
    private void changed(Version before, UnaryOperator<StarredWorks> change) {
        Version after = version();
        if (built != null && built.version().equals(before) && before.onlyOwnWritesBefore(after)) {
            StarredWorks works = change.apply(built.works());
            built = new Built(after, works, works.agenda());
        } else {
            built = null;
        }
    }

    /** The agenda's parts from the stored stars and the starred works' records. */
    private StarredWorks build() {
        builds.incrementAndGet();
        List<AgendaStore.Star> stars = store.stars();
        // the starred works' records only, in one read: through the stored work ids and the records starred through
        Set<String> named = new TreeSet<>();
        stars.forEach(s -> {
            named.add(s.workId());
            named.addAll(s.recordIds());
        });
        Map<String, ResolvedRecord> starred = new LinkedHashMap<>();
        workRecords.apply(named).forEach(r -> starred.putIfAbsent(r.record().id(), r));
        if (stars.stream().anyMatch(s -> starred.values().stream().noneMatch(r -> s.workId().equals(workOf(r))))) {
            // some stored ids were merged away or re-keyed since: their current ids, read once more
            Set<String> current = new TreeSet<>();
            named.forEach(id -> current.add(currentId.apply(id)));
            current.removeAll(named);
            if (!current.isEmpty()) {
                workRecords.apply(current).forEach(r -> starred.putIfAbsent(r.record().id(), r));
            }
        }
        List<Talk> cards = talks(List.copyOf(starred.values()));
        Map<String, List<Talk>> byWork = new LinkedHashMap<>();
        cards.forEach(t -> byWork.computeIfAbsent(t.workId(), k -> new ArrayList<>()).add(t));
        // two stars whose works were merged since stand for one work: the first time counts
        return StarredWorks.of(stars, s -> byWork.containsKey(s.workId()) ? s.workId()
                : byWork.containsKey(currentId.apply(s.workId())) ? currentId.apply(s.workId())
                : workThrough(s, cards, currentId).orElse(s.workId()), byWork);
    }

    /** The work of a talk that one of the star's records is a source of, when its stored work id no longer resolves. */
    private static Optional<String> workThrough(AgendaStore.Star star, List<Talk> cards, UnaryOperator<String> currentId) {
        Set<String> through = new HashSet<>(star.recordIds());
        star.recordIds().forEach(id -> through.add(currentId.apply(id)));
        return cards.stream().filter(t -> t.sources().stream().anyMatch(src -> through.contains(src.recordId())))
                .map(Talk::workId).sorted().findFirst();
    }

    /** Moves stars of the old per-record table to their records' works, once (whether any wait was read when the planner opened). */
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
