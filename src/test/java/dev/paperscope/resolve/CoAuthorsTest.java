package dev.paperscope.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link AuthorIdentities.CoAuthors#firstCommon} against the definition: the smallest key on a record of each. */
class CoAuthorsTest {
    /** The definition, over every pair of the two keys' records. */
    private static String reference(List<Set<String>> records, String a, String b) {
        if (records.stream().anyMatch(r -> r.contains(a) && r.contains(b))) {
            return null;
        }
        String first = null;
        for (Set<String> x : records) {
            for (Set<String> y : records) {
                if (!x.contains(a) || !y.contains(b)) {
                    continue;
                }
                for (String k : x) {
                    if (y.contains(k) && !k.equals(a) && !k.equals(b) && (first == null || k.compareTo(first) < 0)) {
                        first = k;
                    }
                }
            }
        }
        return first;
    }

    @Test
    void tableOfSmallCases() {
        AuthorIdentities.CoAuthors c = new AuthorIdentities.CoAuthors();
        c.addRecord(new LinkedHashSet<>(List.of("a", "x", "z")));
        c.addRecord(new LinkedHashSet<>(List.of("b", "z", "y")));
        c.addRecord(new LinkedHashSet<>(List.of("b", "x")));
        c.addRecord(new LinkedHashSet<>(List.of("c", "d")));
        c.addRecord(new LinkedHashSet<>(List.of("e", "f")));
        c.addRecord(new LinkedHashSet<>(List.of("f", "e2")));
        assertThat(c.firstCommon("a", "b")).isEqualTo("x"); // x and z are shared; x is the smaller
        assertThat(c.firstCommon("a", "c")).isNull(); // nothing shared
        assertThat(c.firstCommon("e", "f")).isNull(); // one list names both: two people
        assertThat(c.firstCommon("e", "e2")).isEqualTo("f");
        assertThat(c.firstCommon("a", "unknown")).isNull();
    }

    @Test
    void agreesWithTheDefinitionOnRandomLibraries() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            AuthorIdentities.CoAuthors c = new AuthorIdentities.CoAuthors();
            List<Set<String>> records = new ArrayList<>();
            int keys = 3 + random.nextInt(10);
            for (int r = 0, n = 1 + random.nextInt(12); r < n; r++) {
                Set<String> authors = new LinkedHashSet<>();
                for (int i = 0, m = 1 + random.nextInt(4); i < m; i++) {
                    authors.add("k" + random.nextInt(keys));
                }
                records.add(authors);
                c.addRecord(authors);
            }
            for (int i = 0; i < keys; i++) {
                for (int j = 0; j < keys; j++) {
                    if (i != j) {
                        assertThat(c.firstCommon("k" + i, "k" + j)).as("round %d: k%d, k%d in %s", round, i, j, records)
                                .isEqualTo(reference(records, "k" + i, "k" + j));
                    }
                }
            }
        }
    }
}
