package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.Recovery;
import dev.paperscope.catalog.ResolveKeys;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.resolve.KeyCounts;
import dev.paperscope.resolve.RecordKeys;
import dev.paperscope.resolve.ScopeSearch;
import dev.paperscope.resolve.TitleKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The catalog as a changed set of records makes it, seen through the stored resolution keys
 * ({@link ResolveKeys}): the stored rows of records that changed, are gone or whose rarest title word moved
 * are replaced by their current keys in every count and member list, without rewriting the table. It finds
 * the seeds of {@link dev.paperscope.resolve.WorkScope} with keyed queries (records whose rarest word moved,
 * blocks that crossed {@link RecordKeys#MAX_BLOCK}, title-less records sharing a last name, posts naming an
 * old title, previous works) and answers the {@link ScopeSearch} and the scoped resolution's counts; it
 * reads a record only when asked for it.
 */
final class KeyedScope implements ScopeSearch.Lookup, KeyCounts {
    /**
     * Above this many titles holding a word, records whose rarest word it may have become are found by word
     * counts instead of from the word's titles (both exact; a test lowers it to take the second way).
     */
    static volatile int scanPostings = 2_000;
    private final Catalog catalog;
    private final ResolveKeys stored;
    private final Map<String, List<String>> staleKeys = new HashMap<>();
    private final Map<String, List<String>> freshKeys = new HashMap<>();
    private final Map<String, Integer> staleCount = new HashMap<>();
    private final Map<String, Integer> freshCount = new HashMap<>();
    private final Map<String, Set<String>> freshByKey = new HashMap<>();
    private final Map<String, Integer> storedCounts = new HashMap<>();
    private final Map<String, SourceRecord> records = new HashMap<>();
    private final Set<String> absent = new HashSet<>();
    private final Map<String, String> recoveredTitles = new HashMap<>();
    private final Map<String, Recovery> storedRecoveries = new HashMap<>();

    /**
     * {@code changed}: the current versions of changed records, with their current recovered titles;
     * {@code gone}: stored records that are no longer source records.
     */
    KeyedScope(Catalog catalog, Collection<SourceRecord> changed, Map<String, String> changedRecoveredTitles, Set<String> gone) {
        this.catalog = catalog;
        this.stored = catalog.derived().keys();
        Set<String> ids = new LinkedHashSet<>(gone);
        changed.forEach(r -> ids.add(r.id()));
        stale(stored.keysOf(ids));
        for (SourceRecord r : changed) {
            records.put(r.id(), r);
            if (changedRecoveredTitles.containsKey(r.id())) {
                recoveredTitles.put(r.id(), changedRecoveredTitles.get(r.id()));
            }
            Set<String> words = new TreeSet<>();
            title(r).tokens().forEach(w -> words.add(RecordKeys.WORD + w));
            fresh(r.id(), List.copyOf(words));
        }
        for (SourceRecord r : changed) {
            List<String> keys = new ArrayList<>(freshKeys.get(r.id()));
            RecordKeys.of(r, title(r), this::frequency).stream().filter(k -> !k.startsWith(RecordKeys.WORD)).forEach(keys::add);
            fresh(r.id(), keys);
        }
    }

    /** Every changed or gone record whose keys differ from the stored ones, plus records whose rarest word moved. */
    Set<String> overlaid() {
        Set<String> out = new TreeSet<>(staleKeys.keySet());
        out.addAll(freshKeys.keySet());
        return out;
    }

    /**
     * Finds the records whose rarest title word moved because word frequencies changed, and takes their new
     * rarest word into every count; returns them. A record moves only if its stored rarest word is one whose
     * count changed, or a word d whose count fell from f0 to f1 now beats its rarest word (counted within
     * [f1, f0]): those are found from d's titles when few hold d, else from the words counted in [f1, f0].
     */
    Set<String> moveRarestWords() {
        Set<String> dirty = new TreeSet<>();
        staleKeys.values().forEach(ks -> ks.stream().filter(k -> k.startsWith(RecordKeys.WORD)).forEach(dirty::add));
        freshKeys.values().forEach(ks -> ks.stream().filter(k -> k.startsWith(RecordKeys.WORD)).forEach(dirty::add));
        storedCounts(dirty);
        Set<String> candidates = new TreeSet<>();
        List<String> rarest = dirty.stream().map(k -> RecordKeys.RAREST + k.substring(RecordKeys.WORD.length())).toList();
        stored.members(rarest).values().forEach(candidates::addAll);
        List<String> scan = new ArrayList<>();
        for (String d : dirty) {
            int before = storedCounts.getOrDefault(d, 0);
            int after = count(d);
            if (after >= before) {
                continue;
            }
            if (before <= scanPostings) {
                scan.add(d);
            } else {
                List<String> words = stored.wordsCountedBetween(after, before).stream().map(w -> RecordKeys.RAREST + w).toList();
                candidates.addAll(stored.holdingBoth(d, words).keySet());
            }
        }
        Map<String, Map<String, String>> holders = stored.rarestOfHolders(scan);
        Set<String> theirRarest = new TreeSet<>();
        holders.values().forEach(h -> h.values().forEach(w -> theirRarest.add(RecordKeys.WORD + w.substring(RecordKeys.RAREST.length()))));
        storedCounts(theirRarest);
        holders.forEach((d, rarestById) -> rarestById.forEach((id, w) -> {
            int c = count(RecordKeys.WORD + w.substring(RecordKeys.RAREST.length()));
            if (c >= count(d) && c <= storedCounts.getOrDefault(d, 0)) {
                candidates.add(id);
            }
        }));
        candidates.removeAll(staleKeys.keySet());
        Map<String, List<String>> keysOf = withoutFiles(stored.keysOf(candidates));
        Set<String> words = new TreeSet<>();
        keysOf.values().forEach(ks -> ks.stream().filter(k -> k.startsWith(RecordKeys.WORD)).forEach(words::add));
        storedCounts(words);
        Set<String> moved = new TreeSet<>();
        Map<String, List<String>> movedKeys = new LinkedHashMap<>();
        keysOf.forEach((id, keys) -> {
            String before = keys.stream().filter(k -> k.startsWith(RecordKeys.RAREST)).findFirst().orElse(null);
            String after = keys.stream().filter(k -> k.startsWith(RecordKeys.WORD)).map(k -> k.substring(RecordKeys.WORD.length()))
                    .filter(w -> w.length() > 2)
                    .min(Comparator.comparingInt(this::frequency).thenComparing(w -> w)).map(w -> RecordKeys.RAREST + w).orElse(null);
            if (!Objects.equals(before, after)) {
                moved.add(id);
                List<String> now = new ArrayList<>(keys.stream().filter(k -> !k.startsWith(RecordKeys.RAREST)).toList());
                if (after != null) {
                    now.add(after);
                }
                movedKeys.put(id, now);
            }
        });
        stale(movedKeys.keySet().stream().collect(LinkedHashMap::new, (m, id) -> m.put(id, keysOf.get(id)), Map::putAll));
        movedKeys.forEach(this::fresh);
        return moved;
    }

    /**
     * The other seeds: every current member of a block or title-less candidate list whose size crossed the cap,
     * title-less records sharing a last name with a changed or gone record's author ({@code identityKeys}: their
     * stored author keys), and posts that may name an old title of a changed or gone paper.
     */
    Set<String> seeds(Collection<List<String>> identityKeys) {
        Set<String> keys = new TreeSet<>();
        staleKeys.values().forEach(keys::addAll);
        freshKeys.values().forEach(keys::addAll);
        Set<String> crossing = new TreeSet<>();
        List<String> sized = keys.stream().filter(k -> k.startsWith(RecordKeys.TITLE) || k.startsWith(RecordKeys.RAREST)
                || k.startsWith(RecordKeys.UNTITLED_AUTHOR) || k.startsWith(RecordKeys.TITLED_AUTHOR)).toList();
        storedCounts(sized);
        for (String k : sized) {
            if ((storedCounts.getOrDefault(k, 0) > RecordKeys.MAX_BLOCK) != (count(k) > RecordKeys.MAX_BLOCK)) {
                crossing.add(k);
                if (k.startsWith(RecordKeys.TITLED_AUTHOR)) {
                    crossing.add(RecordKeys.UNTITLED_AUTHOR + k.substring(RecordKeys.TITLED_AUTHOR.length()));
                }
            }
        }
        Set<String> lastNames = new TreeSet<>();
        for (String k : keys) {
            if (k.startsWith(RecordKeys.UNTITLED_AUTHOR) || k.startsWith(RecordKeys.TITLED_AUTHOR)) {
                lastNames.add(RecordKeys.UNTITLED_LAST_NAME + RecordKeys.lastName(k.substring(k.indexOf(':') + 1)));
            }
        }
        identityKeys.forEach(ks -> ks.forEach(k -> lastNames.add(RecordKeys.UNTITLED_LAST_NAME + RecordKeys.lastName(k))));
        crossing.addAll(lastNames);
        for (List<String> old : staleKeys.values()) {
            for (String k : old) {
                if (k.startsWith(RecordKeys.PAPER_TITLE)) {
                    String title = k.substring(RecordKeys.PAPER_TITLE.length());
                    crossing.add(RecordKeys.POST_STATED + title);
                    RecordKeys.start(List.of(title.split(" "))).ifPresent(s -> crossing.add(RecordKeys.POST_RUN + s));
                }
            }
        }
        Set<String> out = new TreeSet<>();
        members(crossing).values().forEach(out::addAll);
        return out;
    }

    /** The current keys of a record (its words counted as now). */
    List<String> keys(SourceRecord r) {
        return freshKeys.containsKey(r.id()) ? freshKeys.get(r.id()) : RecordKeys.of(r, title(r), this::frequency);
    }

    /** A title-less record's stored recovery, if it was read and has one (unchanged records only). */
    Optional<Recovery> storedRecovery(String id) {
        return Optional.ofNullable(storedRecoveries.get(id));
    }

    @Override
    public Map<String, SourceRecord> records(Collection<String> ids) {
        List<String> unread = ids.stream().filter(id -> !records.containsKey(id) && !absent.contains(id)).distinct().toList();
        if (!unread.isEmpty()) {
            List<SourceRecord> read = catalog.sourceRecords(unread);
            read.forEach(r -> records.put(r.id(), r));
            absent.addAll(unread);
            read.forEach(r -> absent.remove(r.id()));
            List<String> untitled = read.stream().filter(r -> r.title() == null).map(SourceRecord::id).toList();
            if (!untitled.isEmpty()) {
                catalog.derived().detailsOf(untitled).recoveries().forEach((id, rec) -> {
                    storedRecoveries.put(id, rec);
                    recoveredTitles.put(id, rec.title());
                });
            }
        }
        Map<String, SourceRecord> out = new LinkedHashMap<>();
        ids.stream().filter(records::containsKey).forEach(id -> out.put(id, records.get(id)));
        return out;
    }

    @Override
    public TitleKey title(SourceRecord r) {
        return RecordKeys.title(r, recoveredTitles.get(r.id()));
    }

    @Override
    public Map<String, Integer> counts(Collection<String> keys) {
        storedCounts(keys);
        Map<String, Integer> out = new HashMap<>();
        keys.forEach(k -> out.put(k, count(k)));
        return out;
    }

    @Override
    public int count(String key) {
        if (!storedCounts.containsKey(key)) {
            storedCounts(List.of(key));
        }
        return storedCounts.getOrDefault(key, 0) - staleCount.getOrDefault(key, 0) + freshCount.getOrDefault(key, 0);
    }

    @Override
    public Map<String, List<String>> members(Collection<String> keys) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        stored.members(keys).forEach((k, ids) -> ids.stream().filter(id -> !staleKeys.containsKey(id))
                .forEach(id -> out.computeIfAbsent(k, x -> new ArrayList<>()).add(id)));
        keys.forEach(k -> freshByKey.getOrDefault(k, Set.of()).forEach(id -> out.computeIfAbsent(k, x -> new ArrayList<>()).add(id)));
        return out;
    }

    @Override
    public Collection<String> previousWorkMates(Collection<String> ids) {
        Set<String> out = new LinkedHashSet<>();
        catalog.derived().membersOfWorks(new TreeSet<>(catalog.derived().workIdsOf(ids).values())).values().forEach(out::addAll);
        return out;
    }

    private void storedCounts(Collection<String> keys) {
        List<String> unknown = keys.stream().filter(k -> !storedCounts.containsKey(k)).distinct().toList();
        if (unknown.isEmpty()) {
            return;
        }
        Map<String, Integer> found = stored.counts(unknown);
        unknown.forEach(k -> storedCounts.put(k, found.getOrDefault(k, 0)));
    }

    private void stale(Map<String, List<String>> keysById) {
        withoutFiles(keysById).forEach((id, keys) -> {
            if (staleKeys.putIfAbsent(id, keys) == null) {
                keys.forEach(k -> staleCount.merge(k, 1, Integer::sum));
            }
        });
    }

    private void fresh(String id, List<String> keys) {
        List<String> before = freshKeys.put(id, keys);
        if (before != null) {
            before.forEach(k -> {
                freshCount.merge(k, -1, Integer::sum);
                freshByKey.get(k).remove(id);
            });
        }
        keys.forEach(k -> {
            freshCount.merge(k, 1, Integer::sum);
            freshByKey.computeIfAbsent(k, x -> new HashSet<>()).add(id);
        });
        staleKeys.putIfAbsent(id, List.of());
    }

    private static Map<String, List<String>> withoutFiles(Map<String, List<String>> keysById) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        keysById.forEach((id, keys) -> out.put(id, keys.stream().filter(k -> !k.startsWith("f:")).toList()));
        return out;
    }
}
