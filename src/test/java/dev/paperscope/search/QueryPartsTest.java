package dev.paperscope.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryPartsTest {
    @Test
    void freeWordsAndPhrasesAreEmbeddedAndEverythingElseFilters() {
        QueryParts parts = QueryParts.of("diffusion \"neural fields\" kind:paper year:2020..2022 -workshop title:nerf");
        assertThat(parts.freeText()).isEqualTo("diffusion neural fields");
        String filter = parts.filter().orElseThrow().toString();
        // Filter clauses (#) restrict without scoring; the excluded word is a MUST_NOT (-) over every text field.
        assertThat(filter).contains("#kind:paper").contains("#year:[2020 TO 2022]").contains("-((author:workshop)").contains("(text:workshop)")
                .contains("#title:nerf").doesNotContain("diffus").doesNotContain("neural");
    }

    @Test
    void onlyExclusionsStillAdmitEverythingElse() {
        String filter = QueryParts.of("transformers -kind:talk").filter().orElseThrow().toString();
        assertThat(filter).contains("-kind:talk").contains("*:*");
    }

    @Test
    void freeTextAloneNeedsNoFilter() {
        QueryParts parts = QueryParts.of("attention is all you need");
        assertThat(parts.filter()).isEmpty();
        assertThat(parts.freeText()).isEqualTo("attention is all you need");
    }

    @Test
    void filtersAloneHaveNoFreeText() {
        assertThat(QueryParts.of("kind:talk start>=2022-07-21T12:30").freeText()).isEmpty();
    }
}
