package dev.paperscope.resolve;

import dev.paperscope.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The closure of {@link WorkScope} as a search: from the seeds, follow the links a whole resolution could
 * carry a change along (a kept block, a title-less record's candidates, a post and the papers whose titles
 * it may name, a previous work, a user's decision) through keyed look-ups ({@link Lookup}), reading a
 * record only when it enters the scope. The links followed are those of {@link WorkScope#of}, or a superset
 * of them (a post is linked to every paper whose title starts with a run of its words): any union of
 * closed sets is closed, so the result is still exact, never smaller than needed.
 */
public final class ScopeSearch {
    /** What the search asks of the catalog, all as of now (the change applied). */
    public interface Lookup {
        /** The current source records among these ids (absent: gone or never a source record). */
        Map<String, SourceRecord> records(Collection<String> ids);

        /** The title resolution compares a record by: stated, else recovered. */
        TitleKey title(SourceRecord r);

        /** How many current records carry each key ({@link RecordKeys}); absent means none. */
        Map<String, Integer> counts(Collection<String> keys);

        /** The current records carrying each key. */
        Map<String, List<String>> members(Collection<String> keys);

        /** Every record that shared a stored work with one of these. */
        Collection<String> previousWorkMates(Collection<String> ids);
    }

    private ScopeSearch() {
    }

    /** The current records reachable from {@code seeds}, the seeds included (those that are current records). */
    public static Set<String> closure(Lookup lookup, Collection<String> seeds, Constraints constraints) {
        return closure(lookup, seeds, constraints, Integer.MAX_VALUE);
    }

    /**
     * As above, but stops as soon as more than {@code limit} records are in (the caller resolves everything
     * instead): the result is then more than {@code limit} records, not the whole closure.
     */
    public static Set<String> closure(Lookup lookup, Collection<String> seeds, Constraints constraints, int limit) {
        Map<String, Set<String>> decided = new HashMap<>();
        List<Constraints.Link> links = new ArrayList<>(constraints.mustLink());
        links.addAll(constraints.cannotLink());
        for (Constraints.Link l : links) {
            decided.computeIfAbsent(l.a(), k -> new TreeSet<>()).add(l.b());
            decided.computeIfAbsent(l.b(), k -> new TreeSet<>()).add(l.a());
        }
        Set<String> visited = new LinkedHashSet<>(seeds);
        Set<String> scope = new LinkedHashSet<>();
        Collection<String> frontier = new ArrayList<>(visited);
        while (!frontier.isEmpty()) {
            Map<String, SourceRecord> records = lookup.records(frontier);
            scope.addAll(records.keySet());
            if (scope.size() > limit) {
                return scope;
            }
            Set<String> next = new LinkedHashSet<>(follow(lookup, records.values()));
            next.addAll(lookup.previousWorkMates(records.keySet()));
            records.keySet().forEach(id -> next.addAll(decided.getOrDefault(id, Set.of())));
            next.removeAll(visited);
            visited.addAll(next);
            frontier = next;
        }
        return scope;
    }

    /** The records linked to these by keys: kept blocks, title-less candidates, posts and the papers they may name. */
    private static Set<String> follow(Lookup lookup, Collection<SourceRecord> records) {
        Map<String, TitleKey> titles = new LinkedHashMap<>();
        Set<String> words = new TreeSet<>();
        for (SourceRecord r : records) {
            TitleKey t = lookup.title(r);
            titles.put(r.id(), t);
            t.tokens().forEach(w -> words.add(RecordKeys.WORD + w));
        }
        Map<String, Integer> frequency = lookup.counts(words);
        Set<String> sized = new TreeSet<>();
        Set<String> always = new TreeSet<>();
        Map<String, String> candidateLists = new LinkedHashMap<>(); // key whose members to follow -> the list whose size decides
        for (SourceRecord r : records) {
            TitleKey t = titles.get(r.id());
            for (String k : RecordKeys.of(r, t, w -> frequency.getOrDefault(RecordKeys.WORD + w, 0))) {
                if (k.startsWith(RecordKeys.TITLE) || k.startsWith(RecordKeys.RAREST) || k.startsWith(RecordKeys.UNTITLED_AUTHOR)) {
                    sized.add(k);
                } else if (k.startsWith(RecordKeys.POST_RUN)) {
                    always.add(RecordKeys.PAPER_START + k.substring(RecordKeys.POST_RUN.length()));
                } else if (k.startsWith(RecordKeys.POST_STATED)) {
                    always.add(RecordKeys.PAPER_TITLE + k.substring(RecordKeys.POST_STATED.length()));
                } else if (k.startsWith(RecordKeys.PAPER_TITLE)) {
                    always.add(RecordKeys.POST_STATED + k.substring(RecordKeys.PAPER_TITLE.length()));
                } else if (k.startsWith(RecordKeys.PAPER_START)) {
                    always.add(RecordKeys.POST_RUN + k.substring(RecordKeys.PAPER_START.length()));
                }
            }
            if (!r.authors().isEmpty()) {
                for (String a : RecordKeys.authorKeys(r)) {
                    candidateLists.put((t.isEmpty() ? RecordKeys.TITLED_AUTHOR : RecordKeys.UNTITLED_AUTHOR) + a, RecordKeys.TITLED_AUTHOR + a);
                }
            }
        }
        Set<String> countsWanted = new TreeSet<>(sized);
        countsWanted.addAll(candidateLists.values());
        Map<String, Integer> counts = lookup.counts(countsWanted);
        Set<String> followed = new TreeSet<>(always);
        sized.stream().filter(k -> counts.getOrDefault(k, 0) > 1 && counts.getOrDefault(k, 0) <= RecordKeys.MAX_BLOCK).forEach(followed::add);
        candidateLists.forEach((k, list) -> {
            if (counts.getOrDefault(list, 0) <= RecordKeys.MAX_BLOCK) {
                followed.add(k);
            }
        });
        Set<String> out = new LinkedHashSet<>();
        lookup.members(followed).values().forEach(out::addAll);
        return out;
    }
}
