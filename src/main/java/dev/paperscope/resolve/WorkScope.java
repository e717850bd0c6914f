package dev.paperscope.resolve;

import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The records a change can affect, so that resolving only them ({@link WorkResolver#resolveScoped}) gives
 * their works exactly as a resolution of the whole catalog would, and every other record keeps its work.
 * The scope is the closure, over the current records, of:
 * <ul>
 *   <li><b>seeds</b>: the changed records (new versions); the current members of the previous works of
 *       changed and removed records; records whose rarest title word moved because a changed title changed
 *       word frequencies; every member of a block whose size crossed {@link Blocks#MAX_BLOCK} (it was
 *       compared and is not, or the other way round); title-less records sharing a last name with an
 *       author of a changed record (their author blocks and candidate lists may have changed); blog posts
 *       that name an old title of a changed record;</li>
 *   <li><b>links</b> between current records: a kept block; a previous work; a title-less record and
 *       the titled records it may join ({@link UntitledJoin}); a post and every paper whose title it may
 *       name ({@link BlogAbout}); a user's merge or split.</li>
 * </ul>
 * Records outside the scope share no block, candidate, post or decision with one inside, so nothing
 * they were compared with changed, and their works stay as stored. This is the definition over records
 * in memory; an incremental resolution finds the same closure (or a closed superset) with
 * {@link ScopeSearch} over the stored resolution keys, without reading every record.
 */
public final class WorkScope {
    /**
     * What the previous resolution knew of a record that is gone or changed: its title (stated or
     * recovered, null without), whether it was a blog post, and its stored author keys.
     */
    public record Previous(String id, String title, boolean blogPost, List<String> authorKeys) {
        public Previous {
            Objects.requireNonNull(id, "id");
            authorKeys = List.copyOf(authorKeys);
        }
    }

    private WorkScope() {
    }

    /**
     * The closed scope of a change. {@code changed}: current records that are new or may have changed (all
     * records of a changed file, records whose recovered title changed); {@code previous}: what was known of
     * the changed and removed records before; {@code previousWorks}: the stored works, id → record ids.
     */
    public static Set<String> of(List<SourceRecord> records, Map<String, TitleRecovery> recoveries, Set<String> changed,
                                 List<Previous> previous, Map<String, List<String>> previousWorks, Constraints constraints) {
        Map<String, TitleKey> titles = WorkResolver.titleKeys(records, recoveries);
        Map<String, Integer> frequency = Blocks.wordFrequency(titles.values());
        Map<String, Integer> oldFrequency = new HashMap<>(frequency);
        Set<String> dirty = new HashSet<>();
        Map<String, Integer> added = new HashMap<>();
        Map<String, Integer> dropped = new HashMap<>();
        for (String id : changed) {
            Set<String> words = new LinkedHashSet<>(titles.get(id).tokens());
            words.forEach(w -> oldFrequency.merge(w, -1, Integer::sum));
            dirty.addAll(words);
        }
        List<TitleKey> oldTitles = new ArrayList<>();
        for (Previous p : previous) {
            TitleKey t = TitleKey.of(p.title() == null ? "" : p.title());
            oldTitles.add(t);
            Set<String> words = new LinkedHashSet<>(t.tokens());
            words.forEach(w -> oldFrequency.merge(w, 1, Integer::sum));
            dirty.addAll(words);
        }
        for (String id : changed) {
            titleKeys(titles.get(id), frequency).forEach(k -> added.merge(k, 1, Integer::sum));
        }
        for (TitleKey t : oldTitles) {
            titleKeys(t, oldFrequency).forEach(k -> dropped.merge(k, 1, Integer::sum));
        }
        Set<String> seeds = new LinkedHashSet<>(changed);
        for (SourceRecord r : records) {
            TitleKey t = titles.get(r.id());
            if (changed.contains(r.id()) || t.isEmpty() || t.tokens().stream().noneMatch(dirty::contains)) {
                continue;
            }
            String before = Blocks.rarestWord(t, oldFrequency).orElse(null);
            String after = Blocks.rarestWord(t, frequency).orElse(null);
            if (!Objects.equals(before, after)) {
                seeds.add(r.id());
                if (after != null) {
                    added.merge("w:" + after, 1, Integer::sum);
                }
                if (before != null) {
                    dropped.merge("w:" + before, 1, Integer::sum);
                }
            }
        }
        Map<String, java.util.Set<String>> blocks = Blocks.members(records, titles, frequency);
        Set<String> touched = new HashSet<>(added.keySet());
        touched.addAll(dropped.keySet());
        for (String key : touched) {
            Set<String> members = blocks.getOrDefault(key, Set.of());
            int before = members.size() - added.getOrDefault(key, 0) + dropped.getOrDefault(key, 0);
            if ((before > Blocks.MAX_BLOCK) != (members.size() > Blocks.MAX_BLOCK)) {
                seeds.addAll(members);
            }
        }
        Map<String, String> workOf = new HashMap<>();
        previousWorks.forEach((work, ids) -> ids.forEach(id -> workOf.put(id, work)));
        Set<String> lastNames = new HashSet<>();
        Map<String, SourceRecord> byId = new HashMap<>();
        records.forEach(r -> byId.put(r.id(), r));
        for (String id : changed) {
            AuthorOverlap.keys(byId.get(id).authors()).forEach(k -> lastNames.add(lastName(k)));
        }
        for (Previous p : previous) {
            p.authorKeys().forEach(k -> lastNames.add(lastName(k)));
            String work = workOf.get(p.id());
            if (work != null) {
                previousWorks.get(work).stream().filter(byId::containsKey).forEach(seeds::add);
            }
        }
        Links links = new Links(records, titles);
        links.untitledSharingLastNames(lastNames).forEach(seeds::add);
        Set<String> oldTitleKeys = new HashSet<>();
        for (int i = 0; i < previous.size(); i++) {
            if (!previous.get(i).blogPost() && !oldTitles.get(i).isEmpty()) {
                oldTitleKeys.add(oldTitles.get(i).normalized());
            }
        }
        UnionFind sets = links.join(blocks, previousWorks, constraints, oldTitleKeys, seeds);
        Set<String> roots = new HashSet<>();
        seeds.forEach(id -> roots.add(sets.find(id)));
        Set<String> scope = new HashSet<>();
        records.stream().map(SourceRecord::id).filter(id -> roots.contains(sets.find(id))).forEach(scope::add);
        return scope;
    }

    private static List<String> titleKeys(TitleKey t, Map<String, Integer> frequency) {
        if (t.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add("t:" + t.normalized());
        Blocks.rarestWord(t, frequency).ifPresent(w -> out.add("w:" + w));
        return out;
    }

    static String lastName(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    /** The links between current records that can carry a change from one to another. */
    private static final class Links {
        private final List<SourceRecord> records;
        private final Map<String, TitleKey> titles;

        Links(List<SourceRecord> records, Map<String, TitleKey> titles) {
            this.records = records;
            this.titles = titles;
        }

        private boolean untitled(SourceRecord r) {
            return titles.get(r.id()).isEmpty() && !r.authors().isEmpty();
        }

        List<String> untitledSharingLastNames(Set<String> lastNames) {
            List<String> out = new ArrayList<>();
            for (SourceRecord r : records) {
                if (untitled(r) && AuthorOverlap.keys(r.authors()).stream().anyMatch(k -> lastNames.contains(lastName(k)))) {
                    out.add(r.id());
                }
            }
            return out;
        }

        /** Joins linked records; adds to {@code seeds} the posts that may name one of {@code oldTitles}. */
        UnionFind join(Map<String, Set<String>> blocks, Map<String, List<String>> previousWorks, Constraints constraints,
                       Set<String> oldTitles, Set<String> seeds) {
            UnionFind sets = new UnionFind();
            Set<String> present = new HashSet<>(titles.keySet());
            for (Set<String> block : blocks.values()) {
                if (block.size() > 1 && block.size() <= Blocks.MAX_BLOCK) {
                    joinAll(sets, block);
                }
            }
            previousWorks.values().forEach(ids -> joinAll(sets, ids.stream().filter(present::contains).toList()));
            for (Constraints.Link l : constraints.mustLink()) {
                joinPresent(sets, present, l);
            }
            for (Constraints.Link l : constraints.cannotLink()) {
                joinPresent(sets, present, l);
            }
            joinUntitledCandidates(sets);
            joinPostsAndPapers(sets, oldTitles, seeds);
            return sets;
        }

        private void joinUntitledCandidates(UnionFind sets) {
            Set<String> wanted = new HashSet<>();
            Map<String, Set<String>> keysOfUntitled = new HashMap<>();
            for (SourceRecord r : records) {
                if (untitled(r)) {
                    Set<String> keys = AuthorOverlap.keys(r.authors());
                    keysOfUntitled.put(r.id(), keys);
                    wanted.addAll(keys);
                }
            }
            if (wanted.isEmpty()) {
                return;
            }
            Map<String, List<String>> titledByAuthor = new HashMap<>();
            for (SourceRecord r : records) {
                if (!titles.get(r.id()).isEmpty()) {
                    AuthorOverlap.keys(r.authors()).stream().filter(wanted::contains)
                            .forEach(k -> titledByAuthor.computeIfAbsent(k, x -> new ArrayList<>()).add(r.id()));
                }
            }
            keysOfUntitled.forEach((id, keys) -> keys.forEach(k -> {
                List<String> titled = titledByAuthor.getOrDefault(k, List.of());
                if (titled.size() <= Blocks.MAX_BLOCK) {
                    titled.forEach(t -> sets.union(id, t));
                }
            }));
        }

        private void joinPostsAndPapers(UnionFind sets, Set<String> oldTitles, Set<String> seeds) {
            Map<String, List<String>> papersByTitle = new HashMap<>();
            int longest = 0;
            for (SourceRecord r : records) {
                TitleKey t = titles.get(r.id());
                if (r.kind() != RecordKind.BLOG_POST && !t.isEmpty()) {
                    papersByTitle.computeIfAbsent(t.normalized(), k -> new ArrayList<>()).add(r.id());
                    longest = Math.max(longest, t.tokens().size());
                }
            }
            Set<String> known = new HashSet<>(papersByTitle.keySet());
            known.addAll(oldTitles);
            longest = Math.max(longest, oldTitles.stream().mapToInt(t -> t.split(" ").length).max().orElse(0));
            for (SourceRecord post : records) {
                if (post.kind() != RecordKind.BLOG_POST) {
                    continue;
                }
                for (String title : BlogAbout.namedTitles(post, known, longest)) {
                    papersByTitle.getOrDefault(title, List.of()).forEach(p -> sets.union(post.id(), p));
                    if (oldTitles.contains(title)) {
                        seeds.add(post.id());
                    }
                }
            }
        }

        private static void joinAll(UnionFind sets, java.util.Collection<String> ids) {
            String first = null;
            for (String id : ids) {
                if (first == null) {
                    first = id;
                } else {
                    sets.union(first, id);
                }
            }
        }

        private static void joinPresent(UnionFind sets, Set<String> present, Constraints.Link l) {
            if (present.contains(l.a()) && present.contains(l.b())) {
                sets.union(l.a(), l.b());
            }
        }
    }
}
