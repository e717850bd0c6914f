package dev.paperscope.search.answers;

import dev.paperscope.ingest.Sentences;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The baseline {@code ask} is measured against: plain BM25 (Lucene's defaults, English analysis) over every
 * sentence of the given passages as its own document, the question's words as one OR query, best sentences
 * first. No retrieval of records, no dense evidence, no diversity, no answerable decision (always true).
 * In memory; for evaluations.
 */
public final class SentenceBm25 implements AutoCloseable {
    private final List<Candidate> passages = new ArrayList<>();
    private final List<Sentences.Span> sentences = new ArrayList<>();
    private final List<Integer> passageOf = new ArrayList<>();
    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private final EnglishAnalyzer analyzer = new EnglishAnalyzer();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public SentenceBm25(Iterable<Candidate> all) {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (Candidate c : all) {
                passages.add(c);
                for (Sentences.Span s : Sentences.split(c.text())) {
                    Document d = new Document();
                    d.add(new TextField("text", s.text(), Field.Store.NO));
                    d.add(new StoredField("n", sentences.size()));
                    sentences.add(s);
                    passageOf.add(passages.size() - 1);
                    w.addDocument(d);
                }
            }
            w.commit();
            reader = DirectoryReader.open(dir);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory sentence index", e);
        }
    }

    public int sentenceCount() {
        return sentences.size();
    }

    /** The best {@code limit} sentences by BM25; answerable whenever any sentence matches. */
    public AnswerRanking rank(String question, int limit) {
        Query q = new QueryBuilder(analyzer).createBooleanQuery("text", question);
        List<Answer> out = new ArrayList<>();
        if (q != null) {
            try {
                for (ScoreDoc sd : searcher.search(q, limit).scoreDocs) {
                    int n = reader.storedFields().document(sd.doc).getField("n").numericValue().intValue();
                    Candidate c = passages.get(passageOf.get(n));
                    String text = sentences.get(n).text();
                    out.add(new Answer(text, sd.score, 0, text.length(), c.recordId(), c.workId(), c.title(), c.file(), c.line(),
                            c.page(), text));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("searching the in-memory sentence index", e);
            }
        }
        return new AnswerRanking(question, out, Evidence.scoreOnly(out.isEmpty() ? 0 : out.getFirst().score()), !out.isEmpty());
    }

    @Override
    public void close() {
        try {
            reader.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the in-memory sentence index", e);
        }
    }
}
