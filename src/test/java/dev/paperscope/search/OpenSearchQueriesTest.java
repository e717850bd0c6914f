package dev.paperscope.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The query language in Query DSL, clause by clause (the cluster test checks the scores against the embedded index). */
class OpenSearchQueriesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "diffusion models|{\"bool\":{\"must\":[{\"bool\":{\"should\":[{\"match\":{\"author\":{\"query\":\"diffusion models\"}}},"
                + "{\"match\":{\"award\":{\"query\":\"diffusion models\",\"boost\":0.5}}},{\"match\":{\"body\":{\"query\":\"diffusion models\",\"boost\":0.3}}},{\"match\":{\"moderator\":{\"query\":\"diffusion models\",\"boost\":0.5}}},"
                + "{\"match\":{\"room\":{\"query\":\"diffusion models\",\"boost\":0.5}}},{\"match\":{\"section\":{\"query\":\"diffusion models\",\"boost\":0.5}}},"
                + "{\"match\":{\"session\":{\"query\":\"diffusion models\",\"boost\":0.5}}},{\"match\":{\"text\":{\"query\":\"diffusion models\"}}},"
                + "{\"match\":{\"title\":{\"query\":\"diffusion models\",\"boost\":0.5}}},{\"match\":{\"venue\":{\"query\":\"diffusion models\",\"boost\":0.5}}}]}}]}}",
        "kind:talk|{\"bool\":{\"filter\":[{\"term\":{\"kind\":\"talk\"}}]}}",
        "-kind:talk|{\"bool\":{\"must_not\":[{\"term\":{\"kind\":\"talk\"}}],\"filter\":[{\"match_all\":{}}]}}",
        "year:2020..2022|{\"bool\":{\"filter\":[{\"range\":{\"year\":{\"gte\":2020,\"lte\":2022}}}]}}",
        "year>=99999999999|{\"bool\":{\"filter\":[{\"range\":{\"year\":{\"gte\":2147483647}}}]}}",
        "start:2022-07-21|{\"bool\":{\"filter\":[{\"range\":{\"start_local\":{\"gte\":1658361600,\"lte\":1658447999}}}]}}",
        "title:\"graph networks\"|{\"bool\":{\"must\":[{\"match_phrase\":{\"title\":{\"query\":\"graph networks\"}}}]}}",
        "source:002_ab.txt|{\"bool\":{\"must\":[{\"match_phrase\":{\"source\":{\"query\":\"002 ab txt\"}}}]}}",
        "author:bengio|{\"bool\":{\"must\":[{\"match\":{\"author\":{\"query\":\"bengio\"}}}]}}"})
    void clausesTranslateAsTheEmbeddedQueryIsBuilt(String query, String dsl) {
        assertThat(OpenSearchQueries.query(query).toString()).isEqualTo(dsl);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"author:\"Yoshua Bengio\"", "author:\"Bengio, Yoshua\""})
    void anAuthorsFullNameAlsoMatchesThePersonsKey(String query) {
        String dsl = OpenSearchQueries.query(query).toString();
        assertThat(dsl).contains("\"term\":{\"author_key\":").contains("\"match_phrase\":{\"author\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"diffusion|", "diffusion kind:paper|{\"bool\":{\"filter\":[{\"term\":{\"kind\":\"paper\"}}]}}",
        "diffusion -robot|{\"bool\":{\"must_not\":[{\"bool\":{\"should\":"})
    void theFilterLeavesThePositiveWordsOut(String query, String start) {
        var filter = OpenSearchQueries.filter(query);
        if (start == null) {
            assertThat(filter).isEmpty();
        } else {
            assertThat(filter).get().asString().startsWith(start);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"open", "kind:poster", "year:abc"})
    void badQueriesAreRefusedAsEmbedded(String query) {
        assertThatThrownBy(() -> OpenSearchQueries.query(query)).isInstanceOf(QuerySyntaxException.class);
    }
}
