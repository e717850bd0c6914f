package dev.paperscope.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.index.IndexSchema;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.Source;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.testing.Records;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacetsTest {
    @TempDir
    Path dir;
    private Catalog catalog;
    private SearchIndex index;
    private LuceneBackend search;

    @BeforeEach
    void setUp() {
        catalog = Catalog.open(dir.resolve("c.db"));
        catalog.store(Records.file(
                Records.paper("a.txt", 1, "Diffusion one").venue("NeurIPS").year(2022).award("Outstanding Paper").build(),
                Records.paper("a.txt", 2, "Diffusion two").venue("NeurIPS").year(2022).build(),
                Records.paper("a.txt", 3, "Diffusion three").venue("ICML").year(2021).build(),
                Records.paper("a.txt", 4, "Transformers").venue("ICML").year(2021).build()), "a.txt", "s1", null);
        catalog.store(Records.file(
                SourceRecord.builder(RecordKind.TALK, new Source("b.txt", 1, "0".repeat(64), "test")).title("Diffusion talk")
                        .room("Hall G").session("Deep Learning").build()), "b.txt", "s2", null);
        index = SearchIndex.open(dir.resolve("index"));
        index.catchUp(catalog);
        search = new LuceneBackend(index, Bm25Params.DEFAULT);
    }

    @AfterEach
    void tearDown() {
        index.close();
        catalog.close();
    }

    @Test
    void countsEveryMatchingRecordPerFieldMostFirst() {
        Facets f = search.facets("diffusion", List.of(), 10);
        assertThat(f.fields().keySet()).containsExactlyElementsOf(IndexSchema.FACET_FIELDS);
        assertThat(f.fields().get("kind")).containsExactly(new FacetCount("paper", 3), new FacetCount("talk", 1));
        assertThat(f.fields().get("venue")).containsExactly(new FacetCount("NeurIPS", 2), new FacetCount("ICML", 1));
        assertThat(f.fields().get("year")).containsExactly(new FacetCount("2022", 2), new FacetCount("2021", 1));
        assertThat(f.fields().get("award")).containsExactly(new FacetCount("Outstanding Paper", 1));
        assertThat(f.fields().get("room")).containsExactly(new FacetCount("Hall G", 1));
        assertThat(f.fields().get("session")).containsExactly(new FacetCount("Deep Learning", 1));
        assertThat(f.fields().get("source")).containsExactly(new FacetCount("a.txt", 3), new FacetCount("b.txt", 1));
    }

    @Test
    void fieldClausesNarrowTheCountsAndTopCutsTheList() {
        Facets f = search.facets("diffusion venue:icml", List.of(), 10);
        assertThat(f.fields().get("venue")).containsExactly(new FacetCount("ICML", 1));
        Facets top = search.facets("diffusion", List.of(), 1);
        assertThat(top.fields().get("venue")).containsExactly(new FacetCount("NeurIPS", 2));
        assertThat(top.distinct().get("venue")).isEqualTo(2);
    }

    @Test
    void noMatchMeansEmptyCounts() {
        Facets f = search.facets("nothingmatchesthis", List.of(), 10);
        assertThat(f.fields().values()).allSatisfy(counts -> assertThat(counts).isEmpty());
    }

    @Test
    void anIndexOfAnotherDocumentVersionIsRebuilt() throws Exception {
        // An index written before facets existed has no document version: opening must rebuild it.
        index.close();
        try (var writer = new org.apache.lucene.index.IndexWriter(org.apache.lucene.store.FSDirectory.open(dir.resolve("index")),
                new org.apache.lucene.index.IndexWriterConfig().setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(java.util.Map.of(IndexSchema.GENERATION_KEY, Long.toString(catalog.generation())).entrySet());
            writer.commit();
        }
        index = SearchIndex.open(dir.resolve("index"));
        assertThat(index.catchUp(catalog)).isEqualTo(-1);
        assertThat(index.catchUp(catalog)).isZero();
        assertThat(new LuceneBackend(index, Bm25Params.DEFAULT).facets("diffusion", List.of(), 10).fields().get("kind")).isNotEmpty();
    }
}
