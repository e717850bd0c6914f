package dev.paperscope.search.answers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of a question or sentence as the index sees prose: Lucene's English analysis (lower case,
 * stop words dropped, Porter stems), with each term's character offsets for highlighting. Thread-safe.
 */
final class Terms {
    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    /** One analysed term and where it stands in the text. */
    record Term(String text, int start, int end) {
    }

    private Terms() {
    }

    static List<Term> of(String text) {
        List<Term> out = new ArrayList<>();
        try (TokenStream ts = ENGLISH.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Term(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory", e);
        }
        return out;
    }

    static List<String> words(String text) {
        return of(text).stream().map(Term::text).toList();
    }
}
