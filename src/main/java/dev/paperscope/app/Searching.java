package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.index.IndexSchema;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.search.Bm25Params;
import dev.paperscope.search.Facets;
import dev.paperscope.search.LuceneBackend;
import dev.paperscope.search.Matched;
import dev.paperscope.search.SearchResults;
import dev.paperscope.search.WorkGrouping;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Searches of one data folder: records or works, with facets, and a note when the catalog is empty. Records
 * are searched in the embedded index, or in OpenSearch when the folder's backend is opensearch ({@link BackendChoice}).
 */
final class Searching implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Searching.class);
    private final Path dataDir;
    private final Catalog catalog;
    private final SearchIndex index;
    private final Retrieval retrieval;
    private final LibraryPassages passages;
    /** Null unless the folder's backend is opensearch. */
    private final OpenSearchRecords remote;

    Searching(Path dataDir, Catalog catalog, SearchIndex index, List<LazyEmbedder> embedders, LibraryPassages passages) {
        this.dataDir = dataDir;
        this.passages = passages;
        this.catalog = catalog;
        this.index = index;
        BackendChoice choice = BackendChoice.remembered(dataDir);
        this.remote = choice.backend() == BackendChoice.Backend.OPENSEARCH ? new OpenSearchRecords(choice, catalog, index, LOG::warn) : null;
        this.retrieval = new Retrieval(index, embedders, remote);
    }

    /** Brings the OpenSearch index (if the folder searches there) up to the catalog; a write calls it after the embedded index caught up. */
    void catchUpBackend() {
        if (remote != null) {
            remote.current();
        }
    }

    /** Rebuilds the OpenSearch index (if the folder searches there) from the catalog. */
    void rebuildBackend() {
        if (remote != null) {
            remote.rebuild();
        }
    }

    /** Which index answers searches and, for a cluster, its health now. */
    BackendStatus backendStatus() {
        return remote == null ? BackendStatus.embedded() : remote.status();
    }

    @Override
    public void close() {
        if (remote != null) {
            remote.close();
        }
    }

    Matched records(String query, int limit, SearchOptions options, int facetsPerField) {
        Matched matched = retrieval.search(query, limit, options, facetsPerField);
        SearchResults results = hasBodies() ? BodySnippets.apply(matched.results(), options, passages) : matched.results();
        return new Matched(withEmptyCatalogNote(results), matched.facets());
    }

    /**
     * Whether any record has a body (a PDF's text): without one no hit can have matched there, so a page of
     * hits costs no passage search (the scale benchmark's dense page paid ~10 ms for it at 106k records).
     */
    private boolean hasBodies() {
        return index.withSearcher(s -> s.getIndexReader().getDocCount(IndexSchema.BODY) > 0);
    }

    private SearchResults withEmptyCatalogNote(SearchResults results) {
        // Only an empty result can come from an empty catalog: count records off the hot path.
        if (results.total() > 0 || catalog.recordCount() > 0) {
            return results;
        }
        return results.withNote(
                "the catalog in " + dataDir + " is empty: ingest something first (paperscope ingest PATH, or paperscope demo)");
    }

    /** Groups the record search by work; the facets are those of the matching records. */
    Matched works(String query, int limit, SearchOptions options, int facetsPerField) {
        Facets[] facets = {Facets.NONE};
        SearchResults works = new WorkGrouping(new CatalogWorks(catalog)).group(limit, window -> {
            Matched records = records(query, window, options, facetsPerField);
            facets[0] = records.facets();
            return records.results();
        });
        return new Matched(works, facets[0]);
    }

    /** BM25's facet counts over every record the query matches. */
    Facets facets(String query, int topPerField) {
        if (remote != null) {
            return remote.current().facets(query, List.of(), topPerField);
        }
        return new LuceneBackend(index, Bm25Params.DEFAULT).facets(query, List.of(), topPerField);
    }
}
