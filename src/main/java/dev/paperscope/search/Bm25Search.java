package dev.paperscope.search;

import dev.paperscope.index.IndexSchema;
import dev.paperscope.index.SearchIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Fielded BM25 over the index. Ties are broken by record id, so equal scores always come in one order.
 * Snippets mark matched terms with {@code **}; without a match in the abstract, the snippet is its opening.
 */
public final class Bm25Search {
    public static final String MARK = "**";
    private static final int SNIPPET_CHARS = 240;
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
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must lie in 1..10000, was " + limit);
        }
        long t0 = System.nanoTime();
        ParsedQuery parsed = QuerySyntax.parse(queryText);
        Query query = queries.build(parsed);
        List<SearchHit> hits = new ArrayList<>();
        long total = index.withSearcher(shared -> {
            IndexSearcher searcher = scoringSearcher(shared);
            TopDocs top = searcher.search(query, new TopFieldCollectorManager(SCORE_THEN_ID, limit, null, Integer.MAX_VALUE));
            String[] snippets = snippets(searcher, query, top);
            StoredFields stored = searcher.storedFields();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                hits.add(hit(stored.document(top.scoreDocs[i].doc), top.scoreDocs[i], snippets[i]));
            }
            return top.totalHits.value();
        });
        return new SearchResults(queryText, total, hits, (System.nanoTime() - t0) / 1e6, parsed.notes());
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

    private String[] snippets(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        if (top.scoreDocs.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(MARK, MARK, " … ", false))
                .withMaxLength(100_000)
                .build();
        String[] highlighted = highlighter.highlight(IndexSchema.ABSTRACT, query, top, 2);
        return highlighted == null ? new String[top.scoreDocs.length] : Arrays.copyOf(highlighted, top.scoreDocs.length);
    }

    /** With a sort on score, Lucene leaves {@code ScoreDoc.score} unset and keeps the score as the first sort value. */
    private static float score(ScoreDoc scoreDoc) {
        return scoreDoc instanceof FieldDoc fd && fd.fields[0] instanceof Float f ? f : scoreDoc.score;
    }

    private static SearchHit hit(Document doc, ScoreDoc scoreDoc, String highlighted) {
        String id = doc.get(IndexSchema.ID);
        String abstractText = doc.get(IndexSchema.ABSTRACT);
        String snippet = highlighted != null ? highlighted : opening(abstractText);
        IndexableField year = doc.getField(IndexSchema.YEAR);
        IndexableField line = doc.getField(IndexSchema.LINE);
        List<RecordRef> records = List.of(new RecordRef(id, doc.get(IndexSchema.FILE), line.numericValue().intValue()));
        return new SearchHit(id, score(scoreDoc), doc.get(IndexSchema.TITLE), doc.get(IndexSchema.KIND),
                Arrays.asList(doc.getValues(IndexSchema.AUTHOR)), doc.get(IndexSchema.VENUE),
                year == null ? null : year.numericValue().intValue(), doc.get(IndexSchema.ROOM), doc.get(IndexSchema.START),
                records, snippet);
    }

    private static String opening(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() <= SNIPPET_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SNIPPET_CHARS);
        return text.substring(0, cut > SNIPPET_CHARS / 2 ? cut : SNIPPET_CHARS) + " …";
    }
}
