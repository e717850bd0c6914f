package dev.paperscope.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Users' decisions as pairwise constraints, case by case. Decisions are written "merge a,b c" (left ids,
 * right ids) separated by ";", numbered from 1 in order; pairs as "a-b@decision".
 */
class ConstraintsTest {
    private static Constraints build(String decisions) {
        Constraints.Builder b = Constraints.builder();
        long n = 0;
        for (String d : decisions.split(";")) {
            String[] p = d.strip().split("\\s+");
            if (p.length == 1 && p[0].isEmpty()) {
                continue;
            }
            List<String> left = List.of(p[1].split(","));
            List<String> right = List.of(p[2].split(","));
            n++;
            switch (p[0]) {
                case "merge" -> b.merge(n, left, right);
                case "split" -> b.split(n, left, right);
                default -> throw new IllegalArgumentException("unknown decision " + p[0]);
            }
        }
        return b.build();
    }

    private static String pairs(List<Constraints.Link> links) {
        return String.join(" ", links.stream().map(l -> l.a() + "-" + l.b() + "@" + l.decision()).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // decisions                            | must-link pairs         | cannot-link pairs
            "''                                     | ''                      | ''",
            "merge a b                              | a-b@1                   | ''",
            "merge b a                              | a-b@1                   | ''",
            "merge a,b c                            | a-c@1 b-c@1             | ''",
            "split a b,c                            | ''                      | a-b@1 a-c@1",
            "merge a b; split a b                   | ''                      | a-b@2",
            "split a b; merge b a                   | a-b@2                   | ''",
            "merge a b; merge a b                   | a-b@2                   | ''",
            "merge a,b c; split c a                 | b-c@1                   | a-c@2",
            "merge a b; split c d; merge d c        | a-b@1 c-d@3             | ''"})
    void theLastWordOnAPairWins(String decisions, String must, String cannot) {
        Constraints c = build(decisions);
        assertThat(pairs(c.mustLink())).as("must-link of %s", decisions).isEqualTo(must);
        assertThat(pairs(c.cannotLink())).as("cannot-link of %s", decisions).isEqualTo(cannot);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // decisions         | sets joined first (x+y ...) | join asked | forbidden
            "''                  | ''          | a b | false",
            "split a b           | ''          | a b | true",
            "split a b           | ''          | b a | true",
            "split a b           | ''          | a c | false",
            "split a b           | a+c         | c b | true",
            "split a b           | a+c b+d     | c d | true",
            "split a b           | a+c b+d     | c e | false",
            "merge a b           | ''          | a b | false",
            "split a b; merge a b | ''         | a b | false"})
    void aJoinIsForbiddenWhenItWouldPutACannotLinkPairInOneWork(String decisions, String joined, String ask, boolean forbidden) {
        Constraints c = build(decisions);
        UnionFind sets = new UnionFind();
        for (String j : joined.split("\\s+")) {
            if (!j.isEmpty()) {
                String[] ab = j.split("\\+");
                sets.union(ab[0], ab[1]);
            }
        }
        String[] pair = ask.split(" ");
        assertThat(c.forbids(sets, pair[0], pair[1])).as("%s, joined %s, join %s", decisions, joined, ask).isEqualTo(forbidden);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "merge a b"})
    void noneForbidsNothing(String decisions) {
        assertThat(Constraints.NONE.mustLink()).isEmpty();
        assertThat(Constraints.NONE.cannotLink()).isEmpty();
        assertThat(Constraints.NONE.forbids(new UnionFind(), "a", "b")).isFalse();
        assertThat(build(decisions).cannotLink()).isEmpty();
    }
}
