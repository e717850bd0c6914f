package dev.paperscope.resolve;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far two author lists name the same people, by {@link PersonName#key()}: "Rémi Munos" and
 * "Remi Munos" count as one person, "J. Smith" and "John Smith" do not (too weak alone).
 */
record AuthorOverlap(int shared, int left, int right) {
    static AuthorOverlap of(List<String> a, List<String> b) {
        return of(People.of(a), People.of(b));
    }

    /** As {@link #of(List, List)} on names parsed once: resolution compares each record with many others. */
    static AuthorOverlap of(People a, People b) {
        int shared = (int) a.persons().stream().filter(keys -> keys.stream().anyMatch(b.keys()::contains)).count();
        return new AuthorOverlap(shared, a.persons().size(), b.persons().size());
    }

    /** An author list parsed: one key set per distinct person, and all their keys. */
    record People(List<Set<String>> persons, Set<String> keys) {
        static People of(List<String> authors) {
            List<Set<String>> persons = people(authors);
            Set<String> keys = new HashSet<>();
            persons.forEach(keys::addAll);
            return new People(persons, keys);
        }
    }

    /** Every key of every person in the list (see {@link PersonName#keys()}): for indexes and blocks. */
    static Set<String> keys(List<String> authors) {
        Set<String> keys = new HashSet<>();
        people(authors).forEach(keys::addAll);
        return keys;
    }

    /** One key set per distinct person; a "name" without letters (a stray marker) names nobody. */
    private static List<Set<String>> people(List<String> authors) {
        Map<String, Set<String>> byKey = new LinkedHashMap<>();
        for (String a : authors) {
            try {
                PersonName name = PersonName.parse(a);
                byKey.putIfAbsent(name.key(), name.keys());
            } catch (IllegalArgumentException e) {
                // nothing to count
            }
        }
        return List.copyOf(byKey.values());
    }

    /** Shared people over the longer list: 1.0 only when both lists name the same people. */
    double ofLonger() {
        int longer = Math.max(left, right);
        return longer == 0 ? 0 : (double) shared / longer;
    }

    /** Shared people over the shorter list: tolerant of a list the page cut short. */
    double ofShorter() {
        int shorter = Math.min(left, right);
        return shorter == 0 ? 0 : (double) shared / shorter;
    }

    boolean bothNamed() {
        return left > 0 && right > 0;
    }

    String describe() {
        return shared + " of " + left + " and " + right + " authors shared";
    }
}
