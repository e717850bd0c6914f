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
    /** How many hits past the cut are collected to find the whole group of hits tied at the cut. */
    static final int TIE_WINDOW = 64;
    private static final Sort SCORE_THEN_ID = new Sort(SortField.FIELD_SCORE, new SortField(IndexSchema.ID, SortField.Type.STRING));
    private final SearchIndex index;
    private final Analyzer analyzer = IndexSchema.analyzer();
    private final LuceneQueries queries = new LuceneQueries(analyzer);
    private final BM25Similarity similarity;

    public Bm25Search(SearchIndex index, Bm25Params params) {
        this.index = index;
        this.similarity = new BM25Similarity(params.k1(), params.b());
    }


    /**
     * The ranking alone, as ids and scores: for candidate lists that fusion mostly discards, where reading
     * each candidate's stored fields would cost more than the search itself.
     */
    public Ranking ranking(String queryText, int limit) {
        SearchResults.checkLimit(limit);
        ParsedQuery parsed = QuerySyntax.parse(queryText);
        Query query = queries.build(parsed);
        return index.withSearcher(shared -> {
            IndexSearcher searcher = scoringSearcher(shared);
            TopDocs top = rank(searcher, query, limit);
            List<Ranked> ranked = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc d : top.scoreDocs) {
                ranked.add(new Ranked(Hits.idOf(searcher, d.doc), score(d)));
            }
            return new Ranking(ranked, top.totalHits.value(), top.totalHits.relation() == TotalHits.Relation.EQUAL_TO, parsed.notes());
        });
    }

    public SearchResults search(String queryText, int limit) {
        SearchResults.checkLimit(limit);
        long t0 = System.nanoTime();
        ParsedQuery parsed = QuerySyntax.parse(queryText);
        Query query = queries.build(parsed);
        List<SearchHit> hits = new ArrayList<>();
        TotalHits total = index.withSearcher(shared -> {
            IndexSearcher searcher = scoringSearcher(shared);
            TopDocs top = rank(searcher, query, limit);
            String[] snippets = snippets(searcher, query, top);
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
     * Results-page hits for ranked ids, in the given order and with the given scores, snippets marking the
     * query's terms where the abstracts have them. An id that has left the index since it was ranked is
     * left out.
     */
    public List<SearchHit> hitsFor(String queryText, List<Ranked> ranked) {
        if (ranked.isEmpty()) {
            return List.of();
        }
        Query query = luceneQuery(queryText);
        return index.withSearcher(searcher -> {
            List<ScoreDoc> docs = new ArrayList<>(ranked.size());
            for (Ranked r : ranked) {
                TopDocs found = searcher.search(new TermQuery(new Term(IndexSchema.ID, r.id())), 1);
                if (found.scoreDocs.length > 0) {
                    docs.add(new ScoreDoc(found.scoreDocs[0].doc, r.score()));
                }
            }
            TopDocs page = new TopDocs(new TotalHits(docs.size(), TotalHits.Relation.EQUAL_TO), docs.toArray(ScoreDoc[]::new));
            String[] marked = snippets(searcher, query, page);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> out = new ArrayList<>(docs.size());
            for (int i = 0; i < docs.size(); i++) {
                out.add(Hits.hit(stored.document(docs.get(i).doc), docs.get(i).score, marked[i]));
            }
            return out;
        });
    }

    /**
     * The ranking alone: top {@code k} by score, ties by record id; no snippets, no stored fields.
     *
     * <p>A sort on (score, id) cannot skip documents the way Lucene's plain top-k by score does, so the
     * plain collector runs first, for k + 1 hits: unless the k-th and (k+1)-th scores tie, those k hits
     * are exactly the top k, and only ties among them need their ids. A tie across the cut (a paper
     * listed on several pages ties with its copies) is looked for within k + {@link #TIE_WINDOW} hits;
     * only a tie group larger than that falls back to the sort.
     */
    public TopDocs rank(IndexSearcher searcher, Query query, int k) throws IOException {
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(k + 1, null, EXACT_TOTAL_UP_TO));
        ScoreDoc[] docs = top.scoreDocs;
        if (docs.length > k && docs[k - 1].score == docs[k].score) {
            top = searcher.search(query, new TopScoreDocCollectorManager(k + TIE_WINDOW, null, EXACT_TOTAL_UP_TO));
            docs = top.scoreDocs;
            float cut = docs[k - 1].score;
            if (docs.length == k + TIE_WINDOW && docs[docs.length - 1].score == cut) {
                return searcher.search(query, new TopFieldCollectorManager(SCORE_THEN_ID, k, null, EXACT_TOTAL_UP_TO));
            }
        }
        // Every hit scoring at least the k-th is here: order ties by id, then cut.
        ScoreDoc[] candidates = docs;
        if (docs.length > k) {
            float cut = docs[k - 1].score;
            int n = k;
            while (n < docs.length && docs[n].score == cut) {
                n++;
            }
            candidates = Arrays.copyOf(docs, n);
        }
        orderTiesById(searcher, candidates);
        return new TopDocs(top.totalHits, Arrays.copyOf(candidates, Math.min(k, candidates.length)));
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
            ids.put(d.doc, Hits.idOf(searcher, d.doc));
        }
        Arrays.sort(docs, java.util.Comparator.comparing((ScoreDoc d) -> -d.score).thenComparing(d -> ids.get(d.doc)));
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
