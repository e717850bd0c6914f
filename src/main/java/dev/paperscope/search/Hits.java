package dev.paperscope.search;

import dev.paperscope.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Turns index documents into {@link SearchHit}s with snippets, the same way for every retriever. */
public final class Hits {
    /** Marks a highlighted term on both sides. */
    public static final String MARK = "**";
    private static final int SNIPPET_CHARS = 240;
    private static final Comparator<Scored> BEST_FIRST =
            Comparator.comparingDouble((Scored s) -> -s.scoreDoc().score).thenComparing(Scored::id);

    private Hits() {
    }

    /**
     * Abstract passages of {@code top} with {@code query}'s terms marked; an element is null where the
     * abstract has no match.
     */
    public static String[] highlights(IndexSearcher searcher, Analyzer analyzer, Query query, TopDocs top) throws IOException {
        if (top.scoreDocs.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(MARK, MARK, " … ", false))
                .withMaxLength(100_000)
                // Strict phrase highlighting switches on per-document weight matching, which doubled the
                // cost of a results page; a phrase's words highlighted one by one read just as well.
                .withHighlightPhrasesStrictly(false)
                // Free text is scored on the title-and-abstract text; its terms are the abstract's too.
                .withFieldMatcher(f -> f.equals(IndexSchema.ABSTRACT) || f.equals(IndexSchema.TEXT))
                .build();
        String[] highlighted = highlighter.highlight(IndexSchema.ABSTRACT, query, top, 2);
        return highlighted == null ? new String[top.scoreDocs.length] : Arrays.copyOf(highlighted, top.scoreDocs.length);
    }

    /**
     * Hits for {@code top} ordered by score, best first, ties by record id (approximate searches do not
     * promise an order among equal scores). Snippets highlight {@code highlight}'s terms where the
     * abstract has them, else show its opening.
     */
    public static List<SearchHit> inScoreOrder(IndexSearcher searcher, Analyzer analyzer, Query highlight, TopDocs top)
            throws IOException {
        return inScoreOrder(searcher, top, ordered -> highlights(searcher, analyzer, highlight, ordered));
    }

    /** As {@link #inScoreOrder(IndexSearcher, Analyzer, Query, TopDocs)}, with the abstract's opening as every snippet. */
    public static List<SearchHit> inScoreOrder(IndexSearcher searcher, TopDocs top) throws IOException {
        return inScoreOrder(searcher, top, ordered -> new String[ordered.scoreDocs.length]);
    }

    private static List<SearchHit> inScoreOrder(IndexSearcher searcher, TopDocs top, Highlighting highlighting) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<Scored> scored = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            Document doc = stored.document(sd.doc);
            scored.add(new Scored(sd, doc, doc.get(IndexSchema.ID)));
        }
        scored.sort(BEST_FIRST);
        ScoreDoc[] ordered = scored.stream().map(Scored::scoreDoc).toArray(ScoreDoc[]::new);
        String[] highlights = highlighting.apply(new TopDocs(new TotalHits(ordered.length, TotalHits.Relation.EQUAL_TO), ordered));
        List<SearchHit> hits = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            hits.add(hit(scored.get(i).doc(), scored.get(i).scoreDoc().score, highlights[i]));
        }
        return hits;
    }

    private record Scored(ScoreDoc scoreDoc, Document doc, String id) {
    }

    @FunctionalInterface
    private interface Highlighting {
        String[] apply(TopDocs ordered) throws IOException;
    }

    /** A hit from a document's stored fields; without a highlight, the snippet is the abstract's opening. */
    public static SearchHit hit(Document doc, float score, String highlighted) {
        String id = doc.get(IndexSchema.ID);
        String snippet = highlighted != null ? highlighted : opening(doc.get(IndexSchema.ABSTRACT));
        IndexableField year = doc.getField(IndexSchema.YEAR);
        IndexableField line = doc.getField(IndexSchema.LINE);
        List<RecordRef> records = List.of(new RecordRef(id, doc.get(IndexSchema.FILE), line.numericValue().intValue()));
        return new SearchHit(id, score, doc.get(IndexSchema.TITLE), doc.get(IndexSchema.KIND),
                Arrays.asList(doc.getValues(IndexSchema.AUTHOR)), doc.get(IndexSchema.VENUE),
                year == null ? null : year.numericValue().intValue(), doc.get(IndexSchema.ROOM), doc.get(IndexSchema.START),
                records, snippet);
    }

    /** A record id from the id doc values, which cost far less to read than stored fields. */
    public static String idOf(IndexSearcher searcher, int doc) throws IOException {
        var leaves = searcher.getIndexReader().leaves();
        var leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        var values = leaf.reader().getSortedDocValues(IndexSchema.ID);
        if (values == null || !values.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("document " + doc + " has no id");
        }
        return values.lookupOrd(values.ordValue()).utf8ToString();
    }

    /**
     * The record ids of {@code docs}, in their order: each segment's id doc values are read once, in
     * increasing document order, rather than opened anew per document.
     */
    public static String[] idsOf(IndexSearcher searcher, int[] docs) throws IOException {
        String[] ids = new String[docs.length];
        DocOrder.visit(searcher, docs, new DocOrder.Visitor<SortedDocValues>() {
            @Override
            public SortedDocValues open(LeafReaderContext leaf) throws IOException {
                return leaf.reader().getSortedDocValues(IndexSchema.ID);
            }

            @Override
            public void visit(SortedDocValues values, int index, int segmentDoc) throws IOException {
                if (values == null || !values.advanceExact(segmentDoc)) {
                    throw new IllegalStateException("document " + docs[index] + " has no id");
                }
                ids[index] = values.lookupOrd(values.ordValue()).utf8ToString();
            }
        });
        return ids;
    }

    public static String opening(String text) {
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
