package dev.paperscope.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/**
 * Reads chosen documents of one searcher in increasing document order, segment by segment, so that
 * per-segment iterators (doc values, vectors, scorers) only ever move forward: each segment is opened
 * once, and again only for a repeated document, since a forward-only iterator cannot return to it. Used
 * to read ids, exact vector scores and BM25 scores of a few hundred candidates without running a query
 * over the index. Stateless.
 */
public final class DocOrder {
    private DocOrder() {
    }

    /**
     * What to do per segment and per document.
     *
     * @param <C> a cursor on one segment (may be null, e.g. for a segment without the field)
     */
    public interface Visitor<C> {
        C open(LeafReaderContext leaf) throws IOException;

        /** Document {@code docs[index]}, which is {@code segmentDoc} within the segment {@code cursor} was opened on. */
        void visit(C cursor, int index, int segmentDoc) throws IOException;
    }

    /** Visits every one of {@code docs} (this searcher's document numbers), in increasing order. */
    public static <C> void visit(IndexSearcher searcher, int[] docs, Visitor<C> visitor) throws IOException {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        int lastDoc = -1;
        C cursor = null;
        for (int i : order) {
            int doc = docs[i];
            int li = ReaderUtil.subIndex(doc, leaves);
            if (li != leafIndex || doc <= lastDoc) {
                leafIndex = li;
                cursor = visitor.open(leaves.get(li));
            }
            lastDoc = doc;
            visitor.visit(cursor, i, doc - leaves.get(li).docBase);
        }
    }
}
