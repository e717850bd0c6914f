package dev.paperscope.planner;

import java.util.List;
import java.util.Objects;

/**
 * What a star answers: the entry of the talk the id named, every entry of its work (one per slot, as the
 * agenda lists them) and the clashes that involve the work, out of an agenda of {@code agendaSize} entries.
 * The rest of the agenda is not in it: a client that wants it reads the agenda.
 */
public record Starred(AgendaEntry entry, List<AgendaEntry> entries, List<Clash> clashes, int agendaSize) {
    public Starred {
        Objects.requireNonNull(entry, "entry");
        entries = List.copyOf(entries);
        clashes = List.copyOf(clashes);
        if (!entries.contains(entry) || agendaSize < entries.size()) {
            throw new IllegalArgumentException("the star's entry must be one of its work's entries, all within the agenda");
        }
        if (clashes.stream().anyMatch(c -> !c.first().workId().equals(entry.workId()) && !c.second().workId().equals(entry.workId()))) {
            throw new IllegalArgumentException("a star answers with its own work's clashes only");
        }
    }

    /** The starred work. */
    public String workId() {
        return entry.workId();
    }

    /**
     * This work's entries and clashes out of {@code agenda}, with the entry of {@code named}'s talk (the
     * agenda's own, which shows the star that counts when two stars stand for the work); {@code named}
     * itself only when the agenda does not list the work.
     */
    static Starred in(Agenda agenda, AgendaEntry named) {
        String work = named.workId();
        List<AgendaEntry> entries = agenda.entries().stream().filter(e -> e.workId().equals(work)).toList();
        if (entries.isEmpty()) {
            return new Starred(named, List.of(named), List.of(), agenda.entries().size() + 1);
        }
        AgendaEntry entry = entries.stream().filter(e -> e.talk().equals(named.talk())).findFirst().orElse(entries.getFirst());
        return new Starred(entry, entries,
                agenda.clashes().stream().filter(c -> c.first().workId().equals(work) || c.second().workId().equals(work)).toList(),
                agenda.entries().size());
    }
}
