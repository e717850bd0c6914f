package dev.paperscope.resolve;

import dev.paperscope.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rule that joins a title-less record (an award or oral page that left titles out, with nothing
 * recovered for it) to the one titled work whose author list agrees strongly with its own: at least
 * {@link #MIN_SHARED} people shared, at least {@link #MIN_SHARE} of the longer list, and the same first
 * author. It runs after the pairwise rules, on works, so it can see competition: when two titled works
 * qualify (a team's two papers), it abstains. Precision first: a two-person team writes many papers
 * together, so two shared names are never enough; where both sides carry an abstract, abstracts with
 * almost no words in common veto the join.
 */
final class UntitledJoin {
    static final String RULE = "untitled-same-authors";
    static final int MIN_SHARED = 3;
    static final double MIN_SHARE = 0.75;
    /** Abstract word overlap below which two abstracts describe different papers. */
    static final double ABSTRACT_VETO = 0.1;

    private UntitledJoin() {
    }

    /** Joins qualifying title-less works to titled ones in {@code sets}; returns the merges made. */
    static List<Merge> apply(List<SourceRecord> records, Map<String, TitleKey> titles, Map<String, AuthorOverlap.People> people,
                             UnionFind sets, Constraints constraints) {
        return apply(records, titles, people, sets, constraints, null);
    }

    /** As above, joining only the title-less records in {@code scope} (null: all); candidates come from all records. */
    static List<Merge> apply(List<SourceRecord> records, Map<String, TitleKey> titles, Map<String, AuthorOverlap.People> people,
                             UnionFind sets, Constraints constraints, Set<String> scope) {
        return apply(records, titles, people, sets, constraints, scope, null);
    }

    /**
     * As above; {@code counts} (null: count {@code records}) gives the whole catalog's candidate list sizes when
     * {@code records} are a closed part of it ({@link WorkScope}), which then holds every kept candidate.
     */
    static List<Merge> apply(List<SourceRecord> records, Map<String, TitleKey> titles, Map<String, AuthorOverlap.People> people,
                             UnionFind sets, Constraints constraints, Set<String> scope, KeyCounts counts) {
        if (scope != null && records.stream().noneMatch(r -> scope.contains(r.id()) && titles.get(r.id()).isEmpty() && !r.authors().isEmpty())) {
            return List.of();
        }
        Map<String, List<String>> titledByAuthor = new HashMap<>();
        Set<String> titledRoots = new HashSet<>();
        for (SourceRecord r : records) {
            if (!titles.get(r.id()).isEmpty()) {
                titledRoots.add(sets.find(r.id()));
                AuthorOverlap.keys(r.authors()).forEach(k -> titledByAuthor.computeIfAbsent(k, x -> new ArrayList<>()).add(r.id()));
            }
        }
        Map<String, SourceRecord> byId = new HashMap<>();
        records.forEach(r -> byId.put(r.id(), r));
        List<Merge> merges = new ArrayList<>();
        for (SourceRecord r : records) {
            if (!titles.get(r.id()).isEmpty() || r.authors().isEmpty() || scope != null && !scope.contains(r.id())
                    || titledRoots.contains(sets.find(r.id()))) {
                continue;
            }
            AuthorOverlap.People mine = people(people, r);
            Map<String, Candidate> bestPerWork = new TreeMap<>();
            Set<String> seen = new LinkedHashSet<>();
            for (String key : mine.keys()) {
                List<String> ids = titledByAuthor.getOrDefault(key, List.of());
                if ((counts == null ? ids.size() : counts.count(RecordKeys.TITLED_AUTHOR + key)) <= Blocks.MAX_BLOCK) {
                    seen.addAll(ids);
                }
            }
            for (String id : seen) {
                SourceRecord titled = byId.get(id);
                judge(r, titled, mine, people(people, titled)).ifPresent(c ->
                        bestPerWork.merge(sets.find(id), c, (x, y) -> y.share() > x.share() ? y : x));
            }
            if (bestPerWork.size() != 1) {
                continue; // none, or two titled works compete: abstain
            }
            Candidate c = bestPerWork.values().iterator().next();
            if (!constraints.forbids(sets, r.id(), c.titled().id()) && sets.union(r.id(), c.titled().id())) {
                merges.add(new Merge(c.titled().id(), r.id(), RULE, Math.min(0.9, 0.6 + 0.3 * c.share()), c.evidence()));
            }
        }
        return merges;
    }

    private static AuthorOverlap.People people(Map<String, AuthorOverlap.People> cache, SourceRecord r) {
        return cache.computeIfAbsent(r.id(), k -> AuthorOverlap.People.of(r.authors()));
    }

    private record Candidate(SourceRecord titled, double share, String evidence) {
    }

    private static Optional<Candidate> judge(SourceRecord untitled, SourceRecord titled, AuthorOverlap.People mine, AuthorOverlap.People theirs) {
        if (!WorkResolver.sameKindClass(untitled, titled) || !yearsCompatible(untitled, titled)) {
            return Optional.empty();
        }
        AuthorOverlap overlap = AuthorOverlap.of(mine, theirs);
        if (overlap.shared() < MIN_SHARED || overlap.ofLonger() < MIN_SHARE || !sameFirstAuthor(mine, theirs)) {
            return Optional.empty();
        }
        String abstracts = "";
        if (untitled.abstractText() != null && titled.abstractText() != null) {
            double words = TitleKey.of(untitled.abstractText()).jaccard(TitleKey.of(titled.abstractText()));
            if (words < ABSTRACT_VETO) {
                return Optional.empty();
            }
            abstracts = String.format("; abstract word overlap %.2f", words);
        }
        return Optional.of(new Candidate(titled, overlap.ofLonger(), "no title; " + overlap.describe() + ", same first author, "
                + (sameOrder(mine, theirs) ? "shared authors in the same order" : "shared authors in another order") + abstracts
                + "; the only titled work with these authors"));
    }

    private static boolean yearsCompatible(SourceRecord a, SourceRecord b) {
        return a.year() == null || b.year() == null || Math.abs(a.year() - b.year()) <= 1;
    }

    private static boolean sameFirstAuthor(AuthorOverlap.People a, AuthorOverlap.People b) {
        return !a.persons().isEmpty() && !b.persons().isEmpty()
                && a.persons().getFirst().stream().anyMatch(b.persons().getFirst()::contains);
    }

    /** True when the people both lists name appear in the same relative order in each. */
    static boolean sameOrder(AuthorOverlap.People a, AuthorOverlap.People b) {
        Map<Integer, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < a.persons().size(); i++) {
            for (int j = 0; j < b.persons().size(); j++) {
                if (a.persons().get(i).stream().anyMatch(b.persons().get(j)::contains)) {
                    positions.putIfAbsent(i, j);
                    break;
                }
            }
        }
        int previous = -1;
        for (int j : positions.values()) {
            if (j < previous) {
                return false;
            }
            previous = j;
        }
        return true;
    }
}
