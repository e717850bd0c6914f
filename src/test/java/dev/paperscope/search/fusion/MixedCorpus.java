package dev.paperscope.search.fusion;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.index.IndexVectors;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.index.VectorQuantization;
import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.Source;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.search.Bm25Params;
import dev.paperscope.search.LuceneBackend;
import dev.paperscope.testing.HashingEmbedder;
import dev.paperscope.testing.MapVectorSource;
import dev.paperscope.testing.Records;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * 30 records (6 topics × 5 angles, talks and papers, 2020–2024, ICML and NeurIPS) indexed with the hashing
 * embedder's vectors: the fixture of the retrieval tests ({@link MatchingSetTest}, {@link LuceneBackendReadsTest}).
 */
final class MixedCorpus implements AutoCloseable {
    static final int RECORDS = 30;
    private static final String[] TOPICS = {"diffusion models", "language models", "image generation", "reinforcement learning",
            "graph networks", "protein folding"};
    private static final String[] ANGLES = {"scaling", "efficient training", "robust evaluation", "theory", "benchmarks"};
    final Catalog catalog;
    final SearchIndex index;

    MixedCorpus(Path dir, HashingEmbedder embedder) {
        catalog = Catalog.open(dir.resolve("c.db"));
        List<SourceRecord> records = new ArrayList<>();
        int line = 1;
        for (int t = 0; t < TOPICS.length; t++) {
            for (int a = 0; a < ANGLES.length; a++) {
                String text = "We study " + TOPICS[t] + " with a focus on " + ANGLES[a] + " and " + TOPICS[(t + a) % TOPICS.length] + ".";
                Source source = new Source("mixed.txt", line++, "0".repeat(64), "test");
                RecordKind kind = (t + a) % 3 == 0 ? RecordKind.TALK : RecordKind.PAPER;
                records.add(SourceRecord.builder(kind, source).title(TOPICS[t] + ": " + ANGLES[a]).abstractText(text).year(2020 + a)
                        .venue(a % 2 == 0 ? "ICML" : "NeurIPS").build());
            }
        }
        catalog.store(Records.file(records.toArray(SourceRecord[]::new)), "mixed.txt", "s1", null);
        index = SearchIndex.open(dir.resolve("i"), new IndexVectors(new MapVectorSource(embedder), VectorQuantization.NONE));
        index.catchUp(catalog);
    }

    /** The product's retrieval over this index with {@code embedder}, taking {@code depth} hybrid and {@code denseDepth} dense candidates. */
    BackendRetrieval retrieval(HashingEmbedder embedder, int depth, int denseDepth) {
        return new BackendRetrieval(new LuceneBackend(index, Bm25Params.DEFAULT), List.of(embedder), depth, denseDepth);
    }

    @Override
    public void close() {
        index.close();
        catalog.close();
    }
}
