package dev.paperscope.resolve;

import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.Sha256;
import dev.paperscope.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups source records into works. Rules, strongest first; a pair must pass one, and precision comes
 * first:
 * <ol>
 *   <li><b>same title</b>: equal {@link TitleKey}s of at least three words, same kind of record (a blog
 *       post is not the paper it discusses), years at most one apart, and not two author lists that share
 *       nobody;</li>
 *   <li><b>near title</b>: title word overlap of at least 0.8 and at least half of the shorter author
 *       list shared;</li>
 *   <li><b>same abstract</b>: for records without a title, abstract word overlap of at least 0.6 and at
 *       least half of the shorter author list shared.</li>
 * </ol>
 * Then, over the works those rules made, a title-less record joins the one titled work whose authors
 * agree strongly with its own ({@link UntitledJoin}; it abstains when two titled works qualify).
 * Titles recovered from reference data count as titles here. Records are compared only within blocks
 * (same title key, shared rare title word, shared author), never all pairs.
 */
public final class WorkResolver {
    static final double NEAR_TITLE = 0.8;
    static final double SAME_ABSTRACT = 0.6;

    private WorkResolver() {
    }

    public static List<Work> resolve(List<SourceRecord> records, Map<String, TitleRecovery> recoveries) {
        return resolve(records, recoveries, Constraints.NONE);
    }

    /**
     * As {@link #resolve(List, Map)}, with users' decisions applied first: hand merges join records
     * whatever the rules say, and no merge (by hand or by rule) may join records a hand split keeps apart.
     * Constraints naming records no longer in the catalog are ignored.
     */
    public static List<Work> resolve(List<SourceRecord> records, Map<String, TitleRecovery> recoveries, Constraints constraints) {
        return resolve(records, recoveries, constraints, null, null);
    }

    /**
     * The works of the records in {@code scope} only, as {@link #resolve(List, Map, Constraints)} over all of
     * {@code records} would make them, provided the scope is closed ({@link WorkScope}): no block, candidate or
     * decision links a record inside it to one outside. Word frequencies, block sizes and titles named by
     * posts are still taken from all records; only the comparisons and the works are limited to the scope.
     */
    public static List<Work> resolveScoped(List<SourceRecord> records, Map<String, TitleRecovery> recoveries, Constraints constraints,
                                           Set<String> scope) {
        return resolve(records, recoveries, constraints, java.util.Objects.requireNonNull(scope, "scope"), null);
    }

    /**
     * The works of {@code scope}, a closed part of the catalog ({@link WorkScope}) in catalog order, as a whole
     * resolution would make them: word frequencies, block sizes and title-less candidate list sizes come from
     * the whole catalog's {@code counts}; only these records are read and compared.
     */
    public static List<Work> resolveScoped(List<SourceRecord> scope, Map<String, TitleRecovery> recoveries, Constraints constraints,
                                           KeyCounts counts) {
        return resolve(scope, recoveries, constraints, null, java.util.Objects.requireNonNull(counts, "counts"));
    }

    private static List<Work> resolve(List<SourceRecord> records, Map<String, TitleRecovery> recoveries, Constraints constraints,
                                      Set<String> scope, KeyCounts counts) {
        Map<String, SourceRecord> byId = new LinkedHashMap<>();
        records.forEach(r -> byId.put(r.id(), r));
        Map<String, TitleKey> titles = titleKeys(records, recoveries);
        UnionFind sets = new UnionFind();
        List<Merge> merges = new ArrayList<>();
        for (Constraints.Link link : constraints.mustLink()) {
            if (byId.containsKey(link.a()) && byId.containsKey(link.b()) && (scope == null || scope.contains(link.a()))
                    && !constraints.forbids(sets, link.a(), link.b())
                    && sets.union(link.a(), link.b())) {
                merges.add(new Merge(link.a(), link.b(), "user-merge", 1.0, "merged by hand (decision " + link.decision() + ")"));
            }
        }
        Map<String, AuthorOverlap.People> people = new HashMap<>();
        for (List<String> block : counts == null ? Blocks.of(records, titles) : Blocks.of(records, titles, counts)) {
            if (scope != null && !scope.contains(block.getFirst())) {
                continue;
            }
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    SourceRecord a = byId.get(block.get(i));
                    SourceRecord b = byId.get(block.get(j));
                    AuthorOverlap.People pa = people.computeIfAbsent(a.id(), k -> AuthorOverlap.People.of(a.authors()));
                    AuthorOverlap.People pb = people.computeIfAbsent(b.id(), k -> AuthorOverlap.People.of(b.authors()));
                    Rules.judge(a, b, titles.get(a.id()), titles.get(b.id()), pa, pb).ifPresent(m -> {
                        if (!constraints.forbids(sets, a.id(), b.id()) && sets.union(a.id(), b.id())) {
                            merges.add(m);
                        }
                    });
                }
            }
        }
        merges.addAll(UntitledJoin.apply(records, titles, people, sets, constraints, scope, counts));
        return works(records, titles, recoveries, sets, merges, scope);
    }

    static Map<String, TitleKey> titleKeys(List<SourceRecord> records, Map<String, TitleRecovery> recoveries) {
        Map<String, TitleKey> keys = new HashMap<>();
        for (SourceRecord r : records) {
            String title = r.title() != null ? r.title() : recoveries.containsKey(r.id()) ? recoveries.get(r.id()).title() : null;
            keys.put(r.id(), title == null ? TitleKey.of("") : TitleKey.of(title));
        }
        return keys;
    }

    private static List<Work> works(List<SourceRecord> records, Map<String, TitleKey> titles, Map<String, TitleRecovery> recoveries,
                                    UnionFind sets, List<Merge> merges, Set<String> scope) {
        Map<String, List<SourceRecord>> members = new TreeMap<>();
        for (SourceRecord r : records) {
            if (scope != null && !scope.contains(r.id())) {
                continue;
            }
            members.computeIfAbsent(sets.find(r.id()), k -> new ArrayList<>()).add(r);
        }
        Map<String, List<Merge>> mergesByRoot = new HashMap<>();
        for (Merge m : merges) {
            mergesByRoot.computeIfAbsent(sets.find(m.left()), k -> new ArrayList<>()).add(m);
        }
        Map<String, List<About>> aboutByRoot = new HashMap<>();
        for (About a : BlogAbout.find(records, titles, sets, scope)) {
            aboutByRoot.computeIfAbsent(sets.find(a.post()), k -> new ArrayList<>()).add(a);
            if (!sets.find(a.paper()).equals(sets.find(a.post()))) {
                aboutByRoot.computeIfAbsent(sets.find(a.paper()), k -> new ArrayList<>()).add(a);
            }
        }
        List<Work> works = new ArrayList<>();
        members.forEach((root, rs) -> works.add(new Work(workId(root), displayTitle(rs, recoveries),
                rs.stream().map(SourceRecord::id).toList(), mergesByRoot.getOrDefault(root, List.of()), aboutByRoot.getOrDefault(root, List.of()))));
        works.sort(Comparator.comparing(Work::id));
        return works;
    }

    /** A title stated by a page wins over a recovered one; among stated titles, the most common, then the longest. */
    private static String displayTitle(List<SourceRecord> records, Map<String, TitleRecovery> recoveries) {
        Map<String, Integer> counts = new TreeMap<>();
        records.stream().map(SourceRecord::title).filter(t -> t != null).forEach(t -> counts.merge(t, 1, Integer::sum));
        if (counts.isEmpty()) {
            return records.stream().map(r -> recoveries.get(r.id())).filter(t -> t != null).map(TitleRecovery::title)
                    .findFirst().orElse(null);
        }
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue()).thenComparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getKey).orElseThrow();
    }

    /** Named after the smallest record id in it: the same records always make the same work id. */
    static String workId(String smallestRecordId) {
        return "w" + Sha256.hex(smallestRecordId).substring(0, 15);
    }

    static boolean sameKindClass(SourceRecord a, SourceRecord b) {
        return (a.kind() == RecordKind.BLOG_POST) == (b.kind() == RecordKind.BLOG_POST);
    }
}
