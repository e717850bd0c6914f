package dev.paperscope.search;

import dev.paperscope.index.IndexSchema;
import dev.paperscope.index.SearchIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * Fielded BM25 over the index. Ties are broken by record id, so equal scores always come in one order.
 * Snippets mark matched terms with {@code **}; without a match in the abstract, the snippet is its opening.
 */
public final class Bm25Search {
    public static final String MARK = Hits.MARK;
    /**
     * Hits are counted exactly up to this many; past it the total is a lower bound. Counting every match
     * would stop Lucene from skipping documents that cannot enter the top k, which made broad queries
     * several times slower (docs/BENCHMARKS.md).
     */
    static final int EXACT_TOTAL_UP_TO = 1_000;
    private static final Sort SCORE_THEN_ID = new Sort(SortField.FIELD_SCORE, new SortField(IndexSchema.ID, SortField.Type.STRING));
    private final SearchIndex index;
    private final Analyzer analyzer = IndexSchema.analyzer();
    private final LuceneQueries queries = new LuceneQueries(analyzer);
    private final BM25Similarity similarity;

    public Bm25Search(SearchIndex index, Bm25Params params) {
        this.index = index;
        this.similarity = new BM25Similarity(params.k1(), params.b());
    }

    public SearchResults search(String queryText, int limit) {
        return search(queryText, limit, true);
    }

    /**
     * As {@link #search}, but every snippet is the abstract's opening: for candidate lists that fusion
     * mostly discards, where highlighting each candidate would cost more than the search itself.
     */
    public SearchResults candidates(String queryText, int limit) {
        return search(queryText, limit, false);
    }

    private SearchResults search(String queryText, int limit, boolean highlight) {
        SearchResults.checkLimit(limit);
        long t0 = System.nanoTime();
        ParsedQuery parsed = QuerySyntax.parse(queryText);
        Query query = queries.build(parsed);
        List<SearchHit> hits = new ArrayList<>();
        TotalHits total = index.withSearcher(shared -> {
            IndexSearcher searcher = scoringSearcher(shared);
            TopDocs top = rank(searcher, query, limit);
            String[] snippets = highlight ? snippets(searcher, query, top) : new String[top.scoreDocs.length];
            StoredFields stored = searcher.storedFields();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                hits.add(hit(stored.document(top.scoreDocs[i].doc), top.scoreDocs[i], snippets[i]));
            }
            return top.totalHits;
        });
        return new SearchResults(queryText, total.value(), total.relation() == TotalHits.Relation.EQUAL_TO, hits,
                (System.nanoTime() - t0) / 1e6, parsed.notes());
    }

    /**
     * {@code hits} with the query's terms marked in their snippets where their abstracts have them; a
     * hit whose record has left the index, or whose abstract has no match, is returned as it was.
     */
    public List<SearchHit> highlighted(String queryText, List<SearchHit> hits) {
        if (hits.isEmpty()) {
            return hits;
        }
        Query query = luceneQuery(queryText);
        return index.withSearcher(searcher -> {
            ScoreDoc[] docs = new ScoreDoc[hits.size()];
            for (int i = 0; i < docs.length; i++) {
                TopDocs found = searcher.search(new TermQuery(new Term(IndexSchema.ID, hits.get(i).id())), 1);
                if (found.scoreDocs.length == 0) {
                    return hits;
                }
                docs[i] = new ScoreDoc(found.scoreDocs[0].doc, hits.get(i).score());
            }
            String[] marked = snippets(searcher, query, new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs));
            List<SearchHit> out = new ArrayList<>(hits.size());
            for (int i = 0; i < docs.length; i++) {
                out.add(marked[i] == null ? hits.get(i) : Hits.withSnippet(hits.get(i), marked[i]));
            }
            return out;
        });
    }

    /**
     * The ranking alone: top {@code k} by score, ties by record id; no snippets, no stored fields.
     *
     * <p>A sort on (score, id) costs about a third more than Lucene's plain top-k by score, so the plain
     * collector runs first, for k + 1 hits: unless the k-th and (k+1)-th scores tie, those k hits are
     * exactly the top k, and only ties among them need their ids. A tie across the cut falls back to
     * the sort.
     */
    public TopDocs rank(IndexSearcher searcher, Query query, int k) throws IOException {
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(k + 1, null, EXACT_TOTAL_UP_TO));
        ScoreDoc[] docs = top.scoreDocs;
        if (docs.length > k && docs[k - 1].score == docs[k].score) {
            return searcher.search(query, new TopFieldCollectorManager(SCORE_THEN_ID, k, null, EXACT_TOTAL_UP_TO));
        }
        ScoreDoc[] firstK = Arrays.copyOf(docs, Math.min(k, docs.length));
        orderTiesById(searcher, firstK);
        return new TopDocs(top.totalHits, firstK);
    }

    private static void orderTiesById(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        boolean ties = false;
        for (int i = 1; i < docs.length && !ties; i++) {
            ties = docs[i].score == docs[i - 1].score;
        }
        if (!ties) {
            return;
        }
        java.util.Map<Integer, String> ids = new java.util.HashMap<>();
        for (ScoreDoc d : docs) {
            ids.put(d.doc, idOf(searcher, d.doc));
        }
        Arrays.sort(docs, java.util.Comparator.comparing((ScoreDoc d) -> -d.score).thenComparing(d -> ids.get(d.doc)));
    }

    /** A record id from the id doc values, which cost far less to read than stored fields. */
    private static String idOf(IndexSearcher searcher, int doc) throws IOException {
        var leaves = searcher.getIndexReader().leaves();
        var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        var values = leaf.reader().getSortedDocValues(IndexSchema.ID);
        if (values == null || !values.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("document " + doc + " has no id");
        }
        return values.lookupOrd(values.ordValue()).utf8ToString();
    }

    /**
     * A searcher over the shared reader that scores with this search's BM25 parameters; the shared
     * searcher itself is never mutated, so concurrent searches with other parameters do not interfere.
     */
    public IndexSearcher scoringSearcher(IndexSearcher shared) {
        IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
        searcher.setSimilarity(similarity);
        return searcher;
    }

    /**
     * Facet counts over every record {@code queryText} matches (its words and its field clauses), at most
     * {@code topPerField} values per field. Dense and hybrid searches share this match set: their own
     * candidates are a top-k, which has no "all hits" to count.
     */
    public Facets facets(String queryText, int topPerField) {
        Query query = luceneQuery(queryText);
        return index.withSearcher(searcher -> FacetCounter.count(searcher, query, topPerField));
    }

    /** The Lucene query a query string becomes; for benchmarks that run it on a bare searcher. */
    public Query luceneQuery(String queryText) {
        return queries.build(QuerySyntax.parse(queryText));
    }

    private String[] snippets(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        return Hits.highlights(searcher, analyzer, query, top);
    }

    /** With a sort on score, Lucene leaves {@code ScoreDoc.score} unset and keeps the score as the first sort value. */
    private static float score(ScoreDoc scoreDoc) {
        return scoreDoc instanceof FieldDoc fd && fd.fields[0] instanceof Float f ? f : scoreDoc.score;
    }

    private static SearchHit hit(Document doc, ScoreDoc scoreDoc, String highlighted) {
        return Hits.hit(doc, score(scoreDoc), highlighted);
    }
}
