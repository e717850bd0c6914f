package dev.paperscope.search;

import dev.paperscope.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
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
 * Fielded BM25 on a searcher of the embedded index: the query language built into a Lucene query, ranked
 * with ties broken by record id (equal scores always come in one order), counted, scored for chosen
 * documents, and turned into results-page hits whose snippets mark matched terms with {@code **} (without a
 * match in the abstract, the snippet is its opening). The Lucene side of {@link SearchBackend}'s BM25
 * ({@link LuceneBackend}); searches run through {@code search.fusion.BackendRetrieval}.
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
    private static final TopDocs UNRANKED = new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
    private final Analyzer analyzer = IndexSchema.analyzer();
    private final LuceneQueries queries = new LuceneQueries(analyzer);
    private final BM25Similarity similarity;

    public Bm25Search(Bm25Params params) {
        this.similarity = new BM25Similarity(params.k1(), params.b());
    }

    /**
     * One query's BM25 on one searcher (one snapshot of the index): its top {@code k}, and through
     * {@link Lexical#scoresOf} the scores of other documents.
     */
    public Lexical lexical(IndexSearcher shared, String queryText, int k) throws IOException {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        Lexical prepared = prepare(shared, queryText);
        return prepared.ranked(rank(prepared.searcher, prepared.query, k));
    }

    /** The query read and built on one searcher, the names in its words understood, not ranked ({@link Lexical#top} is empty). */
    public Lexical prepare(IndexSearcher shared, String queryText) {
        ParsedQuery parsed = QuerySyntax.parse(queryText);
        IndexSearcher searcher = scoringSearcher(shared);
        List<Understood> understood = NameSpans.of(parsed, searcher.getIndexReader());
        return new Lexical(searcher, queries.build(parsed, understood), analyzer, UNRANKED, parsed.notes(), understood);
    }

    /**
     * The query's words for snippets alone (no names understood, not ranked): what a results page of
     * another ranking (dense retrieval's) marks.
     */
    public Lexical highlighting(IndexSearcher shared, String queryText) {
        ParsedQuery parsed = QuerySyntax.parse(queryText);
        return new Lexical(scoringSearcher(shared), queries.build(parsed), analyzer, UNRANKED, parsed.notes(), List.of());
    }

    /** A query's BM25 on one searcher, as {@link #lexical} or {@link #prepare} made it. Immutable; safe for concurrent use. */
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

        private Lexical ranked(TopDocs ranking) {
            return new Lexical(searcher, query, analyzer, ranking, notes, understood);
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

    /** The Lucene query a query string becomes; for benchmarks that run it on a bare searcher. */
    public Query luceneQuery(String queryText) {
        return queries.build(QuerySyntax.parse(queryText));
    }
}
