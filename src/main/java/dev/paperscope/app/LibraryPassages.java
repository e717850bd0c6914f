package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.search.RetrieverUnavailableException;
import dev.paperscope.search.dense.Embedder;
import dev.paperscope.search.passages.PassageResults;
import dev.paperscope.search.passages.PassageSearch;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The passages of a data folder's records ({@code passages/}, an index beside the record index): every
 * record's abstract and PDF body cut into sentence-bounded passages, indexed for BM25 and, when the folder
 * is opened with embedding models, embedded with them (vectors cached in the catalog like the records').
 * Derived from the catalog like the record index: caught up after every change, rebuilt by reindex.
 * Handed out by {@link Paperscope#passages()}.
 */
public final class LibraryPassages implements AutoCloseable {
    private final Catalog catalog;
    /** Null for a folder opened without passages (an evaluation's temporary folder). */
    private final SearchIndex index;
    private final List<LazyEmbedder> embedders;

    private LibraryPassages(Catalog catalog, SearchIndex index, List<LazyEmbedder> embedders) {
        this.catalog = catalog;
        this.index = index;
        this.embedders = List.copyOf(embedders);
    }

    /** Opens {@code dataDir/passages}, with vectors of {@code embedding}'s models when present; catches up nothing yet. */
    static LibraryPassages open(Path dataDir, Catalog catalog, Optional<EmbeddingSetup> embedding, List<LazyEmbedder> embedders) {
        Path dir = dataDir.resolve("passages");
        SearchIndex index = SearchIndex.openPassages(dir,
                embedding.map(e -> CachedVectorSource.indexVectors(e, catalog, embedders)).orElse(null));
        return new LibraryPassages(catalog, index, embedders);
    }

    /** No passage index at all: for the evaluation's temporary folders, which search records only. */
    static LibraryPassages none(Catalog catalog) {
        return new LibraryPassages(catalog, null, List.of());
    }

    /** Whether the passage index exists and has a commit to search. */
    boolean ready() {
        return index != null && index.generation() >= 0;
    }

    /**
     * Passages for {@code query}, best first: hybrid (BM25 and dense, fused as records are) when the folder
     * has passage vectors, else BM25 with a note saying why. The query syntax is the record search's.
     *
     * @throws IllegalArgumentException when {@code limit} is outside 1..10000
     */
    public PassageResults search(String query, int limit) {
        return search(query, limit, SearchOptions.DEFAULT);
    }

    /**
     * As {@link #search(String, int)} with the retriever, BM25 parameters and fusion of {@code options}.
     *
     * @throws RetrieverUnavailableException when dense or hybrid is asked for and there are no vectors
     */
    public PassageResults search(String query, int limit, SearchOptions options) {
        index();
        Optional<String> noVectors = whyNoVectors();
        Retriever chosen = options.retriever().orElse(noVectors.isEmpty() ? Retriever.HYBRID : Retriever.BM25);
        if (chosen != Retriever.BM25 && noVectors.isPresent()) {
            throw new RetrieverUnavailableException(chosen.name().toLowerCase(Locale.ROOT) + " passage retrieval needs vectors: " + noVectors.get());
        }
        PassageSearch search = new PassageSearch(index, List.<Embedder>copyOf(embedders), options.bm25(), Retrieval.fusion(options));
        PassageResults results = switch (chosen) {
            case BM25 -> search.bm25(query, limit);
            case DENSE -> search.dense(query, limit);
            case HYBRID -> search.hybrid(query, limit);
        };
        if (options.retriever().isEmpty() && noVectors.isPresent()) {
            List<String> notes = new java.util.ArrayList<>(results.notes());
            notes.add("searched passages with BM25 only: " + noVectors.get());
            results = new PassageResults(results.query(), results.retriever(), results.total(), results.hits(), results.millis(), notes);
        }
        return results;
    }

    /** How many passages the index holds. */
    public long count() {
        return index().withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    /** The passage index, for benchmarks and tests; product code searches through {@link #search}. */
    public SearchIndex index() {
        if (index == null) {
            throw new IllegalStateException("this data folder was opened without passages");
        }
        return index;
    }

    private Optional<String> whyNoVectors() {
        return VectorNotes.whyNot(embedders, index.vectorSpaces(), "passage index");
    }

    /** Catches up with the catalog, waiting (bounded) while another process writes the passage index. */
    void catchUp(Consumer<String> notice) {
        if (index != null) {
            IndexCatchUp.waiting(index, catalog, notice);
        }
    }

    /** Catches up unless another process holds the passage index writer. */
    void catchUpIfFree() {
        if (index != null) {
            IndexCatchUp.ifFree(index, catalog);
        }
    }

    void rebuild(LongConsumer progress) {
        if (index != null) {
            index.rebuild(catalog, progress);
        }
    }

    @Override
    public void close() {
        if (index != null) {
            index.close();
        }
    }
}
