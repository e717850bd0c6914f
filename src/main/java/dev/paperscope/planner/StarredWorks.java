package dev.paperscope.planner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The agenda before it is ordered: per current work, the stored stars that stand for it (two when works
 * were merged since they were starred) and the work's talk slots. A star or unstar makes a changed copy,
 * so the agenda is not rebuilt from the catalog for it; {@link #agenda()} orders the entries and finds the
 * clashes.
 */
record StarredWorks(SortedMap<String, Group> groups) {
    private static final Comparator<AgendaEntry> ORDER = Comparator.comparing(AgendaEntry::missing)
            .thenComparing(e -> e.talk().map(t -> t.start().toInstant()).orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AgendaEntry::workId);

    StarredWorks {
        groups = new TreeMap<>(groups);
    }

    /** The stored stars of one current work, in stored work-id order, and its slots (none: the work is missing). */
    record Group(List<AgendaStore.Star> stars, List<Talk> slots) {
        Group {
            stars = stars.stream().sorted(Comparator.comparing(AgendaStore.Star::workId)).toList();
            slots = List.copyOf(slots);
            if (stars.isEmpty()) {
                throw new IllegalArgumentException("a starred work needs a star");
            }
        }

        /** The star that counts: the first one made (of two made at once, the first in work-id order). */
        AgendaStore.Star star() {
            return stars.stream().reduce((a, b) -> a.starredAt().isAfter(b.starredAt()) ? b : a).orElseThrow();
        }
    }

    /** The stars grouped by the current work {@code workOf} gives each, with the slots {@code slotsOf} gives each work. */
    static StarredWorks of(List<AgendaStore.Star> stars, Function<AgendaStore.Star, String> workOf,
                           Map<String, List<Talk>> slotsOf) {
        Map<String, List<AgendaStore.Star>> byWork = new TreeMap<>();
        stars.forEach(s -> byWork.computeIfAbsent(workOf.apply(s), k -> new ArrayList<>()).add(s));
        SortedMap<String, Group> groups = new TreeMap<>();
        byWork.forEach((work, of) -> groups.put(work, new Group(of, slotsOf.getOrDefault(work, List.of()))));
        return new StarredWorks(groups);
    }

    /** With {@code star} (as stored after the write) standing for {@code work}, whose slots are {@code slots}. */
    StarredWorks starred(AgendaStore.Star star, String work, List<Talk> slots) {
        SortedMap<String, Group> changed = without(groups, List.of(star.workId()));
        List<AgendaStore.Star> stars = new ArrayList<>(Optional.ofNullable(changed.get(work)).map(Group::stars).orElse(List.of()));
        stars.add(star);
        changed.put(work, new Group(stars, slots));
        return new StarredWorks(changed);
    }

    /** Without the stored stars of these (stored) work ids. */
    StarredWorks without(Collection<String> storedWorkIds) {
        return new StarredWorks(without(groups, storedWorkIds));
    }

    private static SortedMap<String, Group> without(SortedMap<String, Group> groups, Collection<String> storedWorkIds) {
        SortedMap<String, Group> out = new TreeMap<>();
        groups.forEach((work, g) -> {
            List<AgendaStore.Star> kept = g.stars().stream().filter(s -> !storedWorkIds.contains(s.workId())).toList();
            if (!kept.isEmpty()) {
                out.put(work, new Group(kept, g.slots()));
            }
        });
        return out;
    }

    /** The starred talks by time (missing ones last, by work id), one entry per work and slot, and their clashes. */
    Agenda agenda() {
        List<AgendaEntry> entries = new ArrayList<>();
        groups.forEach((work, g) -> {
            AgendaStore.Star s = g.star();
            if (g.slots().isEmpty()) {
                entries.add(new AgendaEntry(work, s.recordIds(), s.starredAt(), s.title(), Optional.empty()));
            }
            g.slots().forEach(t -> entries.add(new AgendaEntry(work, s.recordIds(), s.starredAt(), s.title(), Optional.of(t))));
        });
        entries.sort(ORDER);
        List<Talk> present = entries.stream().map(AgendaEntry::talk).flatMap(Optional::stream).toList();
        return new Agenda(entries, Clashes.among(present));
    }
}
