package dev.paperscope.planner;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The starred talks (present ones by time, then missing ones by id) and the clashes among them. */
public record Agenda(List<AgendaEntry> entries, List<Clash> clashes) {
    public Agenda {
        entries = List.copyOf(entries);
        clashes = List.copyOf(clashes);
    }

    public List<Talk> talks() {
        return entries.stream().map(AgendaEntry::talk).flatMap(Optional::stream).toList();
    }

    public List<AgendaEntry> missing() {
        return entries.stream().filter(AgendaEntry::missing).toList();
    }

    /** Whether the work {@code id} names (a work id, or the id of one of its records) is starred. */
    public boolean isStarred(String id) {
        return entries.stream().anyMatch(e -> e.isNamedBy(id));
    }

    /** Every id that names a starred work: the work ids, the records stars were made through and the records of their talks. */
    public Set<String> starredIds() {
        Set<String> ids = new TreeSet<>();
        for (AgendaEntry e : entries) {
            ids.add(e.workId());
            ids.addAll(e.recordIds());
            e.talk().ifPresent(t -> t.sources().forEach(s -> ids.add(s.recordId())));
        }
        return ids;
    }

    /** Whether the talk's work is starred. */
    public boolean isStarred(Talk talk) {
        return entries.stream().anyMatch(e -> e.workId().equals(talk.workId()));
    }
}
