package dev.paperscope.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IncrementalIdentitiesTest {
    private static final List<String> FIRSTS = List.of("Alexander", "Alex", "Raphael", "Rapha", "Wei", "Zico", "John", "Jon", "Christopher",
            "Chris", "Anna", "Ann", "Maria", "Jo");
    private static final List<String> LASTS = List.of("Johnson", "Jonson", "Janson", "Smith", "Smyth", "Kolter", "Kolten", "Munos",
            "Manos", "Lopez", "Lopes", "Zhang", "Chang", "Wang", "Li", "Mirrokni", "Gontijo Lopes");
    private static final List<String> MIDDLES = List.of("Zico", "Marie", "J", "Wei", "Anna");

    /** A person and the ways records write them: in full, with a middle name, turned round, with a typo, a short first name, an initial. */
    private record Person(String first, String middle, String last) {
        String spelling(Random random) {
            return switch (random.nextInt(9)) {
                case 0 -> middle == null ? first + " " + last : first + " " + middle + " " + last;
                case 1 -> last + ", " + first;
                case 2 -> first + " " + typo(last, random);
                case 3 -> first.length() > 3 ? first.substring(0, 3 + random.nextInt(first.length() - 3)) + " " + last : first + " " + last;
                case 4 -> first.charAt(0) + ". " + last;
                case 5 -> (first + " " + last).toUpperCase(Locale.ROOT);
                case 6 -> middle == null ? last : middle + " " + last;
                default -> first + " " + last;
            };
        }
    }

    private static String typo(String s, Random random) {
        StringBuilder b = new StringBuilder(s);
        int at = 1 + random.nextInt(b.length() - 1);
        switch (random.nextInt(3)) {
            case 0 -> b.setCharAt(at, (char) ('a' + random.nextInt(26)));
            case 1 -> b.deleteCharAt(at);
            default -> b.insert(at, (char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    private static final List<String> SYLLABLES = List.of("ka", "lo", "mi", "ren", "sa", "to", "vik", "de", "ho", "nu", "bar", "el", "ti",
            "gor", "ma", "pe", "ru", "zan", "ol", "fi");

    private static String invented(Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            b.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    /** A random library: people in a few labs, records mostly written within one lab (so co-authors recur), now and then across. */
    private static final class Library {
        final Random random;
        final List<List<Person>> labs = new ArrayList<>();
        final Map<String, List<String>> authors = new TreeMap<>();
        int next;

        Library(long seed, int people, int labCount) {
            this(seed, people, labCount, false);
        }

        /** With {@code invented} names, last names are made of syllables: a large library where most people have names of their own. */
        Library(long seed, int people, int labCount, boolean invented) {
            random = new Random(seed);
            for (int i = 0; i < labCount; i++) {
                labs.add(new ArrayList<>());
            }
            for (int i = 0; i < people; i++) {
                String middle = random.nextInt(4) == 0 ? MIDDLES.get(random.nextInt(MIDDLES.size())) : null;
                String last = invented ? invented(random) : LASTS.get(random.nextInt(LASTS.size()));
                labs.get(random.nextInt(labCount)).add(new Person(FIRSTS.get(random.nextInt(FIRSTS.size())), middle, last));
            }
            labs.removeIf(List::isEmpty);
        }

        List<String> team() {
            List<Person> lab = labs.get(random.nextInt(labs.size()));
            List<String> out = new ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                List<Person> from = random.nextInt(6) == 0 ? labs.get(random.nextInt(labs.size())) : lab;
                out.add(from.get(random.nextInt(from.size())).spelling(random));
            }
            if (random.nextInt(15) == 0) {
                out.add("et al.");
            }
            return out;
        }

        String add() {
            String id = "r" + next++;
            authors.put(id, team());
            return id;
        }
    }

    @Test
    void everyStepEqualsTheGlobalComputation() {
        int steps = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Library library = new Library(seed, 6 + (int) (seed % 20), 1 + (int) (seed % 4));
            int initial = 5 + library.random.nextInt(30);
            for (int i = 0; i < initial; i++) {
                library.add();
            }
            Map<String, List<String>> stored = new TreeMap<>(InMemoryNames.global(library.authors));
            for (int step = 0; step < 25; step++) {
                Set<String> changed = new TreeSet<>();
                Set<String> removed = new TreeSet<>();
                int edits = 1 + library.random.nextInt(3);
                for (int e = 0; e < edits; e++) {
                    List<String> ids = new ArrayList<>(library.authors.keySet());
                    int kind = ids.isEmpty() ? 0 : library.random.nextInt(3);
                    if (kind == 0) {
                        changed.add(library.add());
                    } else {
                        String id = ids.get(library.random.nextInt(ids.size()));
                        if (kind == 1) {
                            List<String> names = new ArrayList<>(library.authors.get(id));
                            if (!names.isEmpty() && library.random.nextBoolean()) {
                                names.remove(library.random.nextInt(names.size()));
                            }
                            names.addAll(library.team().subList(0, 1));
                            library.authors.put(id, names);
                            changed.add(id);
                            removed.remove(id);
                        } else {
                            library.authors.remove(id);
                            removed.add(id);
                            changed.remove(id);
                        }
                    }
                }
                removed.removeIf(library.authors::containsKey);
                Map<String, List<String>> changes = IncrementalIdentities.changes(new InMemoryNames(library.authors, stored), changed, removed);
                String where = "seed " + seed + ", step " + step;
                changes.forEach((id, keys) -> {
                    assertTrue(!keys.equals(stored.getOrDefault(id, List.of())), where + ": " + id + " reported unchanged");
                    if (keys.isEmpty()) {
                        stored.remove(id);
                    } else {
                        stored.put(id, keys);
                    }
                });
                assertEquals(InMemoryNames.global(library.authors), stored, where);
                steps++;
            }
        }
        assertEquals(40 * 25, steps);
    }

    @Test
    void aSmallChangeReadsFewRecordsOfALargeLibrary() {
        Library library = new Library(7, 1500, 300, true);
        for (int i = 0; i < 4000; i++) {
            library.add();
        }
        Map<String, List<String>> stored = new TreeMap<>(InMemoryNames.global(library.authors));
        String added = library.add();
        String edited = "r17";
        library.authors.put(edited, library.team());
        library.authors.remove("r99");
        InMemoryNames names = new InMemoryNames(library.authors, stored);
        Map<String, List<String>> changes = IncrementalIdentities.changes(names, Set.of(added, edited), Set.of("r99"));
        changes.forEach((id, keys) -> {
            if (keys.isEmpty()) {
                stored.remove(id);
            } else {
                stored.put(id, keys);
            }
        });
        assertEquals(InMemoryNames.global(library.authors), stored);
        assertTrue(names.recordsRead > 0, "the change's records are read");
        assertTrue(names.recordsRead < library.authors.size() / 10, names.recordsRead + " of " + library.authors.size() + " records read");
    }

    static Stream<Arguments> partners() {
        return Stream.of(
                // the same first name, a last name one edit apart, a co-author in common
                Arguments.of(List.of(List.of("Vahab Mirrokni", "Ann Lee"), List.of("Vahab Mirronki", "Ann Lee")), "vahab mirrokni", Set.of("vahab mirronki")),
                // ... but never two spellings on one author list
                Arguments.of(List.of(List.of("Vahab Mirrokni", "Vahab Mirronki", "Ann Lee"), List.of("Vahab Mirronki", "Ann Lee")), "vahab mirrokni", Set.of()),
                // no co-author in common: no join
                Arguments.of(List.of(List.of("Vahab Mirrokni", "Ann Lee"), List.of("Vahab Mirronki", "Bo Chen")), "vahab mirrokni", Set.of()),
                // the smaller key's last name is shorter than five letters: no typo join
                Arguments.of(List.of(List.of("Wei Wang", "Ann Lee"), List.of("Wei Wong", "Ann Lee")), "wei wang", Set.of()),
                // three edits apart: no join
                Arguments.of(List.of(List.of("John Johnson", "Ann Lee"), List.of("John Jansen", "Ann Lee")), "john johnson", Set.of()),
                // a middle-name variant, both ways, no co-author needed
                Arguments.of(List.of(List.of("J Zico Kolter"), List.of("Zico Kolter")), "j kolter", Set.of("zico kolter")),
                Arguments.of(List.of(List.of("J Zico Kolter"), List.of("Zico Kolter")), "zico kolter", Set.of("j kolter")),
                // a variant nobody is listed under is no partner
                Arguments.of(List.of(List.of("J Zico Kolter")), "j kolter", Set.of()),
                // a short first name under the same last name, with a co-author in common, both ways
                Arguments.of(List.of(List.of("Rapha Gontijo Lopes", "Ann Lee"), List.of("Raphael Gontijo Lopes", "Ann Lee")), "rapha lopes",
                        Set.of("raphael lopes")),
                Arguments.of(List.of(List.of("Rapha Gontijo Lopes", "Ann Lee"), List.of("Raphael Gontijo Lopes", "Ann Lee")), "raphael lopes",
                        Set.of("rapha lopes")),
                // a first name shorter than three letters is no short form
                Arguments.of(List.of(List.of("Jo Smith", "Ann Lee"), List.of("John Smith", "Ann Lee")), "jo smith", Set.of()),
                // a mononym's typo, with a co-author in common
                Arguments.of(List.of(List.of("Plateau", "Ann Lee"), List.of("Plataeu", "Ann Lee")), "plateau", Set.of("plataeu")),
                // a key no record carries has no partners
                Arguments.of(List.of(List.of("Ann Lee")), "bo chen", Set.of()));
    }

    @ParameterizedTest
    @MethodSource
    void partners(List<List<String>> records, String key, Set<String> expected) {
        Map<String, List<String>> authors = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            authors.put("r" + i, records.get(i));
        }
        assertEquals(expected, IncrementalIdentities.partnersOf(new InMemoryNames(authors, Map.of()), key));
    }
}
