package dev.paperscope.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Filters become clauses the parser reads back as the same field and value ({@link QuerySyntax#withFilters}). */
class QueryFiltersTest {
    @ParameterizedTest(name = "{0} + {1}:{2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            diffusion | venue   | ICML 2022          | diffusion venue:"ICML 2022"
                      | room    | Hall-G             | room:Hall-G
            gan       | kind    | talk               | gan kind:talk
            gan       | source  | 000_a.txt          | gan source:000_a.txt
            gan       | session | Deep Learning: RL  | gan session:"Deep Learning: RL"
            gan       | award   | Outstanding_Paper  | gan award:Outstanding_Paper
            """)
    void aFilterIsAClauseQuotedUnlessOnePlainWord(String query, String field, String value, String expected) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put(field, value);
        String effective = QuerySyntax.withFilters(query == null ? "" : query, filters);
        assertThat(effective).isEqualTo(expected);
        assertThat(QuerySyntax.parse(effective).clauses()).anySatisfy(c -> assertThat(c).isInstanceOfSatisfying(Clause.FieldMatch.class,
                m -> assertThat(m.value()).isEqualTo(value)));
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            'a "quoted" word' | 'a  quoted  word'
            '  ICML  '        | 'ICML'
            '""'              | ''
            """)
    void aQuoteInAFilterValueBecomesASpace(String raw, String expected) {
        assertThat(QuerySyntax.filterValue(raw)).isEqualTo(expected == null ? "" : expected);
    }
}
