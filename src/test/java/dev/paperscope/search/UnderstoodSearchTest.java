package dev.paperscope.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperscope.catalog.Catalog;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.search.fusion.BackendRetrieval;
import dev.paperscope.testing.Records;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A room named in free words ranks what is presented there first, without changing what matches; the
 * results say what was understood, and {@code words:} searches the words alone.
 */
class UnderstoodSearchTest {
    @TempDir
    Path dir;
    private Catalog catalog;
    private SearchIndex index;
    private LuceneBackend backend;
    private BackendRetrieval search;

    @BeforeEach
    void setUp() {
        catalog = Catalog.open(dir.resolve("c.db"));
        catalog.store(Records.file(
                Records.paper("p.txt", 1, "Hall effect sensors: a hall of fame of J-type junctions")
                        .abstractText("The Hall effect in a hall; J junctions, J currents and Hall probes.").build(),
                Records.paper("p.txt", 5, "Neural Corpus Indexer").room("Hall J").abstractText("Document retrieval, end to end.").build(),
                Records.paper("p.txt", 9, "Imagen").room("Hall G").abstractText("Text-to-image diffusion in a big hall.").build()),
                "p.txt", "s1", null);
        index = SearchIndex.open(dir.resolve("index"));
        index.catchUp(catalog);
        backend = new LuceneBackend(index, Bm25Params.DEFAULT);
        search = new BackendRetrieval(backend, List.of());
    }

    @AfterEach
    void tearDown() {
        index.close();
        catalog.close();
    }

    @Test
    void aRoomNamedInTheWordsRanksItsRecordsFirst() {
        Matched understood = search.bm25("Hall J", 10, 10);
        Matched words = search.bm25("words: Hall J", 10, 10);
        assertThat(understood.results().hits().getFirst().title()).isEqualTo("Neural Corpus Indexer");
        assertThat(words.results().hits().getFirst().title()).startsWith("Hall effect sensors");
        assertThat(understood.results().understood()).containsExactly(new Understood("room", "Hall J", "Hall J"));
        assertThat(words.results().understood()).isEmpty();
        // Understanding only reorders: the same records match, counted and faceted alike.
        assertThat(understood.results().total()).isEqualTo(words.results().total()).isEqualTo(3);
        assertThat(understood.facets()).isEqualTo(words.facets());
        assertThat(understood.results().hits()).extracting(SearchHit::id)
                .containsExactlyInAnyOrderElementsOf(words.results().hits().stream().map(SearchHit::id).toList());
    }

    @Test
    void theRankingAloneUnderstandsAsTheResultsPageDoes() {
        assertThat(backend.bm25("hall j", 10).understood()).containsExactly(new Understood("room", "Hall J", "hall j"));
        assertThat(backend.bm25("hall j", 10).ranked()).extracting(Ranked::id)
                .containsExactlyElementsOf(search.bm25("hall j", 10, 0).results().hits().stream().map(SearchHit::id).toList());
    }

    @Test
    void theJsonListsWhatWasUnderstood() {
        JsonNode json = SearchJson.toNode(search.bm25("diffusion hall j", 10, 0).results());
        assertThat(json.get("understood")).hasSize(1);
        assertThat(json.get("understood").get(0).get("field").asText()).isEqualTo("room");
        assertThat(json.get("understood").get(0).get("value").asText()).isEqualTo("Hall J");
        assertThat(json.get("understood").get(0).get("span").asText()).isEqualTo("hall j");
        assertThat(SearchJson.toNode(search.bm25("words: diffusion hall j", 10, 0).results()).get("understood")).isEmpty();
    }

    @Test
    void wordsOnlyPrefixIsAddedOnceAndRemovable() {
        assertThat(QuerySyntax.wordsOnly("Hall J")).isEqualTo("words: Hall J");
        assertThat(QuerySyntax.wordsOnly("words: Hall J")).isEqualTo("words: Hall J");
        assertThat(QuerySyntax.withNames("words: Hall J")).isEqualTo("Hall J");
        assertThat(QuerySyntax.parse("WORDS: Hall J").understandNames()).isFalse();
        assertThat(QuerySyntax.parse("words:Hall J").understandNames()).isTrue(); // a (non-)field, with its note
        assertThat(List.of("words:", "words:   ")).allSatisfy(q -> org.assertj.core.api.Assertions
                .assertThatThrownBy(() -> QuerySyntax.parse(q)).isInstanceOf(QuerySyntaxException.class).hasMessageContaining("empty"));
    }
}
