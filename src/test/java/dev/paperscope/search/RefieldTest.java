package dev.paperscope.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.index.IndexSchema;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

class RefieldTest {
    private static final List<String> TEXTS = List.of("diffusion models", "Graph Neural Networks for molecules",
            "the of and", "Ångström-scale protein folding", "Bo Dai", "O'Neil's attention", "x", "GPT-4 vs. LLaMA 2 (7B)",
            "Seyed Kamyar Seyed Ghasemipour", "reinforcement learning from human feedback, revisited");
    private final QueryBuilder builder = new QueryBuilder(IndexSchema.analyzer());

    @Test
    void copyingAnAnalysedQueryEqualsAnalysingForTheOtherField() {
        for (String text : TEXTS) {
            for (boolean phrase : new boolean[] {false, true}) {
                for (String field : IndexSchema.FREE_TEXT_FIELDS.keySet()) {
                    String template = IndexSchema.NAME_FIELDS.contains(field) ? IndexSchema.AUTHOR : IndexSchema.TITLE;
                    Query analysed = build(template, text, phrase);
                    Query direct = build(field, text, phrase);
                    if (analysed == null) {
                        assertThat(direct).as("%s in %s", text, field).isNull();
                    } else {
                        assertThat(Refield.onField(analysed, field)).as("%s in %s, phrase %s", text, field, phrase).contains(direct);
                    }
                }
            }
        }
    }

    @Test
    void aShapeItDoesNotKnowIsLeftToTheCaller() {
        Query synonyms = new SynonymQuery.Builder(IndexSchema.TITLE).addTerm(new Term(IndexSchema.TITLE, "net")).addTerm(new Term(IndexSchema.TITLE, "network")).build();
        assertThat(Refield.onField(synonyms, IndexSchema.ABSTRACT)).isEmpty();
    }

    @Test
    void freeTextQueriesAreTheSameAsAnalysingEveryField() {
        LuceneQueries queries = new LuceneQueries(IndexSchema.analyzer());
        for (String text : TEXTS) {
            Query built = queries.build(QuerySyntax.parse(text));
            org.apache.lucene.search.BooleanQuery.Builder any = new org.apache.lucene.search.BooleanQuery.Builder();
            new java.util.TreeMap<>(IndexSchema.FREE_TEXT_FIELDS).forEach((field, weight) -> {
                Query q = build(field, text, false);
                if (q != null) {
                    any.add(new org.apache.lucene.search.BoostQuery(q, weight), Occur.SHOULD);
                }
            });
            assertThat(((org.apache.lucene.search.BooleanQuery) built).clauses()).as(text).hasSize(1);
            assertThat(((org.apache.lucene.search.BooleanQuery) built).clauses().get(0).query()).as(text).isEqualTo(any.build());
        }
    }

    private Query build(String field, String text, boolean phrase) {
        return phrase ? builder.createPhraseQuery(field, text) : builder.createBooleanQuery(field, text, Occur.SHOULD);
    }
}
