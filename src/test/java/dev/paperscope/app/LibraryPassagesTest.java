package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.index.IndexSchema;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.search.RetrieverUnavailableException;
import dev.paperscope.search.passages.PassageHit;
import dev.paperscope.search.passages.PassageResults;
import dev.paperscope.search.passages.PassageSearch;
import dev.paperscope.testing.Records;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passages of every record through the facade: found by BM25 with their provenance, kept in step with the catalog. */
class LibraryPassagesTest {
    static final String BLOG = """
            Tag Archives: Testing

            Sparse Experts at Scale

            Mixture-of-experts models route each token to a small number of experts, so that the compute spent on each token stays low while the number of parameters grows.
            The routing is learned together with the experts.

            The largest model has 1.2 trillion parameters in total. Only 97 billion of them are active for each token, which is about eight percent of the model.

            Source: Example Research Blog
            """;
    static final String JSONL = """
            {"title": "Contrastive Pretraining of Sentence Encoders", "abstract": "We pretrain sentence encoders with a contrastive loss.", "authors": ["Ann Lee"], "venue": "NeurIPS", "year": 2023}
            {"title": "Diffusion for Tabular Data", "abstract": "We generate tabular data with a diffusion model. The model reaches an FID of 4.2 on the census benchmark.", "authors": ["Bo Chen"], "venue": "NeurIPS", "year": 2023}
            """;
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static Paperscope ingest(Path data, Path... files) {
        Paperscope ps = Paperscope.open(data);
        ps.ingest(List.of(files), Optional.empty(), IngestListener.NONE);
        return ps;
    }

    static List<String> ids(LibraryPassages passages) {
        return passages.index().withSearcher(s -> {
            List<String> ids = new ArrayList<>();
            for (ScoreDoc d : s.search(new MatchAllDocsQuery(), 10_000).scoreDocs) {
                ids.add(s.storedFields().document(d.doc).get(IndexSchema.ID));
            }
            ids.sort(null);
            return ids;
        });
    }

    @Test
    void aBlogPassageIsFoundWithTheLineOfItsFirstSentence() throws IOException {
        Path blog = write("blog.txt", BLOG);
        try (Paperscope ps = ingest(dir.resolve("data"), blog)) {
            PassageResults r = ps.passages().search("how many parameters are active for each token", 5);
            assertThat(r.retriever()).isEqualTo("bm25");
            PassageHit top = r.hits().getFirst();
            assertThat(top.text()).startsWith("The largest model has 1.2 trillion parameters");
            assertThat(top.source().line()).as("the line of 'The largest model'").isEqualTo(8);
            assertThat(top.source().page()).isNull();
            assertThat(top.source().file()).isEqualTo("blog.txt");
            assertThat(top.part()).isEqualTo("abstract");
            assertThat(top.title()).isEqualTo("Sparse Experts at Scale");
            assertThat(top.record()).isEqualTo(ps.searches().ids("Sparse Experts", 1, SearchOptions.DEFAULT).getFirst());
            assertThat(top.work()).isNotNull();
            assertThat(top.bm25()).isNotNull();
            assertThat(top.bm25().rank()).isEqualTo(1);
            assertThat(top.dense()).isNull();
            assertThat(top.snippet()).contains("**");
            assertThat(r.notes()).anyMatch(n -> n.contains("BM25 only"));
        }
    }

    @Test
    void aJsonLinesPassageCarriesItsRecordsLine() throws IOException {
        Path jsonl = write("papers.jsonl", JSONL);
        try (Paperscope ps = ingest(dir.resolve("data"), jsonl)) {
            PassageHit top = ps.passages().search("FID census benchmark", 3).hits().getFirst();
            assertThat(top.text()).contains("FID of 4.2");
            assertThat(top.source().line()).isEqualTo(2);
            assertThat(top.source().page()).isNull();
        }
    }

    @Test
    void aQueryMatchingNothingSaysSoAndBadLimitsAndMissingVectorsFailClearly() throws IOException {
        Path jsonl = write("papers.jsonl", JSONL);
        try (Paperscope ps = ingest(dir.resolve("data"), jsonl)) {
            PassageResults none = ps.passages().search("zebra xylophone", 5);
            assertThat(none.hits()).isEmpty();
            assertThat(none.total()).isZero();
            assertThat(none.notes()).contains(PassageSearch.NO_MATCH);
            assertThatThrownBy(() -> ps.passages().search("diffusion", 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ps.passages().search("diffusion", 5, SearchOptions.DEFAULT.withRetriever(Retriever.HYBRID)))
                    .isInstanceOf(RetrieverUnavailableException.class).hasMessageContaining("needs vectors");
        }
    }

    @Test
    void passageIdsAreStableUnderReingestAndReindexAndRemovingTheFileRemovesItsPassages() throws IOException {
        Path blog = write("blog.txt", BLOG);
        Path jsonl = write("papers.jsonl", JSONL);
        List<String> before;
        try (Paperscope ps = ingest(dir.resolve("data"), blog, jsonl)) {
            before = ids(ps.passages());
            assertThat(before).hasSize(4).doesNotHaveDuplicates();
            ps.ingest(List.of(blog, jsonl), Optional.empty(), IngestListener.NONE);
            assertThat(ids(ps.passages())).isEqualTo(before);
            ps.changes().reindex(n -> { });
            assertThat(ids(ps.passages())).isEqualTo(before);
            ps.changes().remove("papers.jsonl");
            assertThat(ids(ps.passages())).hasSize(2).allMatch(before::contains);
            assertThat(ps.passages().search("FID census", 5).hits()).isEmpty();
        }
        try (Paperscope ps = Paperscope.open(dir.resolve("data2"))) {
            ps.ingest(List.of(jsonl, blog), Optional.empty(), IngestListener.NONE);
            assertThat(ids(ps.passages())).as("another folder, the other order: the same ids").isEqualTo(before);
        }
    }

    /** A process killed after the catalog committed leaves the passage index behind: the next open catches it up. */
    @Test
    void aPassageIndexBehindTheCatalogCatchesUpOnOpen() {
        SourceRecord r = Records.paper("late.txt", 3, "Late Paper").abstractText("Stored in the catalog before the index saw it.").build();
        try (Paperscope ps = Paperscope.open(dir.resolve("data"))) {
            ps.catalog().store(Records.file(r), "late.txt", "s1", null); // the catalog commits; the indexes are not told
            assertThat(ids(ps.passages())).isEmpty();
        }
        try (Paperscope ps = Paperscope.open(dir.resolve("data"))) {
            assertThat(ps.passages().search("before the index saw it", 3).hits()).singleElement()
                    .satisfies(h -> assertThat(h.record()).isEqualTo(r.id()));
        }
    }
}
