package dev.paperscope.search.related;

import dev.paperscope.index.IndexSchema;
import dev.paperscope.index.Passages;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.search.Hits;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Records related to one record. With a vector, its nearest neighbours; without (an index built without
 * a model, or a record the model skipped), Lucene's MoreLikeThis over title and abstract. Either way the
 * record itself and every record with the same passage text (the same paper listed twice) are left out,
 * since they are copies rather than related work.
 */
public final class RelatedSearch {
    /** A word must occur in at least this many records to say anything about relatedness. */
    private static final int MIN_DOC_FREQ = 2;
    private final SearchIndex index;
    private final Analyzer analyzer = IndexSchema.analyzer();

    public RelatedSearch(SearchIndex index) {
        this.index = index;
    }

    /** Empty when no record has {@code id}. */
    public Optional<SearchResults> related(String id, int limit) {
        SearchResults.checkLimit(limit);
        long t0 = System.nanoTime();
        return index.withSearcher(searcher -> {
            TopDocs found = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
            if (found.scoreDocs.length == 0) {
                return Optional.empty();
            }
            int doc = found.scoreDocs[0].doc;
            Query others = others(searcher.storedFields().document(doc));
            Optional<float[]> vector = vector(searcher, doc);
            List<SearchHit> hits;
            List<String> notes;
            if (vector.isPresent()) {
                TopDocs top = searcher.search(new KnnFloatVectorQuery(IndexSchema.VECTOR, vector.get(), limit, others), limit);
                hits = Hits.inScoreOrder(searcher, top);
                notes = List.of();
            } else {
                hits = moreLikeThis(searcher, doc, others, limit);
                String why = VectorSpace.of(searcher.getIndexReader()).isEmpty() ? "the index has no vectors" : "this record has no vector";
                notes = List.of(why + "; related by shared title and abstract words (MoreLikeThis)");
            }
            return Optional.of(new SearchResults("related to " + id, hits.size(), hits.size() < limit, hits,
                    (System.nanoTime() - t0) / 1e6, notes));
        });
    }

    /**
     * Every record whose passage differs from {@code doc}'s and that belongs to another work, which leaves
     * out the record itself and every other record of the same paper (an award entry and a reading list's
     * summary of it are one work, not related work).
     */
    private static Query others(Document doc) {
        String key = Passages.key(Passages.text(doc.get(IndexSchema.TITLE), doc.get(IndexSchema.ABSTRACT)));
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.PASSAGE, key)), Occur.MUST_NOT);
        String work = doc.get(IndexSchema.WORK);
        if (work != null) {
            b.add(new TermQuery(new Term(IndexSchema.WORK, work)), Occur.MUST_NOT);
        }
        return b.build();
    }

    private static Optional<float[]> vector(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexSchema.VECTOR);
        if (values == null) {
            return Optional.empty();
        }
        int target = doc - leaf.docBase;
        KnnVectorValues.DocIndexIterator it = values.iterator();
        if (it.advance(target) != target) {
            return Optional.empty();
        }
        return Optional.of(values.vectorValue(it.index()).clone()); // the reader may reuse its array
    }

    private List<SearchHit> moreLikeThis(IndexSearcher searcher, int doc, Query others, int limit) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {IndexSchema.TITLE, IndexSchema.ABSTRACT});
        mlt.setMinTermFreq(1); // titles and abstracts are short: a word used once still characterises them
        mlt.setMinDocFreq(MIN_DOC_FREQ);
        Query like = new BooleanQuery.Builder()
                .add(mlt.like(doc), Occur.MUST)
                .add(others, Occur.FILTER)
                .build();
        TopDocs top = searcher.search(like, limit);
        return Hits.inScoreOrder(searcher, top);
    }
}
