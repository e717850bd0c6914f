package dev.paperscope.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.Source;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.search.fusion.BackendRetrieval;
import dev.paperscope.testing.Records;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Bm25SearchTest {
    @TempDir
    Path dir;
    private Catalog catalog;
    private SearchIndex index;
    private Bm25Search search;
    private LuceneBackend backend;

    private static final Source SCHEDULE = new Source("session.txt", 10, "0".repeat(64), "test");

    @BeforeEach
    void setUp() {
        catalog = Catalog.open(dir.resolve("c.db"));
        catalog.store(Records.file(
                Records.paper("list.txt", 1, "Photorealistic Text-to-Image Diffusion Models")
                        .authors(List.of("Chitwan Saharia", "Rémi Munos")).venue("NeurIPS").year(2022)
                        .award("Outstanding Paper").abstractText("We present Imagen, a text-to-image diffusion model.").build(),
                Records.paper("list.txt", 5, "Chain of Thought Prompting")
                        .authors(List.of("Jason Wei", "Denny Zhou")).venue("NeurIPS").year(2022).section("Papers")
                        .abstractText("Prompting large language models to reason step by step.").build(),
                Records.paper("list.txt", 9, "Long Short-Term Memory").authors(List.of("Sepp Hochreiter")).year(1997)
                        .abstractText("Recurrent networks with gated memory cells.").build()), "list.txt", "s1", null);
        catalog.store(Records.file(
                talk("GLaM: Efficient Scaling of Language Models", "2022-07-21T12:30-07:00", "2022-07-21T12:35-07:00"),
                talk("Staged Training for Transformer Language Models", "2022-07-21T12:55-07:00", "2022-07-21T13:00-07:00"),
                talk("Proximal and Federated Random Reshuffling", "2022-07-21T13:35-07:00", "2022-07-21T13:40-07:00")),
                "session.txt", "s2", null);
        index = SearchIndex.open(dir.resolve("index"));
        index.catchUp(catalog);
        search = new Bm25Search(Bm25Params.DEFAULT);
        backend = new LuceneBackend(index, Bm25Params.DEFAULT);
    }

    private static SourceRecord talk(String title, String start, String end) {
        return SourceRecord.builder(RecordKind.TALK, SCHEDULE).title(title).room("Hall G").moderator("Ning Yu")
                .start(OffsetDateTime.parse(start)).end(OffsetDateTime.parse(end)).abstractText(title + " abstract.").build();
    }

    @AfterEach
    void tearDown() {
        index.close();
        catalog.close();
    }

    /** BM25's results page as the product searches (BackendRetrieval over the embedded index). */
    private SearchResults page(String query, int limit) {
        return page(Bm25Params.DEFAULT, query, limit);
    }

    private SearchResults page(Bm25Params params, String query, int limit) {
        return new BackendRetrieval(new LuceneBackend(index, params), List.of()).bm25(query, limit, 0).results();
    }

    private List<String> titles(String query) {
        return page(query, 10).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void freeTextRanksTitleMatchesAndHighlightsTheAbstract() {
        SearchResults r = page("diffusion", 10);
        assertThat(r.total()).isEqualTo(1);
        SearchHit hit = r.hits().getFirst();
        assertThat(hit.title()).isEqualTo("Photorealistic Text-to-Image Diffusion Models");
        assertThat(hit.snippet()).contains("**diffusion**");
        assertThat(hit.score()).isPositive().isFinite();
        assertThat(hit.records()).singleElement().isEqualTo(new RecordRef(hit.id(), "list.txt", 1));
    }

    @Test
    void theRankingAloneHasTheResultsPagesIdsAndScores() {
        for (String q : List.of("language models", "year:2020..2022", "author:remi diffusion")) {
            SearchResults page = page(q, 10);
            Ranking ranking = backend.bm25(q, 10);
            assertThat(ranking.ranked()).extracting(Ranked::id).containsExactlyElementsOf(page.hits().stream().map(SearchHit::id).toList());
            assertThat(ranking.ranked()).extracting(Ranked::score).containsExactlyElementsOf(page.hits().stream().map(SearchHit::score).toList());
            assertThat(ranking.total()).isEqualTo(page.total());
        }
    }

    @Test
    void pageHitsKeepTheGivenOrderAndScoresAndMarkTheQuerysWords() {
        List<SearchHit> page = page("language models", 10).hits();
        List<SearchHit> reversed = index.withSearcher(searcher -> {
            Bm25Search.Lexical lexical = search.lexical(searcher, "language models", 10);
            org.apache.lucene.search.ScoreDoc[] docs = lexical.top().scoreDocs.clone();
            java.util.Collections.reverse(java.util.Arrays.asList(docs));
            for (org.apache.lucene.search.ScoreDoc d : docs) {
                d.score = -d.score; // another ranking's scores are kept as given
            }
            return lexical.hits(docs);
        });
        assertThat(reversed).extracting(SearchHit::id).containsExactlyElementsOf(page.stream().map(SearchHit::id).toList().reversed());
        assertThat(reversed.getFirst().score()).isEqualTo(-page.getLast().score());
        assertThat(reversed).extracting(SearchHit::snippet).isEqualTo(page.stream().map(SearchHit::snippet).toList().reversed());
    }

    @Test
    void authorsMatchWithoutCaseOrAccents() {
        assertThat(titles("author:remi")).containsExactly("Photorealistic Text-to-Image Diffusion Models");
        assertThat(titles("author:\"RÉMI MUNOS\"")).containsExactly("Photorealistic Text-to-Image Diffusion Models");
        // A phrase must not run from one author into the next.
        assertThat(titles("author:\"Saharia Rémi\"")).isEmpty();
    }

    @Test
    void yearRangesAndExclusion() {
        assertThat(titles("year:2020..2022")).hasSize(2);
        assertThat(titles("year:..2000")).containsExactly("Long Short-Term Memory");
        assertThat(titles("language -kind:talk")).containsExactly("Chain of Thought Prompting");
        assertThat(titles("language -staged")).doesNotContain("Staged Training for Transformer Language Models");
    }

    @Test
    void timeFiltersUsePageLocalClockOrInstants() {
        assertThat(titles("kind:talk start>=2022-07-21T12:50 end<=2022-07-21T13:30"))
                .containsExactly("Staged Training for Transformer Language Models");
        // 19:30 UTC is 12:30 PDT.
        assertThat(titles("start:2022-07-21T19:30Z..2022-07-21T19:31Z")).containsExactly("GLaM: Efficient Scaling of Language Models");
    }

    @Test
    void fieldedMetadataAndSourceFileParts() {
        assertThat(titles("award:\"outstanding paper\"")).containsExactly("Photorealistic Text-to-Image Diffusion Models");
        assertThat(titles("room:\"hall g\" moderator:ning")).hasSize(3);
        assertThat(titles("source:session kind:talk")).hasSize(3);
        assertThat(titles("source:list.txt")).hasSize(3);
        assertThat(titles("section:papers")).containsExactly("Chain of Thought Prompting");
    }

    @Test
    void filtersAloneReturnEverythingMatchingInIdOrder() {
        SearchResults r = page("kind:talk", 10);
        assertThat(r.total()).isEqualTo(3);
        List<String> ids = r.hits().stream().map(SearchHit::id).toList();
        assertThat(ids).isSorted();
    }

    @Test
    void equalScoresAreOrderedByIdEveryTime() {
        SearchResults first = page("language models", 10);
        for (int i = 0; i < 5; i++) {
            assertThat(page("language models", 10).hits()).isEqualTo(first.hits());
        }
        List<SearchHit> hits = first.hits();
        for (int i = 1; i < hits.size(); i++) {
            if (hits.get(i).score() == hits.get(i - 1).score()) {
                assertThat(hits.get(i).id()).isGreaterThan(hits.get(i - 1).id());
            }
        }
    }

    @Test
    void tiesAcrossTheCutAndInsideTheTopKAreBrokenByRecordId() {
        List<SourceRecord> twins = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            twins.add(Records.paper("twins.txt", i + 1, "Zebra striping " + i).abstractText(i == 1 || i == 4 ? "zebra okapi" : "zebra zebu").build());
        }
        catalog.store(new dev.paperscope.ingest.Formats.ParsedFile("test", twins), "twins.txt", "s3", null);
        index.catchUp(catalog);
        List<String> allIds = page("abstract:zebra", 10).hits().stream().map(SearchHit::id).toList();
        assertThat(allIds).hasSize(6).isSorted();
        // Six equal scores, three wanted: the tie crosses the cut, so the smallest ids win.
        assertThat(page("abstract:zebra", 3).hits().stream().map(SearchHit::id).toList()).isEqualTo(allIds.subList(0, 3));
        // Two docs score higher than the rest and tie with each other: inside the top 2, ordered by id.
        SearchResults top = page("zebra okapi", 2);
        assertThat(top.hits()).extracting(SearchHit::title).containsExactlyInAnyOrder("Zebra striping 1", "Zebra striping 4");
        assertThat(top.hits().get(0).score()).isEqualTo(top.hits().get(1).score());
        assertThat(top.hits().stream().map(SearchHit::id).toList()).isSorted();
    }

    @Test
    void aLargeTieGroupStillYieldsTheSmallestIds() {
        List<SourceRecord> many = new java.util.ArrayList<>();
        for (int i = 0; i < 90; i++) {
            many.add(Records.paper("many.txt", i + 1, "Okapi herd " + i).abstractText("okapi").build());
        }
        catalog.store(new dev.paperscope.ingest.Formats.ParsedFile("test", many), "many.txt", "s4", null);
        index.catchUp(catalog);
        List<String> smallest = many.stream().map(SourceRecord::id).sorted().limit(5).toList();
        assertThat(page("abstract:okapi", 5).hits()).extracting(SearchHit::id).containsExactlyElementsOf(smallest);
        assertThat(backend.bm25("abstract:okapi", 5).ranked()).extracting(Ranked::id).containsExactlyElementsOf(smallest);
    }

    @Test
    void limitCapsHitsButNotTheTotal() {
        SearchResults r = page("kind:talk", 2);
        assertThat(r.hits()).hasSize(2);
        assertThat(r.total()).isEqualTo(3);
    }

    @Test
    void bm25ParametersChangeScores() {
        float defaultScore = page("language", 10).hits().getFirst().score();
        float other = page(new Bm25Params(2.0f, 1.0f), "language", 10).hits().getFirst().score();
        assertThat(other).isNotEqualTo(defaultScore);
    }
}
