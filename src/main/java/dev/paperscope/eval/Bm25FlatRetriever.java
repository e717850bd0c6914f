package dev.paperscope.eval;

import dev.paperscope.search.Bm25Params;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * BM25 over a temporary Lucene index of the corpus, in Anserini's "flat" BEIR setting: one
 * {@code contents} field holding title + " " + text, Lucene's {@link EnglishAnalyzer} (standard
 * tokenizer, possessives, lower case, Lucene's English stop set, Porter), BM25 with the given k1 and b,
 * and a bag-of-words query: one SHOULD clause per distinct analyzed term, boosted by how often the term
 * occurs in the query (Anserini's {@code BagOfWordsQueryGenerator}).
 *
 * <p>The index lives in a temporary folder that {@link #close()} deletes. Indexing and search are
 * single-threaded: a whole SciFact run takes seconds on the 2-core reference machine (docs/BENCHMARKS.md),
 * and with two cores shared with the JIT and GC, threads have not been shown to pay for their code.
 */
final class Bm25FlatRetriever implements EvalRetriever {
    static final String NAME = "bm25";
    private static final String ID = "id";
    private static final String CONTENTS = "contents";
    private final Path dir;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    /** Corpus id by Lucene doc number, read once: looking ids up per hit costs more than the search itself. */
    private final String[] ids;

    private Bm25FlatRetriever(Path dir, Directory directory, DirectoryReader reader, Analyzer analyzer, Bm25Params params)
            throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.reader = reader;
        this.analyzer = analyzer;
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity(params.k1(), params.b()));
        this.ids = new String[reader.maxDoc()];
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < ids.length; doc++) {
            ids[doc] = stored.document(doc, Set.of(ID)).get(ID);
        }
    }

    static Bm25FlatRetriever build(List<BeirDoc> corpus, Bm25Params params) {
        Path dir = null;
        Directory directory = null;
        DirectoryReader reader = null;
        Analyzer analyzer = new EnglishAnalyzer();
        try {
            dir = Files.createTempDirectory("paperscope-eval-bm25-");
            directory = FSDirectory.open(dir);
            index(directory, analyzer, corpus, params);
            reader = DirectoryReader.open(directory);
            return new Bm25FlatRetriever(dir, directory, reader, analyzer, params);
        } catch (IOException | RuntimeException e) {
            closeQuietly(reader, directory, analyzer);
            TemporaryFolders.delete(dir, "temporary index");
            throw e instanceof IOException io ? new UncheckedIOException("cannot build the temporary BM25 index", io) : (RuntimeException) e;
        }
    }

    private static void index(Directory directory, Analyzer analyzer, List<BeirDoc> corpus, Bm25Params params) throws IOException {
        // A RAM buffer larger than small corpora makes one segment, so no merging is needed.
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setSimilarity(new BM25Similarity(params.k1(), params.b()))
                .setRAMBufferSizeMB(256);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (BeirDoc doc : corpus) {
                Document d = new Document();
                d.add(new StoredField(ID, doc.id()));
                d.add(new TextField(CONTENTS, doc.contents(), Field.Store.NO));
                writer.addDocument(d);
            }
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String model() {
        return null;
    }

    @Override
    public Map<String, List<ScoredDoc>> retrieve(List<BeirQuery> queries, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        Map<String, List<ScoredDoc>> run = new LinkedHashMap<>();
        try {
            for (BeirQuery query : queries) {
                run.put(query.id(), search(query.text(), k));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("BM25 search failed", e);
        }
        return run;
    }

    private List<ScoredDoc> search(String text, int k) throws IOException {
        Query query = bagOfWords(text);
        if (query == null) {
            return List.of();
        }
        List<ScoredDoc> hits = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, k).scoreDocs) {
            hits.add(new ScoredDoc(ids[hit.doc], hit.score));
        }
        return hits;
    }

    /** The analyzed query terms as SHOULD clauses boosted by their count; {@code null} when no term is left. */
    Query bagOfWords(String text) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (TokenStream tokens = analyzer.tokenStream(CONTENTS, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            tokens.end();
        }
        if (counts.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        counts.forEach((term, count) -> {
            Query clause = new TermQuery(new Term(CONTENTS, term));
            builder.add(count == 1 ? clause : new BoostQuery(clause, count), BooleanClause.Occur.SHOULD);
        });
        return builder.build();
    }

    Path indexDir() {
        return dir;
    }

    @Override
    public void close() {
        closeQuietly(reader, directory, analyzer);
        TemporaryFolders.delete(dir, "temporary index");
    }

    private static void closeQuietly(AutoCloseable... resources) {
        for (AutoCloseable r : resources) {
            try {
                if (r != null) {
                    r.close();
                }
            } catch (Exception e) {
                // Closing a read-only temporary index cannot lose data; the folder is deleted next.
            }
        }
    }
}
