package dev.paperscope.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.testing.Records;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The author-name table's index lookups answer what the incremental identities ask, from SQL. */
class AuthorNamesTest {
    @TempDir
    Path dir;

    private static final SourceRecord A = Records.paper("page.txt", 1, "Alpha").authors(List.of("J Zico Kolter", "Vahab Mirrokni")).build();
    private static final SourceRecord B = Records.paper("page.txt", 2, "Beta").authors(List.of("Zico Kolter", "Vahab Mirronki")).build();
    private static final SourceRecord C = Records.paper("page.txt", 3, "Gamma").authors(List.of("Rapha Lopes", "Raphael Lopes", "Plato")).build();

    /** The rows the resolver would write (catalog does not parse names: they are spelled out here). */
    private static List<AuthorNames.Row> rows(SourceRecord r) {
        List<AuthorNames.Row> out = new ArrayList<>();
        for (String written : r.authors()) {
            String[] w = written.toLowerCase(java.util.Locale.ROOT).split(" ");
            String first = w.length > 1 ? w[0] : "";
            String last = w[w.length - 1];
            String key = first.isEmpty() ? last : first + " " + last;
            out.add(new AuthorNames.Row(r.id(), written, key, key, first, last));
            if (w.length == 3) {
                out.add(new AuthorNames.Row(r.id(), written, key, w[1] + " " + last, first, last));
            }
        }
        return out;
    }

    private Catalog catalog() {
        Catalog c = Catalog.open(dir.resolve("c.db"));
        c.store(Records.file(A, B, C), "page.txt", "sha1", null);
        List<AuthorNames.Row> all = new ArrayList<>();
        Stream.of(A, B, C).forEach(r -> all.addAll(rows(r)));
        assertThat(c.derived().authorNames().replaceAllAt(c.generation(), all)).isTrue();
        return c;
    }

    static Stream<Arguments> lookups() {
        return Stream.of(
                Arguments.of("first name, last name 5 to 9 letters", (Lookup) n -> n.keysWithFirst("vahab", 5, 9),
                        Set.of("vahab mirrokni", "vahab mirronki")),
                Arguments.of("first name, last names too short", (Lookup) n -> n.keysWithFirst("vahab", 1, 4), Set.of()),
                Arguments.of("a mononym has no first name", (Lookup) n -> n.keysWithFirst("", 3, 7), Set.of("plato")),
                Arguments.of("last name, first names starting 'rapha'", (Lookup) n -> n.keysWithLast("lopes", "rapha"),
                        Set.of("rapha lopes", "raphael lopes")),
                Arguments.of("last name, first names starting 'raphae'", (Lookup) n -> n.keysWithLast("lopes", "raphae"), Set.of("raphael lopes")),
                Arguments.of("whose spellings list 'zico kolter'", (Lookup) n -> n.keysListing("zico kolter"), Set.of("j kolter")),
                Arguments.of("nobody's spelling lists 'j kolter'", (Lookup) n -> n.keysListing("j kolter"), Set.of()));
    }

    interface Lookup {
        Set<String> apply(AuthorNames names);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void lookups(String what, Lookup lookup, Set<String> expected) {
        try (Catalog c = catalog()) {
            assertThat(lookup.apply(c.derived().authorNames())).as(what).isEqualTo(expected);
        }
    }

    @Test
    void recordsAndSpellingsOfKeysCountingTheRecordsRead() {
        try (Catalog c = catalog()) {
            AuthorNames names = c.derived().authorNames();
            assertThat(names.recordsByKey(List.of("zico kolter", "j kolter", "nobody")))
                    .isEqualTo(Map.of("zico kolter", Set.of(B.id()), "j kolter", Set.of(A.id())));
            assertThat(names.spellingsOf(List.of(A.id()))).isEqualTo(Map.of(A.id(), List.of("J Zico Kolter", "Vahab Mirrokni")));
            assertThat(names.recordsRead()).isEqualTo(1);
        }
    }

    @Test
    void refreshRewritesFromTheRecordsAsTheyAreAndDropsRemovedOnes() {
        try (Catalog c = catalog()) {
            AuthorNames names = c.derived().authorNames();
            c.store(Records.file(A, C), "page.txt", "sha2", null); // B is gone
            names.refresh(List.of(A.id(), B.id()), r -> rows(r).stream().filter(row -> row.written().startsWith("Vahab")).toList());
            assertThat(names.recordsByKey(List.of("vahab mirronki", "vahab mirrokni", "j kolter")))
                    .as("B's rows are gone, A's are rewritten by the function").isEqualTo(Map.of("vahab mirrokni", Set.of(A.id())));
        }
    }

    @Test
    void aWholeReplacementOfAnotherGenerationStoresNothing() {
        try (Catalog c = catalog()) {
            long read = c.generation();
            c.store(Records.file(Records.paper("other.txt", 1, "Delta").authors(List.of("Ann Lee")).build()), "other.txt", "sha3", null);
            assertThat(c.derived().authorNames().replaceAllAt(read, List.of())).isFalse();
            assertThat(c.derived().authorNames().recordsByKey(List.of("plato"))).containsKey("plato");
        }
    }
}
