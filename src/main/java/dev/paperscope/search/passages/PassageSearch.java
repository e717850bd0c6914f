package dev.paperscope.search.passages;

import dev.paperscope.index.IndexSchema;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.search.Bm25Params;
import dev.paperscope.search.LuceneBackend;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import dev.paperscope.search.dense.Embedder;
import dev.paperscope.search.fusion.BackendRetrieval;
import dev.paperscope.search.fusion.Contribution;
import dev.paperscope.search.fusion.Explained;
import dev.paperscope.search.fusion.FusedHit;
import dev.paperscope.search.fusion.Fusion;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Searches the passage index ({@link SearchIndex#openPassages}) with the record search's retrieval:
 * {@link BackendRetrieval} over the passage index ({@link LuceneBackend}) with the given {@link Fusion}, so the
 * query syntax (filters such as {@code year:2023}), the similarity floor and the fusion are those of
 * record search. Safe for concurrent use when the embedders are.
 */
public final class PassageSearch {
    /** The note of a query that matches no passage. */
    public static final String NO_MATCH = "no passages match this query";
    private final SearchIndex index;
    private final List<Embedder> embedders;
    private final Bm25Params params;
    private final Fusion fusion;

    /** {@code embedders} in the index's vector field order; empty for BM25 only. */
    public PassageSearch(SearchIndex index, List<Embedder> embedders, Bm25Params params, Fusion fusion) {
        this.index = Objects.requireNonNull(index, "index");
        this.embedders = List.copyOf(embedders);
        this.params = Objects.requireNonNull(params, "params");
        this.fusion = Objects.requireNonNull(fusion, "fusion");
    }

    /** The first {@code limit} passages BM25 ranks for {@code query}. */
    public PassageResults bm25(String query, int limit) {
        SearchResults r = retrieval().bm25(query, limit, 0).results();
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < r.hits().size(); i++) {
            SearchHit h = r.hits().get(i);
            found.add(new Found(h, h.score(), new Contribution(i + 1, h.score()), null));
        }
        return results(r, "bm25", found);
    }

    /** The first {@code limit} passages the embedding models rank for {@code query} (above the first model's similarity floor). */
    public PassageResults dense(String query, int limit) {
        requireModels();
        SearchResults r = retrieval().dense(query, limit, 0).results();
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < r.hits().size(); i++) {
            SearchHit h = r.hits().get(i);
            found.add(new Found(h, h.score(), null, new Contribution(i + 1, h.score())));
        }
        return results(r, "dense", found);
    }

    /** The first {@code limit} passages of BM25 and dense retrieval fused, each with both retrievers' ranks and scores. */
    public PassageResults hybrid(String query, int limit) {
        requireModels();
        Explained e = retrieval().hybridExplained(query, limit, fusion, 0);
        List<Found> found = new ArrayList<>();
        for (FusedHit f : e.fused()) {
            found.add(new Found(f.hit(), f.fused().score(), f.fused().bm25(), f.fused().dense()));
        }
        return results(e.results(), "hybrid", found);
    }

    /** The record search's retrieval (its one path, {@link BackendRetrieval}) over the passage index. */
    private BackendRetrieval retrieval() {
        return new BackendRetrieval(new LuceneBackend(index, params), embedders);
    }

    private void requireModels() {
        if (embedders.isEmpty()) {
            throw new IllegalStateException("dense passage retrieval needs embedding models");
        }
    }

    /** A hit as a retriever returned it, before its passage's own fields are read. */
    private record Found(SearchHit hit, double score, Contribution bm25, Contribution dense) {
    }

    /**
     * The hits with their passages' stored fields, read by id on the current searcher; a passage gone
     * meanwhile (its file re-ingested between the search and this read) is left out.
     */
    private PassageResults results(SearchResults r, String retriever, List<Found> found) {
        List<PassageHit> hits = index.withSearcher(searcher -> {
            List<PassageHit> out = new ArrayList<>(found.size());
            for (Found f : found) {
                TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, f.hit().id())), 1);
                if (top.scoreDocs.length == 1) {
                    out.add(hit(searcher.storedFields().document(top.scoreDocs[0].doc), f));
                }
            }
            return out;
        });
        List<String> notes = r.total() == 0 ? Stream.concat(r.notes().stream(), Stream.of(NO_MATCH)).toList() : r.notes();
        return new PassageResults(r.query(), retriever, r.total(), hits, r.millis(), notes);
    }

    private static PassageHit hit(Document d, Found f) {
        PassageSource source = new PassageSource(d.get(IndexSchema.FILE), intOf(d, IndexSchema.LINE), integerOf(d, IndexSchema.PAGE),
                d.get(IndexSchema.ELEMENT));
        return new PassageHit(f.hit().id(), d.get(IndexSchema.ABSTRACT), f.hit().snippet(), d.get(IndexSchema.RECORD),
                d.get(IndexSchema.WORK), d.get(IndexSchema.TITLE), d.get(IndexSchema.KIND), d.get(IndexSchema.SECTION),
                d.get(IndexSchema.PART), intOf(d, IndexSchema.ORDINAL), source, f.score(), f.bm25(), f.dense());
    }

    private static int intOf(Document d, String field) {
        Integer value = integerOf(d, field);
        if (value == null) {
            throw new IllegalStateException("passage document lacks " + field + ": the passage index is damaged; run reindex");
        }
        return value;
    }

    private static Integer integerOf(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? null : f.numericValue().intValue();
    }
}
