package dev.paperscope.search;

import dev.paperscope.index.IndexSchema;
import dev.paperscope.index.SearchIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
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


    /**
     * The ranking alone, as ids and scores: for candidate lists that fusion mostly discards, where reading
     * each candidate's stored fields would cost more than the search itself.
     */
    public Ranking ranking(String queryText, int limit) {
        SearchResults.checkLimit(limit);
        ParsedQuery parsed = QuerySyntax.parse(queryText);
        return index.withSearcher(shared -> {
            IndexSearcher searcher = scoringSearcher(shared);
            Query query = queries.build(parsed, NameSpans.of(parsed, searcher.getIndexReader()));
            TopDocs top = rank(searcher, query, limit);
            List<Ranked> ranked = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc d : top.scoreDocs) {
                ranked.add(new Ranked(Hits.idOf(searcher, d.doc), d.score));
            }
            return new Ranking(ranked, top.totalHits.value(), top.totalHits.relation() == TotalHits.Relation.EQUAL_TO, parsed.notes());
        });
    }

    /** The index this search reads. */
    public SearchIndex index() {
        return index;
    }

    /**
     * One query's BM25 on one searcher (one snapshot of the index): its top {@code k}, and through
     * {@link Lexical#scoresOf} the scores of other documents. Hybrid search runs both of its sides on one
     * searcher, so document numbers mean the same on both.
     */
    public Lexical lexical(IndexSearcher shared, String queryText, int k) throws IOException {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        ParsedQuery parsed = QuerySyntax.parse(queryText);
        IndexSearcher searcher = scoringSearcher(shared);
        List<Understood> understood = NameSpans.of(parsed, searcher.getIndexReader());
        Query query = queries.build(parsed, understood);
        return new Lexical(searcher, query, analyzer, rank(searcher, query, k), parsed.notes(), understood);
    }

    /** A query's BM25 top k on one searcher, as {@link #lexical} made it. Not thread-safe. */
    public static final class Lexical {
        private final IndexSearcher searcher;
        private final Query query;
        private final Analyzer analyzer;
        private final TopDocs top;
        private final List<String> notes;
        private final List<Understood> understood;

        private Lexical(IndexSearcher searcher, Query query, Analyzer analyzer, TopDocs top, List<String> notes, List<Understood> understood) {
            this.searcher = searcher;
            this.query = query;
            this.analyzer = analyzer;
            this.top = top;
            this.notes = List.copyOf(notes);
            this.understood = List.copyOf(understood);
        }

        /** The names understood in the query's words, which its ranking boosts. */
        public List<Understood> understood() {
            return understood;
        }

        public TopDocs top() {
            return top;
        }

        public List<String> notes() {
            return notes;
        }

        /** How many records the query matches (its words and its field clauses), exactly. */
        public long count() throws IOException {
            return exactTotal(searcher, query, top.totalHits);
        }

        /** Facet counts over the records the query matches and the records with ids {@code extra}. */
        public Facets facets(Collection<String> extra, int topPerField) throws IOException {
            return FacetCounter.count(searcher, MatchSets.union(query, extra), topPerField);
        }

        /**
         * The BM25 scores of {@code docs} (this searcher's document numbers) that the query matches, its
         * filters included; a document it does not match is left out, as it scores nothing. Scorers
         * advance to each document, segment by segment, instead of running the query over the index.
         */
        public Map<Integer, Float> scoresOf(int[] docs) throws IOException {
            Map<Integer, Float> scores = new HashMap<>();
            if (docs.length == 0) {
                return scores;
            }
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
            DocOrder.visit(searcher, docs, new DocOrder.Visitor<Scorer>() {
                @Override
                public Scorer open(LeafReaderContext leaf) throws IOException {
                    return weight.scorer(leaf); // null: nothing matches in this segment
                }

                @Override
                public void visit(Scorer scorer, int index, int segmentDoc) throws IOException {
                    if (scorer == null) {
                        return;
                    }
                    if (scorer.docID() < segmentDoc) {
                        scorer.iterator().advance(segmentDoc);
                    }
                    if (scorer.docID() == segmentDoc) {
                        scores.put(docs[index], scorer.score());
                    }
                }
            });
            return scores;
        }

        /**
         * Results-page hits for documents of this searcher, in the given order with the given scores
         * (another ranking's), snippets marking the query's terms where the abstracts have them.
         */
        public List<SearchHit> hits(ScoreDoc[] page) throws IOException {
            TopDocs ordered = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
            String[] marked = Hits.highlights(searcher, analyzer, query, ordered);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> out = new ArrayList<>(page.length);
            for (int i = 0; i < page.length; i++) {
                out.add(Hits.hit(stored.document(page[i].doc), page[i].score, marked[i]));
            }
            return out;
        }
    }

    public SearchResults search(String queryText, int limit) {
        return search(queryText, limit, 0).results();
    }

    /**
     * The first {@code limit} hits, the exact number of records the query matches (Lucene's match set:
     * its words and its field clauses) and, for {@code facetsPerField > 0}, facet counts over that set,
     * all on one searcher.
     */
    public Matched search(String queryText, int limit, int facetsPerField) {
        SearchResults.checkLimit(limit);
        long t0 = System.nanoTime();
        ParsedQuery parsed = QuerySyntax.parse(queryText);
        List<SearchHit> hits = new ArrayList<>();
        Facets[] facets = {Facets.NONE};
        List<List<Understood>> understood = new ArrayList<>(List.of(List.of()));
        long total = index.withSearcher(shared -> {
            IndexSearcher searcher = scoringSearcher(shared);
            understood.set(0, NameSpans.of(parsed, searcher.getIndexReader()));
            Query query = queries.build(parsed, understood.getFirst());
            TopDocs top = rank(searcher, query, limit);
            String[] snippets = snippets(searcher, query, top);
            StoredFields stored = searcher.storedFields();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                hits.add(hit(stored.document(top.scoreDocs[i].doc), top.scoreDocs[i], snippets[i]));
            }
            if (facetsPerField > 0) {
                facets[0] = FacetCounter.count(searcher, query, facetsPerField);
            }
            return exactTotal(searcher, query, top.totalHits);
        });
        return new Matched(new SearchResults(queryText, total, true, hits, (System.nanoTime() - t0) / 1e6, parsed.notes(), understood.getFirst()),
                facets[0]);
    }

    /**
     * The number of matches: the ranking's count where it is exact, else a count of its own (no scoring,
     * so Lucene may answer from index statistics), paid only by queries matching more than
     * {@link #EXACT_TOTAL_UP_TO} records.
     */
    static long exactTotal(IndexSearcher searcher, Query query, TotalHits counted) throws IOException {
        return counted.relation() == TotalHits.Relation.EQUAL_TO ? counted.value() : searcher.count(query);
    }

    /** The ranking alone: top {@code k} by score, ties by record id; no snippets, no stored fields. */
    public TopDocs rank(IndexSearcher searcher, Query query, int k) throws IOException {
        return topByScoreThenId(searcher, query, k, EXACT_TOTAL_UP_TO);
    }

    /**
     * One pass of Lucene's sort on (score, id). It skips non-competitive documents as the plain top-k
     * collector does, except that a hit scoring the same as the k-th stays competitive (its id may be
     * smaller), so every hit tied at the cut is visited. Faster than a plain pass followed by a second
     * pass when the cut ties, and as fast as a hand-written collector that reads ids only on ties, which
     * would read one for every hit of a constant-score query (measured in docs/BENCHMARKS.md).
     */
    static TopDocs topByScoreThenId(IndexSearcher searcher, Query query, int k, int exactTotalUpTo) throws IOException {
        TopDocs top = searcher.search(query, new TopFieldCollectorManager(SCORE_THEN_ID, k, null, exactTotalUpTo));
        for (ScoreDoc d : top.scoreDocs) {
            d.score = (Float) ((FieldDoc) d).fields[0]; // a sort on score keeps the score as its first sort value
        }
        return top;
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
     * {@code topPerField} values per field: BM25's matching set. Dense and hybrid searches count their
     * own sets ({@link Matched}).
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

    private static SearchHit hit(Document doc, ScoreDoc scoreDoc, String highlighted) {
        return Hits.hit(doc, scoreDoc.score, highlighted);
    }
}
