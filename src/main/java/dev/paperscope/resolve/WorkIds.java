package dev.paperscope.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Keeps work ids across resolutions. Each new work takes the id of the previous work it shares the most
 * records with, each previous id going to at most one new work: pairs are taken by shared records (most
 * first), then previous id, then the new work's own id, so ties are deterministic. A merge therefore keeps
 * the id of the larger part and a split leaves the old id on the larger part. A new work that inherits no
 * id keeps its own ({@link WorkResolver}'s, from its smallest record id). Every previous id that is not
 * kept redirects to the new work holding most of its records (none when all its records are gone).
 */
public final class WorkIds {
    private WorkIds() {
    }

    /** The works with their kept ids, and where each previous id that is no longer a work went. */
    public record Assignment(List<Work> works, Map<String, String> redirects) {
        public Assignment {
            works = List.copyOf(works);
            redirects = Collections.unmodifiableMap(new TreeMap<>(redirects));
        }
    }

    /** {@code previous}: the stored works before this resolution, id → record ids. */
    public static Assignment assign(List<Work> fresh, Map<String, List<String>> previous) {
        return assign(fresh, previous, Set.of());
    }

    /**
     * As {@link #assign(List, Map)} for part of the catalog: {@code previous} holds the previous works that
     * share records with {@code fresh}, and {@code reserved} every other id a work has now (never given to a new work).
     */
    public static Assignment assign(List<Work> fresh, Map<String, List<String>> previous, Set<String> reserved) {
        return assign(fresh, previous, (Predicate<String>) reserved::contains);
    }

    /** As above, with {@code reserved} asked id by id (an incremental resolution looks the stored works up). */
    public static Assignment assign(List<Work> fresh, Map<String, List<String>> previous, Predicate<String> reserved) {
        Map<String, String> previousOf = new HashMap<>();
        previous.forEach((id, records) -> records.forEach(r -> previousOf.put(r, id)));
        List<Share> shares = new ArrayList<>();
        for (Work w : fresh) {
            Map<String, Integer> counts = new TreeMap<>();
            w.recordIds().stream().map(previousOf::get).filter(Objects::nonNull).forEach(p -> counts.merge(p, 1, Integer::sum));
            counts.forEach((p, n) -> shares.add(new Share(p, w.id(), n)));
        }
        shares.sort(Comparator.comparingInt(Share::count).reversed().thenComparing(Share::previous).thenComparing(Share::fresh));
        Map<String, String> kept = new HashMap<>(); // fresh id -> previous id
        Set<String> taken = new HashSet<>();
        for (Share s : shares) {
            if (!kept.containsKey(s.fresh()) && !taken.contains(s.previous())) {
                kept.put(s.fresh(), s.previous());
                taken.add(s.previous());
            }
        }
        Set<String> used = new HashSet<>(kept.values());
        Map<String, String> finalIds = new LinkedHashMap<>();
        for (Work w : fresh) {
            String id = kept.get(w.id());
            if (id == null) {
                // A previous id that went to another work (or redirects) is never taken over by an unrelated one.
                id = w.id();
                for (int n = 2; used.contains(id) || previous.containsKey(id) || reserved.test(id); n++) {
                    id = w.id() + "-" + n;
                }
            }
            used.add(id);
            finalIds.put(w.id(), id);
        }
        List<Work> works = new ArrayList<>(fresh.size());
        for (Work w : fresh) {
            works.add(w.withId(finalIds.get(w.id())));
        }
        works.sort(Comparator.comparing(Work::id));
        Map<String, String> redirects = new TreeMap<>();
        for (String old : previous.keySet()) {
            if (used.contains(old)) {
                continue;
            }
            shares.stream().filter(s -> s.previous().equals(old)).findFirst()
                    .ifPresent(s -> redirects.put(old, finalIds.get(s.fresh())));
        }
        return new Assignment(works, redirects);
    }

    private record Share(String previous, String fresh, int count) {
    }
}
