package dev.paperscope.search;

import dev.paperscope.index.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Text split as the index splits names: words folded to lower-case ASCII, with where each was written. */
final class NameTokens {
    private static final Analyzer NAMES = IndexSchema.analyzer();

    private NameTokens() {
    }

    record Token(String term, int start, int end) {
    }

    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream stream = NAMES.tokenStream(IndexSchema.ROOM, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
