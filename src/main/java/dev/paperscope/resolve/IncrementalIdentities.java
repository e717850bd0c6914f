package dev.paperscope.resolve;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Author identities after a change, computed from the part of the catalog the change can reach, with the
 * result {@link AuthorIdentities} gives over all records. Identities are the connected parts of a graph
 * over keys whose edges (middle-name variants; near last names or a short first name, with a co-author in
 * common and never on one list) depend only on the records carrying their two keys. So only edges at a
 * key of a changed or removed record (before or after) can differ, and the keys whose identity can change
 * lie in the stored identities ({@link Names#storedKeys}) of those keys and of their new partners. Those
 * keys' records are read and their identities computed afresh: a set of whole stored identities closed
 * under the new edges has the same identities computed alone as within all records.
 */
public final class IncrementalIdentities {
    private final Names names;
    private final Set<String> changed;
    private final Map<String, Set<String>> recordsOfKey = new HashMap<>();
    private final Map<String, Set<String>> keysOfRecord = new HashMap<>();
    private final Map<String, List<String>> spellings = new HashMap<>();

    /**
     * What the computation reads: the author names of the records as they are now (those of the changed
     * records already rewritten, those of removed ones gone), and the stored resolution's author keys.
     */
    public interface Names {
        /** The records that carry each of these keys (a key no record carries is absent). */
        Map<String, Set<String>> recordsByKey(Collection<String> keys);

        /** The written author names that parse as names, of each of these records. */
        Map<String, List<String>> spellingsOf(Collection<String> recordIds);

        /** Keys with this first name and a last name of {@code minLength} to {@code maxLength} letters. */
        Set<String> keysWithFirst(String first, int minLength, int maxLength);

        /** Keys with this last name and a first name that starts with {@code firstPrefix}. */
        Set<String> keysWithLast(String last, String firstPrefix);

        /** Keys one of whose spellings is also listed under {@code variant}. */
        Set<String> keysListing(String variant);

        /** The stored resolution's author keys of these records (absent: none). */
        Map<String, List<String>> storedKeys(Collection<String> recordIds);
    }

    private IncrementalIdentities(Names names, Set<String> changed) {
        this.names = names;
        this.changed = changed;
    }

    /**
     * The records whose author keys differ from the stored ones, with their keys now (empty: none, or the
     * record is gone), given the records changed or added and those removed since the stored resolution.
     */
    public static Map<String, List<String>> changes(Names names, Set<String> changed, Set<String> removed) {
        return new IncrementalIdentities(names, Set.copyOf(changed)).compute(removed);
    }

    /** The keys {@code key} is joined with now (no change assumed): the candidate lookup alone, for tests. */
    static Set<String> partnersOf(Names names, String key) {
        return new PartnerSearch(names, new IncrementalIdentities(names, Set.of())).partners(key);
    }

    private Map<String, List<String>> compute(Set<String> removed) {
        Set<String> touchedRecords = new TreeSet<>(changed);
        touchedRecords.addAll(removed);
        // Keys the change's records carried: their stored identities, whole.
        Set<String> scope = new TreeSet<>();
        names.storedKeys(touchedRecords).values().forEach(scope::addAll);
        Set<String> carried = new TreeSet<>();
        changed.forEach(id -> carried.addAll(keysOf(id)));
        Set<String> touched = new TreeSet<>(scope);
        touched.addAll(carried);
        cacheRecordsOf(touched);
        carried.forEach(k -> addStoredIdentity(k, scope));
        for (String key : touched) {
            for (String partner : new PartnerSearch(names, this).partners(key)) {
                addStoredIdentity(partner, scope);
            }
        }
        // The scope is a union of stored identities closed under the new edges: its keys' identities now.
        cacheRecordsOf(scope);
        Set<String> readRecords = new TreeSet<>();
        scope.forEach(k -> readRecords.addAll(recordsOf(k)));
        prefetch(readRecords);
        Map<String, List<String>> authors = new LinkedHashMap<>();
        readRecords.forEach(id -> authors.put(id, spellingsOfRecord(id)));
        Map<String, Set<String>> identityOf = new HashMap<>();
        for (AuthorIdentity identity : AuthorIdentities.ofAuthors(authors).all()) {
            identity.keys().stream().filter(scope::contains).forEach(k -> identityOf.put(k, identity.keys()));
        }
        Set<String> candidates = new TreeSet<>(readRecords);
        candidates.addAll(touchedRecords);
        Map<String, List<String>> stored = names.storedKeys(candidates);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String id : candidates) {
            List<String> before = stored.getOrDefault(id, List.of());
            Set<String> now = new TreeSet<>();
            if (!changed.contains(id) && !removed.contains(id)) {
                before.stream().filter(k -> !scope.contains(k)).forEach(now::add);
            }
            for (String k : readRecords.contains(id) || changed.contains(id) ? keysOf(id) : Set.<String>of()) {
                if (scope.contains(k)) {
                    now.addAll(identityOf.getOrDefault(k, Set.of(k)));
                } else if (!before.contains(k)) {
                    throw new IllegalStateException("record " + id + " carries '" + k + "', absent from its stored author keys");
                }
            }
            if (!List.copyOf(now).equals(before)) {
                out.put(id, List.copyOf(now));
            }
        }
        return out;
    }

    /**
     * Adds the stored identity of {@code key} (a union of stored identities holding it) to {@code scope}:
     * what the stored author keys of every unchanged record carrying it have in common; itself alone when
     * only changed records carry it (then it is new, or its stored identity came with their stored keys).
     */
    private void addStoredIdentity(String key, Set<String> scope) {
        if (scope.contains(key)) {
            return;
        }
        Set<String> unchanged = new TreeSet<>(recordsOf(key));
        unchanged.removeAll(changed);
        if (unchanged.isEmpty()) {
            scope.add(key);
            return;
        }
        Set<String> common = null;
        for (Map.Entry<String, List<String>> e : names.storedKeys(unchanged).entrySet()) {
            if (common == null) {
                common = new TreeSet<>(e.getValue());
            } else {
                common.retainAll(e.getValue());
            }
        }
        if (common == null || !common.contains(key)) {
            throw new IllegalStateException("the stored author keys of the records carrying '" + key + "' do not hold it");
        }
        scope.addAll(common);
    }

    /** The records carrying {@code key} now (cached). */
    Set<String> recordsOf(String key) {
        cacheRecordsOf(List.of(key));
        return recordsOfKey.get(key);
    }

    /** Reads the records carrying these keys together (one query for all), for {@link #recordsOf}. */
    void cacheRecordsOf(Collection<String> keys) {
        List<String> missing = keys.stream().filter(k -> !recordsOfKey.containsKey(k)).distinct().toList();
        if (!missing.isEmpty()) {
            Map<String, Set<String>> read = names.recordsByKey(missing);
            missing.forEach(k -> recordsOfKey.put(k, read.getOrDefault(k, Set.of())));
        }
    }

    /** The keys a record carries now (cached). */
    Set<String> keysOf(String recordId) {
        Set<String> keys = keysOfRecord.get(recordId);
        if (keys == null) {
            keys = new TreeSet<>();
            for (String written : spellingsOfRecord(recordId)) {
                keys.add(PersonName.parse(written).key());
            }
            keysOfRecord.put(recordId, keys);
        }
        return keys;
    }

    /** Reads the spellings of these records together (one query for all), for {@link #spellingsOfRecord}. */
    void prefetch(Collection<String> recordIds) {
        List<String> missing = recordIds.stream().filter(id -> !spellings.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            Map<String, List<String>> read = names.spellingsOf(missing);
            missing.forEach(id -> spellings.put(id, read.getOrDefault(id, List.of())));
        }
    }

    /** The spellings of a record now that parse as names (cached). */
    List<String> spellingsOfRecord(String recordId) {
        prefetch(List.of(recordId));
        return spellings.get(recordId).stream().filter(IncrementalIdentities::isName).toList();
    }

    private static boolean isName(String written) {
        try {
            PersonName.parse(written);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
