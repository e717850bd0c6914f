package dev.paperscope.resolve;

import dev.paperscope.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
 * same way.
 */
public final class AuthorIdentities {
    private final List<AuthorIdentity> identities;
    private final Map<String, AuthorIdentity> byKey = new HashMap<>();

    private AuthorIdentities(List<AuthorIdentity> identities) {
        this.identities = List.copyOf(identities);
        identities.forEach(i -> i.keys().forEach(k -> byKey.put(k, i)));
    }

    public static AuthorIdentities of(List<SourceRecord> records) {
        Map<String, Set<String>> spellings = new TreeMap<>();
        Map<String, Set<String>> recordsByKey = new TreeMap<>();
        Map<String, Set<String>> coauthors = new HashMap<>();
        Map<String, Set<String>> variants = new TreeMap<>();
        for (SourceRecord r : records) {
            List<PersonName> names = parseAll(r.authors());
            for (PersonName n : names) {
                spellings.computeIfAbsent(n.key(), k -> new TreeSet<>()).add(n.written());
                variants.computeIfAbsent(n.key(), k -> new TreeSet<>()).addAll(n.keys());
                recordsByKey.computeIfAbsent(n.key(), k -> new LinkedHashSet<>()).add(r.id());
                names.stream().filter(o -> !o.key().equals(n.key())).forEach(o -> coauthors.computeIfAbsent(n.key(), k -> new java.util.HashSet<>()).add(o.key()));
            }
        }
        UnionFind sets = new UnionFind();
        Map<String, List<String>> joins = new HashMap<>();
        joinMiddleNameVariants(spellings.keySet(), variants, sets, joins);
        joinCorroborated(spellings.keySet(), coauthors, sets, joins);
        return new AuthorIdentities(build(spellings, recordsByKey, sets, joins));
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

    private static void joinCorroborated(Set<String> keys, Map<String, Set<String>> coauthors, UnionFind sets, Map<String, List<String>> joins) {
        Map<String, List<String>> byFirst = new TreeMap<>();
        keys.forEach(k -> byFirst.computeIfAbsent(first(k), f -> new ArrayList<>()).add(k));
        for (List<String> group : byFirst.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    String a = group.get(i);
                    String b = group.get(j);
                    // Cheap tests first: most pairs in a first-name group differ by far more than two letters.
                    if (last(a).length() < 5 || Math.abs(last(a).length() - last(b).length()) > 2) {
                        continue;
                    }
                    int distance = editDistance(last(a), last(b));
                    if (distance == 0 || distance > 2) {
                        continue;
                    }
                    Set<String> common = new TreeSet<>(coauthors.getOrDefault(a, Set.of()));
                    common.retainAll(coauthors.getOrDefault(b, Set.of()));
                    if (!common.isEmpty() && sets.union(a, b)) {
                        String why = "'" + a + "' and '" + b + "': last names " + distance + (distance == 1 ? " edit" : " edits") + " apart, co-author in common: " + common.iterator().next();
                        joins.computeIfAbsent(a, k -> new ArrayList<>()).add(why);
                    }
                }
            }
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
        return !s.equals(s.toLowerCase(java.util.Locale.ROOT))
                && java.util.Arrays.stream(s.split("\\s+")).noneMatch(w -> w.length() > 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT)));
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

    private static String first(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? "" : key.substring(0, space);
    }

    private static String last(String key) {
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
