package dev.paperscope.ingest.fetch;

import dev.paperscope.ingest.ParseException;
import dev.paperscope.ingest.SourceDocument;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * A fetched page as a document, routed by what the server called it: HTML (and XHTML) is read as the text a
 * reader sees, in the charset the server declared unless the page's bytes say otherwise; everything else
 * (JSON, CSV, Atom, BibTeX, PDF, plain text, or a type the server got wrong) goes the way a file on disk
 * does, where its content decides. Text the server declares in another charset than UTF-8 is decoded from it.
 */
public final class FetchedDocument {
    private FetchedDocument() {
    }

    public static SourceDocument of(String name, Fetched page) throws ParseException {
        byte[] body = page.body();
        if (body.length == 0) {
            throw new ParseException(name, 1, "the server sent an empty page (" + describe(page) + ")");
        }
        if (page.declaresHtml() && startsWithMarkup(body)) {
            return SourceDocument.html(name, body, page.charset());
        }
        try {
            return SourceDocument.of(name, utf8(page));
        } catch (ParseException e) {
            throw new ParseException(name, e.line(), e.problem() + " (the server sent it as " + describe(page) + ")", e);
        }
    }

    private static String describe(Fetched page) {
        return page.mediaType().isEmpty() ? "no content type" : page.mediaType();
    }

    /** A body that opens with a tag (after blank space and a byte-order mark): served as HTML and looking like it. */
    private static boolean startsWithMarkup(byte[] body) {
        for (int i = 0; i < Math.min(body.length, 1024); i++) {
            int b = body[i] & 0xFF;
            if (b == '<') {
                return true;
            }
            if (!(b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF || b == 0xFE || b == 0xFF || b == 0)) {
                return false;
            }
        }
        return false;
    }

    /** Text in the charset its server declared, as UTF-8; other bodies as sent. */
    private static byte[] utf8(Fetched page) {
        if (page.charset().isEmpty()) {
            return page.body();
        }
        try {
            Charset declared = Charset.forName(page.charset().get().strip());
            if (declared.equals(StandardCharsets.UTF_8) || declared.equals(StandardCharsets.US_ASCII)) {
                return page.body();
            }
            return new String(page.body(), declared).getBytes(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return page.body(); // an unknown label: the bytes decide (UTF-8 or a clear error)
        }
    }
}
