package dev.paperscope.resolve;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** {@link IncrementalIdentities.Names} over records held in memory (by brute force), counting the records whose names are read. */
final class InMemoryNames implements IncrementalIdentities.Names {
    final Map<String, List<String>> authors;
    final Map<String, List<String>> stored;
    int recordsRead;

    InMemoryNames(Map<String, List<String>> authors, Map<String, List<String>> stored) {
        this.authors = authors;
        this.stored = stored;
    }

    /** Each record's author keys over all records, as {@code Resolver.authorKeys} computes them. */
    static Map<String, List<String>> global(Map<String, List<String>> authors) {
        AuthorIdentities identities = AuthorIdentities.ofAuthors(authors);
        Map<String, List<String>> out = new TreeMap<>();
        authors.forEach((id, names) -> {
            Set<String> keys = new TreeSet<>();
            names.forEach(a -> identities.find(a).ifPresent(i -> keys.addAll(i.keys())));
            if (!keys.isEmpty()) {
                out.put(id, List.copyOf(keys));
            }
        });
        return out;
    }

    private static PersonName parse(String written) {
        try {
            return PersonName.parse(written);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Set<PersonName> all() {
        Set<PersonName> out = new java.util.HashSet<>();
        authors.values().forEach(list -> list.stream().map(InMemoryNames::parse).filter(n -> n != null).forEach(out::add));
        return out;
    }

    @Override
    public Map<String, Set<String>> recordsByKey(Collection<String> keys) {
        Map<String, Set<String>> out = new TreeMap<>();
        authors.forEach((id, list) -> list.stream().map(InMemoryNames::parse).filter(n -> n != null && keys.contains(n.key()))
                .forEach(n -> out.computeIfAbsent(n.key(), k -> new TreeSet<>()).add(id)));
        return out;
    }

    @Override
    public Map<String, List<String>> spellingsOf(Collection<String> recordIds) {
        Map<String, List<String>> out = new HashMap<>();
        for (String id : new TreeSet<>(recordIds)) {
            List<String> list = authors.get(id);
            if (list != null) {
                recordsRead++;
                List<String> names = list.stream().filter(a -> parse(a) != null).distinct().toList();
                if (!names.isEmpty()) {
                    out.put(id, names);
                }
            }
        }
        return out;
    }

    @Override
    public Set<String> keysWithFirst(String first, int minLength, int maxLength) {
        Set<String> out = new TreeSet<>();
        all().stream().filter(n -> n.first().equals(first) && n.last().length() >= minLength && n.last().length() <= maxLength)
                .forEach(n -> out.add(n.key()));
        return out;
    }

    @Override
    public Set<String> keysWithLast(String last, String firstPrefix) {
        Set<String> out = new TreeSet<>();
        all().stream().filter(n -> n.last().equals(last) && n.first().startsWith(firstPrefix)).forEach(n -> out.add(n.key()));
        return out;
    }

    @Override
    public Set<String> keysListing(String variant) {
        Set<String> out = new TreeSet<>();
        all().stream().filter(n -> !n.key().equals(variant) && n.keys().contains(variant)).forEach(n -> out.add(n.key()));
        return out;
    }

    @Override
    public Map<String, List<String>> storedKeys(Collection<String> recordIds) {
        Map<String, List<String>> out = new HashMap<>();
        recordIds.forEach(id -> {
            if (stored.containsKey(id)) {
                out.put(id, stored.get(id));
            }
        });
        return out;
    }
}
