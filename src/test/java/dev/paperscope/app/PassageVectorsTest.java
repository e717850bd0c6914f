package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.index.VectorQuantization;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.passages.PassageHit;
import dev.paperscope.search.passages.PassageResults;
import dev.paperscope.testing.HashingEmbedder;
import dev.paperscope.testing.PdfFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passages embedded with the folder's models (found by meaning, fused with BM25, vectors cached in the
 * catalog so reindex embeds nothing again), and a PDF's body: passages with their page, records found by
 * what the body says, with the body passage as the snippet.
 */
class PassageVectorsTest {
    @TempDir
    Path dir;
    private final List<HashingEmbedder> loaded = new ArrayList<>();

    private Optional<EmbeddingSetup> hashing() {
        VectorSpace space = new VectorSpace("test-hashing-128", 128);
        return Optional.of(new EmbeddingSetup(space, VectorQuantization.NONE, () -> {
            HashingEmbedder e = HashingEmbedder.withTestSynonyms();
            loaded.add(e);
            return e;
        }));
    }

    private int embedded() {
        return loaded.stream().mapToInt(HashingEmbedder::passagesEmbedded).sum();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void passagesAreFoundByMeaningWithBothSignalsAndTheirVectorsAreCachedForReindex() throws IOException {
        Path blog = write("blog.txt", LibraryPassagesTest.BLOG);
        Path jsonl = write("papers.jsonl", LibraryPassagesTest.JSONL);
        try (Paperscope ps = Paperscope.open(dir.resolve("data"), hashing())) {
            ps.ingest(List.of(blog, jsonl), Optional.empty(), IngestListener.NONE);
            PassageResults r = ps.passages().search("synthesize", 3);
            assertThat(r.retriever()).isEqualTo("hybrid");
            PassageHit top = r.hits().getFirst();
            assertThat(top.text()).as("'synthesize' means generation to the stand-in model").startsWith("We generate tabular data");
            assertThat(top.dense()).isNotNull();
            assertThat(top.bm25()).as("BM25 does not know the word").isNull();
            PassageResults dense = ps.passages().search("synthesize", 3, SearchOptions.DEFAULT.withRetriever(Retriever.DENSE));
            assertThat(dense.retriever()).isEqualTo("dense");
            assertThat(dense.hits().getFirst().dense().rank()).isEqualTo(1);
            assertThat(dense.hits().getFirst().bm25()).isNull();
            int afterIngest = embedded();
            assertThat(afterIngest).isPositive();
            ps.changes().reindex(n -> { });
            assertThat(embedded()).as("reindex reads passage vectors from the catalog").isEqualTo(afterIngest);
        }
        int before = embedded();
        try (Paperscope ps = Paperscope.open(dir.resolve("data"), hashing())) {
            ps.changes().reindex(n -> { });
            assertThat(ps.passages().search("synthesize", 3).hits()).isNotEmpty();
            assertThat(embedded()).as("another process's reindex embeds nothing either, only the query").isEqualTo(before);
        }
    }

    @Test
    void aPdfsBodyPassagesHaveTheirPageAndTheRecordIsFoundByItsBodyWithThePassageAsSnippet() throws IOException {
        Path pdf = dir.resolve("in").resolve("paper.pdf");
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, PdfFixtures.paper("Sparse Routing for Language Models", "Ann Lee and Bo Chen",
                "We route tokens to experts. The experts are small feed-forward networks."));
        try (Paperscope ps = Paperscope.open(dir.resolve("data"))) {
            ps.ingest(List.of(pdf), Optional.empty(), IngestListener.NONE);
            PassageHit body = ps.passages().search("what the paper measured", 3).hits().getFirst();
            assertThat(body.part()).isEqualTo("body");
            assertThat(body.source().page()).isEqualTo(1);
            assertThat(body.source().file()).isEqualTo("paper.pdf");
            assertThat(body.text()).contains("The second sentence of the introduction says what the paper measured.");
            List<SearchHit> hits = ps.search("page numbers measured", 5, SearchOptions.DEFAULT).hits();
            assertThat(hits).as("words only the body has find the paper").hasSize(1);
            assertThat(hits.getFirst().snippet()).startsWith("p. 1: ").contains("**page**", "**numbers**");
            List<SearchHit> byTitle = ps.search("sparse", 5, SearchOptions.DEFAULT).hits();
            assertThat(byTitle.getFirst().snippet()).as("a title match keeps the abstract's opening").startsWith("We route tokens");
            ps.changes().remove("paper.pdf");
            assertThat(ps.passages().search("measured", 3).hits()).isEmpty();
            assertThat(ps.passages().count()).isZero();
        }
    }

    @Test
    void aDeletedPassageIndexIsRebuiltFromTheCatalogOnOpen() throws IOException {
        Path blog = write("blog.txt", LibraryPassagesTest.BLOG);
        List<String> ids;
        try (Paperscope ps = Paperscope.open(dir.resolve("data"))) {
            ps.ingest(List.of(blog), Optional.empty(), IngestListener.NONE);
            ids = LibraryPassagesTest.ids(ps.passages());
        }
        try (Stream<Path> files = Files.list(dir.resolve("data").resolve("passages"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        try (Paperscope ps = Paperscope.open(dir.resolve("data"))) {
            assertThat(LibraryPassagesTest.ids(ps.passages())).isEqualTo(ids).isNotEmpty();
        }
    }
}
