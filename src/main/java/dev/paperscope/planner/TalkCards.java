package dev.paperscope.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One card per talk: records of the same work in the same room at the same start and end (the same talk
 * announced by two files) become one {@link Talk} listing every record as a source. The card takes its
 * fields from its first record in id order that has a title (else the first record), and the longest
 * author list; the work presented in another slot stays a card of its own.
 */
final class TalkCards {
    private TalkCards() {
    }

    static List<Talk> of(List<Talk> talks) {
        Map<String, List<Talk>> bySlot = new TreeMap<>();
        for (Talk t : talks) {
            String slot = t.workId() + "\u0000" + t.room() + "\u0000" + t.start().toInstant()
                    + "\u0000" + (t.end() == null ? "" : t.end().toInstant());
            bySlot.computeIfAbsent(slot, k -> new ArrayList<>()).add(t);
        }
        List<Talk> cards = new ArrayList<>(bySlot.size());
        bySlot.values().forEach(same -> cards.add(merge(same)));
        return cards;
    }

    private static Talk merge(List<Talk> same) {
        if (same.size() == 1) {
            return same.getFirst();
        }
        List<Talk> byId = same.stream().sorted(Comparator.comparing(Talk::recordId)).toList();
        Talk first = byId.stream().filter(t -> t.title() != null).findFirst().orElse(byId.getFirst());
        Map<String, Talk.Source> sources = new LinkedHashMap<>();
        sources.put(first.recordId(), first.sources().getFirst());
        byId.forEach(t -> t.sources().forEach(s -> sources.putIfAbsent(s.recordId(), s)));
        List<String> authors = byId.stream().map(Talk::authors).max(Comparator.comparingInt(List::size)).orElse(first.authors());
        String moderator = first.moderator() != null ? first.moderator()
                : byId.stream().map(Talk::moderator).filter(Objects::nonNull).findFirst().orElse(null);
        return new Talk(first.workId(), first.recordId(), first.title(), authors, first.room(), moderator, first.sessionId(),
                first.start(), first.end(), first.zoneNote(), List.copyOf(sources.values()));
    }
}
