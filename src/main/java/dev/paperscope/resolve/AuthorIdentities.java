package dev.paperscope.resolve;

import dev.paperscope.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gathers author spellings into identities. Spellings with one {@link PersonName#key()} are one person
 * ("Rémi Munos", "REMI MUNOS"). Two keys are joined only with corroboration: the same first name, last
 * names one or two edits apart (a typo such as "Mirronki" for "Mirrokni"), and at least one co-author in
 * common. A key that is a middle-name variant of another ("J Zico Kolter" / "Zico Kolter") is joined the
 * same way, and so is a short form of a first name with the full one under the same last name ("Rapha" /
 * "Raphael Gontijo Lopes") when they share a co-author.
 */
public final class AuthorIdentities {
    private final List<AuthorIdentity> identities;
    private final Map<String, AuthorIdentity> byKey = new HashMap<>();

    private AuthorIdentities(List<AuthorIdentity> identities) {
        this.identities = List.copyOf(identities);
        identities.forEach(i -> i.keys().forEach(k -> byKey.put(k, i)));
    }

    public static AuthorIdentities of(List<SourceRecord> records) {
        Map<String, List<String>> authors = new LinkedHashMap<>();
        records.forEach(r -> authors.put(r.id(), r.authors()));
        return ofAuthors(authors);
    }

    /** As {@link #of}, from each record's written author names by record id (in the records' order). */
    static AuthorIdentities ofAuthors(Map<String, List<String>> authorsByRecord) {
        Map<String, Set<String>> spellings = new TreeMap<>();
        Map<String, Set<String>> recordsByKey = new TreeMap<>();
        Map<String, Set<String>> variants = new TreeMap<>();
        CoAuthors coauthors = new CoAuthors();
        for (Map.Entry<String, List<String>> r : authorsByRecord.entrySet()) {
            List<PersonName> names = parseAll(r.getValue());
            Set<String> keys = new LinkedHashSet<>();
            for (PersonName n : names) {
                spellings.computeIfAbsent(n.key(), k -> new TreeSet<>()).add(n.written());
                variants.computeIfAbsent(n.key(), k -> new TreeSet<>()).addAll(n.keys());
                recordsByKey.computeIfAbsent(n.key(), k -> new LinkedHashSet<>()).add(r.getKey());
                keys.add(n.key());
            }
            coauthors.addRecord(keys);
        }
        UnionFind sets = new UnionFind();
        Map<String, List<String>> joins = new HashMap<>();
        joinMiddleNameVariants(spellings.keySet(), variants, sets, joins);
        joinCorroborated(spellings.keySet(), coauthors, sets, joins);
        joinShortFirstNames(spellings.keySet(), coauthors, sets, joins);
        return new AuthorIdentities(build(spellings, recordsByKey, sets, joins));
    }

    /**
     * Who wrote with whom, kept as each record's author keys rather than as every co-author pair: a record
     * with n authors costs n entries, not n². The smallest co-author two keys share is found from the
     * records that hold them, when two spellings are close enough to ask.
     */
    static final class CoAuthors {
        private final List<Set<String>> recordKeys = new ArrayList<>();
        private final Map<String, List<Integer>> recordsOfKey = new HashMap<>();

        void addRecord(Set<String> keys) {
            int index = recordKeys.size();
            recordKeys.add(keys);
            keys.forEach(k -> recordsOfKey.computeIfAbsent(k, x -> new ArrayList<>()).add(index));
        }

        /**
         * The smallest key that is a co-author of both {@code a} and {@code b} (neither of them), or null;
         * null too when one author list names both: two spellings on one list are two people.
         */
        String firstCommon(String a, String b) {
            List<Integer> ofA = recordsOfKey.getOrDefault(a, List.of());
            List<Integer> ofB = recordsOfKey.getOrDefault(b, List.of());
            if (ofA.stream().anyMatch(r -> recordKeys.get(r).contains(b))) {
                return null;
            }
            // A key on one of a's records and on one of b's: the co-authors of a, then b's records against
            // them. Linear in the two authors' records; a pass over every pair of their records was
            // quadratic, and took minutes for authors with hundreds of records in a million.
            Set<String> withA = new HashSet<>();
            ofA.forEach(r -> withA.addAll(recordKeys.get(r)));
            String first = null;
            for (int rb : ofB) {
                for (String k : recordKeys.get(rb)) {
                    if ((first == null || k.compareTo(first) < 0) && !k.equals(a) && !k.equals(b) && withA.contains(k)) {
                        first = k;
                    }
                }
            }
            return first;
        }
    }

    private static List<PersonName> parseAll(List<String> authors) {
        List<PersonName> out = new ArrayList<>();
        for (String a : authors) {
            try {
                out.add(PersonName.parse(a));
            } catch (IllegalArgumentException e) {
                // not a name
            }
        }
        return out;
    }

    private static void joinMiddleNameVariants(Set<String> keys, Map<String, Set<String>> variants, UnionFind sets,
                                               Map<String, List<String>> joins) {
        for (String key : keys) {
            for (String variant : variants.get(key)) {
                if (!variant.equals(key) && keys.contains(variant) && sets.union(key, variant)) {
                    joins.computeIfAbsent(key, k -> new ArrayList<>()).add("'" + key + "' is '" + variant + "' with a leading initial");
                }
            }
        }
    }

    private static void joinCorroborated(Set<String> keys, CoAuthors coauthors, UnionFind sets, Map<String, List<String>> joins) {
        Map<String, List<String>> byFirst = new TreeMap<>();
        keys.forEach(k -> byFirst.computeIfAbsent(first(k), f -> new ArrayList<>()).add(k));
        for (List<String> group : byFirst.values()) {
            NearLengths near = new NearLengths(group);
            for (int i = 0; i < group.size(); i++) {
                String a = group.get(i);
                // Cheap tests first: most pairs in a first-name group differ by far more than two letters.
                if (last(a).length() < 5) {
                    continue;
                }
                for (int j : near.after(i)) {
                    String b = group.get(j);
                    int distance = editDistance(last(a), last(b));
                    if (distance == 0 || distance > 2) {
                        continue;
                    }
                    String common = coauthors.firstCommon(a, b);
                    if (common != null && sets.union(a, b)) {
                        String why = "'" + a + "' and '" + b + "': last names " + distance + (distance == 1 ? " edit" : " edits") + " apart, co-author in common: " + common;
                        joins.computeIfAbsent(a, k -> new ArrayList<>()).add(why);
                    }
                }
            }
        }
    }

    /** A first name that starts another one ("Rapha" / "Raphael", "Alex" / "Alexander"), at least this long. */
    static final int MIN_SHORT_FIRST_NAME = 3;

    /**
     * Joins a short form of a first name with the full one under the same last name, with a co-author in
     * common: "Rapha Gontijo Lopes" and "Raphael Gontijo Lopes" on two pages listing the same team.
     */
    private static void joinShortFirstNames(Set<String> keys, CoAuthors coauthors, UnionFind sets, Map<String, List<String>> joins) {
        Map<String, List<String>> byLast = new TreeMap<>();
        keys.stream().filter(k -> k.indexOf(' ') > 0).forEach(k -> byLast.computeIfAbsent(last(k), l -> new ArrayList<>()).add(k));
        for (List<String> group : byLast.values()) {
            // Sorted by first name, the names a first name starts follow it directly: no pass over all pairs.
            group.sort(Comparator.comparing(AuthorIdentities::first));
            for (int i = 0; i < group.size(); i++) {
                String a = group.get(i);
                String fa = first(a);
                for (int j = i + 1; fa.length() >= MIN_SHORT_FIRST_NAME && j < group.size() && first(group.get(j)).startsWith(fa); j++) {
                    String b = group.get(j);
                    String fb = first(b);
                    String common = coauthors.firstCommon(a, b);
                    if (common != null && sets.union(a, b)) {
                        joins.computeIfAbsent(a, k -> new ArrayList<>()).add("'" + a + "' and '" + b + "': '" + fa + "' is short for '" + fb
                                + "', same last name, co-author in common: " + common);
                    }
                }
            }
        }
    }

    /**
     * A first-name group's members by last-name length, so that a key is compared only with the keys after
     * it whose last names are at most two letters longer or shorter: a large group costs its near-length
     * pairs, not all of its pairs. The keys come in the group's order, as a loop over all pairs would meet them.
     */
    private static final class NearLengths {
        private final List<String> group;
        private final Map<Integer, List<Integer>> byLength = new HashMap<>();

        NearLengths(List<String> group) {
            this.group = group;
            for (int i = 0; i < group.size(); i++) {
                byLength.computeIfAbsent(last(group.get(i)).length(), n -> new ArrayList<>()).add(i);
            }
        }

        List<Integer> after(int i) {
            int length = last(group.get(i)).length();
            List<Integer> out = new ArrayList<>();
            for (int n = length - 2; n <= length + 2; n++) {
                List<Integer> members = byLength.getOrDefault(n, List.of());
                int from = Collections.binarySearch(members, i + 1);
                for (int k = from < 0 ? -from - 1 : from; k < members.size(); k++) {
                    out.add(members.get(k));
                }
            }
            out.sort(null);
            return out;
        }
    }

    private static List<AuthorIdentity> build(Map<String, Set<String>> spellings, Map<String, Set<String>> recordsByKey,
                                              UnionFind sets, Map<String, List<String>> joins) {
        Map<String, List<String>> members = new TreeMap<>();
        spellings.keySet().forEach(k -> members.computeIfAbsent(sets.find(k), r -> new ArrayList<>()).add(k));
        List<AuthorIdentity> out = new ArrayList<>();
        members.forEach((root, keys) -> {
            Set<String> allSpellings = new TreeSet<>();
            Set<String> recordIds = new LinkedHashSet<>();
            List<String> why = new ArrayList<>();
            for (String k : keys) {
                allSpellings.addAll(spellings.get(k));
                recordIds.addAll(recordsByKey.get(k));
                why.addAll(joins.getOrDefault(k, List.of()));
            }
            String name = allSpellings.stream().min(DISPLAY_ORDER).orElseThrow();
            out.add(new AuthorIdentity("a:" + root, name, allSpellings, new LinkedHashSet<>(keys), List.copyOf(recordIds), why));
        });
        return out;
    }

    /**
     * The spelling to show: in reading order ("Rémi Munos", not "Munos, Rémi"), in mixed case ("Jong Chul
     * Ye", not "Jong Chul YE"), then the fullest.
     */
    private static final Comparator<String> DISPLAY_ORDER = Comparator
            .comparing((String s) -> s.contains(","))
            .thenComparing(s -> !isMixedCase(s))
            .thenComparing(Comparator.comparingInt(String::length).reversed())
            .thenComparing(Comparator.naturalOrder());

    private static boolean isMixedCase(String s) {
        return !s.equals(s.toLowerCase(Locale.ROOT))
                && Arrays.stream(s.split("\\s+")).noneMatch(w -> w.length() > 2 && w.equals(w.toUpperCase(Locale.ROOT)));
    }

    public List<AuthorIdentity> all() {
        return identities;
    }

    /** The identity a written name belongs to, if any record names them. */
    public Optional<AuthorIdentity> find(String writtenName) {
        try {
            PersonName n = PersonName.parse(writtenName);
            return n.keys().stream().map(byKey::get).filter(i -> i != null).findFirst();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String first(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? "" : key.substring(0, space);
    }

    static String last(String key) {
        return key.substring(key.indexOf(' ') + 1);
    }

    /** Damerau–Levenshtein (optimal string alignment): a swapped pair of letters is one edit. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
