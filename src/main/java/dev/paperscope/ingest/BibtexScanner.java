package dev.paperscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the entries of a BibTeX file ({@code @type{...}} or {@code @type(...)}) with their lines, before any
 * field is parsed. BibTeX ignores text between entries, so that text is skipped, but brace balance is
 * checked here, where the entry's line is still known.
 */
final class BibtexScanner {
    private static final Pattern ENTRY_START = Pattern.compile("@\\s*([A-Za-z][\\w-]*)\\s*([{(])");
    private static final Pattern ENTRY_START_LINE = Pattern.compile("^[ \\t]*@\\s*[A-Za-z][\\w-]*\\s*[{(]");

    /**
     * Real entries nest braces a few levels deep ({@code {\"{o}}}); the BibTeX library parses nesting by
     * recursion, so far deeper nesting would overflow its stack. Refused here with the line.
     */
    static final int MAX_BRACE_DEPTH = 100;

    private BibtexScanner() {
    }

    /** One entry: its lower-case type, the line of its {@code @}, and its text from {@code @} to the closing delimiter. */
    record Chunk(String type, int line, int start, int end) {
        boolean isRecord() {
            return !type.equals("string") && !type.equals("preamble") && !type.equals("comment");
        }
    }

    static List<Chunk> scan(SourceDocument doc, LineIndex index) throws ParseException {
        String text = doc.text();
        List<Chunk> chunks = new ArrayList<>();
        Matcher m = ENTRY_START.matcher(text);
        int pos = 0;
        while (pos < text.length() && m.find(pos)) {
            int line = index.lineOf(m.start());
            int end = closingOffset(doc, index, m.end(), m.group(2).charAt(0), line);
            checkRestOfLine(doc, text, end, line);
            chunks.add(new Chunk(m.group(1).toLowerCase(Locale.ROOT), line, m.start(), end));
            pos = end;
        }
        return chunks;
    }

    /** Lines that begin an entry; cheap, for detection. */
    static boolean isEntryStartLine(String line) {
        return ENTRY_START_LINE.matcher(line).find();
    }

    /** The offset just past the delimiter that closes the entry opened before {@code from}. */
    private static int closingOffset(SourceDocument doc, LineIndex index, int from, char open, int line) throws ParseException {
        String text = doc.text();
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            // BibTeX counts every brace, escaped or not, so this does too.
            if (c == '{') {
                depth++;
                if (depth > MAX_BRACE_DEPTH) {
                    throw doc.error(index.lineOf(i), "braces nested more than " + MAX_BRACE_DEPTH
                            + " deep in the entry that begins at line " + line + "; BibTeX fields nest a few levels at most");
                }
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if ((c == '}' && open == '{') || (c == ')' && open == '(' && depth == 0)) {
                return i + 1;
            } else if ((c == '\n' || c == '\r') && startsNewEntry(text, i + 1)) {
                throw doc.error(line, "unbalanced braces: this entry is not closed before the entry at line "
                        + index.lineOf(i + 1) + " begins");
            }
        }
        throw doc.error(line, "unbalanced braces: this entry is never closed");
    }

    private static boolean startsNewEntry(String text, int lineStart) {
        int lineEnd = text.indexOf('\n', lineStart);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        return isEntryStartLine(line);
    }

    /**
     * Text right after an entry's closing brace, on the same line, is almost always a field that an extra
     * {@code }} cut off; BibTeX would silently drop it, so it is reported instead.
     */
    private static void checkRestOfLine(SourceDocument doc, String text, int end, int line) throws ParseException {
        int lineEnd = end;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
            lineEnd++;
        }
        String rest = text.substring(end, lineEnd).strip();
        if (!rest.isEmpty() && !rest.startsWith("%") && !rest.startsWith("@")) {
            throw doc.error(line, "unbalanced braces: the entry is closed early, and '" + abbreviate(rest) + "' follows its closing brace");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
