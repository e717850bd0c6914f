package dev.paperscope.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.index.IndexSchema;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * BM25's top k with ties by record id, against sorting every hit. The index is built to make ties common and to cross segments: short texts from a small
 * vocabulary, many repeated verbatim (as a paper listed on several pages is), ids shuffled against
 * insertion order, several segments, and more hits than the exact count so skipping is engaged.
 */
class Bm25TopKTest {
    private static final String[] WORDS = {"graph", "neural", "network", "diffusion", "model", "language", "vision",
            "sparse", "robust", "transformer", "kernel", "policy"};
    private static Directory directory;
    private static DirectoryReader reader;

    @BeforeAll
    static void buildIndex() throws IOException {
        directory = new ByteBuffersDirectory();
        Random random = new Random(7);
        String[] texts = new String[600];
        for (int i = 0; i < texts.length; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0, n = 2 + random.nextInt(5); w < n; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            texts[i] = text.toString();
        }
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < 6_000; i++) {
                Document doc = new Document();
                String id = String.format("r%05d", (i * 7_919) % 6_000);
                doc.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(id)));
                doc.add(new TextField("text", texts[random.nextInt(texts.length)], Field.Store.NO));
                writer.addDocument(doc);
                if (i % 1_500 == 1_499) {
                    writer.commit();
                }
            }
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void sameTopKAsSortingEveryHitByScoreThenId() throws IOException {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        IndexSearcher searcher = new IndexSearcher(reader);
        Random random = new Random(11);
        int tiesAtTheCut = 0;
        for (int q = 0; q < 200; q++) {
            Query query = randomQuery(random);
            int k = 1 + random.nextInt(30);
            List<ScoreDoc> all = everyHitByScoreThenId(searcher, query);
            TopDocs top = Bm25Search.topByScoreThenId(searcher, query, k, 1_000);
            assertThat(docs(top)).as("query %s, k %d", query, k).isEqualTo(all.stream().limit(k).map(d -> d.doc).toList());
            assertThat(top.scoreDocs[0].score).isEqualTo(all.get(0).score);
            tiesAtTheCut += k < all.size() && all.get(k - 1).score == all.get(k).score ? 1 : 0;
        }
        assertThat(tiesAtTheCut).as("queries whose k-th hit ties with the next").isGreaterThan(50);
    }

    @Test
    void countsExactlyUpToTheThresholdAndThenSaysItIsALowerBound() throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query rare = new TermQuery(new Term("text", "kernel"));
        long matching = searcher.count(rare);
        TopDocs exact = Bm25Search.topByScoreThenId(searcher, rare, 5, Integer.MAX_VALUE);
        assertThat(exact.totalHits).isEqualTo(new TotalHits(matching, TotalHits.Relation.EQUAL_TO));

        Query broad = anyOf("graph", "neural", "model", "vision");
        TopDocs bounded = Bm25Search.topByScoreThenId(searcher, broad, 5, 100);
        assertThat(bounded.totalHits.relation()).isEqualTo(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
        assertThat(bounded.totalHits.value()).isGreaterThan(100).isLessThan(searcher.count(broad));
    }

    /** The oracle: every hit with its score, sorted here by (score descending, id as UTF-8 bytes). */
    private static List<ScoreDoc> everyHitByScoreThenId(IndexSearcher searcher, Query query) throws IOException {
        List<ScoreDoc> all = new java.util.ArrayList<>(Arrays.asList(searcher.search(query, reader.maxDoc()).scoreDocs));
        java.util.Map<Integer, BytesRef> ids = new java.util.HashMap<>();
        for (ScoreDoc d : all) {
            ids.put(d.doc, new BytesRef(Hits.idOf(searcher, d.doc)));
        }
        all.sort(java.util.Comparator.comparing((ScoreDoc d) -> -d.score).thenComparing(d -> ids.get(d.doc)));
        return all;
    }

    private static Query randomQuery(Random random) {
        int n = 1 + random.nextInt(3);
        String[] terms = new String[n];
        for (int i = 0; i < n; i++) {
            terms[i] = WORDS[random.nextInt(WORDS.length)];
        }
        return anyOf(terms);
    }

    private static Query anyOf(String... terms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            b.add(new TermQuery(new Term("text", t)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    private static List<Integer> docs(TopDocs top) {
        return Arrays.stream(top.scoreDocs).map((ScoreDoc d) -> d.doc).toList();
    }
}
