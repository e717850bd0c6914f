package dev.paperscope.planner;

import java.util.List;
import java.util.Optional;

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

    public boolean isStarred(String recordId) {
        return entries.stream().anyMatch(e -> e.recordId().equals(recordId));
    }
}
