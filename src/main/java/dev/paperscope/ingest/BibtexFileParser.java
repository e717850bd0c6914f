package dev.paperscope.ingest;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * BibTeX: {@code @inproceedings{key, title = {...}, ...}} entries, read with jbibtex one entry at a time so
 * that every record and every error has the line of its {@code @}. {@code @string} macros apply to the
 * entries after them; {@code @comment} and {@code @preamble} give no records. LaTeX in text fields becomes
 * Unicode; identifiers and URLs are kept verbatim. The entry as written is kept too, in
 * {@code extra.bibtex_entry} ({@code type}, {@code key} and {@code fields}: each field's value with its
 * LaTeX, macros applied), so that an export gives back the entry the file had.
 */
final class BibtexFileParser implements Parser {
    static final String FORMAT = "bibtex";
    /** The {@code extra} key of the entry as written. */
    static final String ENTRY = "bibtex_entry";
    private static final Set<String> VERBATIM = Set.of("url", "doi", "eprint", "file", "pdf", "link", "isbn", "issn",
            "archiveprefix", "primaryclass", "biburl", "bibsource", "timestamp", "urldate");
    private static final Pattern LEXER_LINE = Pattern.compile("line (\\d+)");
    /** An entry's key: from its opening delimiter to the first comma, as BibTeX reads it. */
    private static final Pattern KEY = Pattern.compile("\\A(@\\s*[A-Za-z][\\w-]*\\s*[{(]\\s*)([^,\\s]+)\\s*,");
    /** Key characters the BibTeX library's lexer reads; BibTeX itself takes more (braces, backslashes). */
    private static final Pattern PLAIN_KEY = Pattern.compile("[\\p{L}\\p{N}_:./+\\-]+");
    private static final String STAND_IN_KEY = "paperscope_key";

    @Override
    public String format() {
        return FORMAT;
    }

    /** Entries must be there; the score is the share of non-blank lines that are inside entries or are % comments. */
    @Override
    public double detect(SourceDocument doc) {
        if (doc.lines().stream().noneMatch(BibtexScanner::isEntryStartLine)) {
            return 0;
        }
        LineIndex index = new LineIndex(doc.text());
        List<BibtexScanner.Chunk> chunks;
        try {
            chunks = BibtexScanner.scan(doc, index);
        } catch (ParseException unbalanced) {
            return 0.6; // entries are there; parsing will name the broken one
        }
        boolean[] covered = new boolean[doc.lines().size() + 1];
        for (BibtexScanner.Chunk c : chunks) {
            for (int line = c.line(); line <= index.lineOf(c.end() - 1); line++) {
                covered[line] = true;
            }
        }
        int nonBlank = 0;
        int inEntries = 0;
        for (int i = 0; i < doc.lines().size(); i++) {
            String line = doc.lines().get(i).strip();
            if (!line.isEmpty()) {
                nonBlank++;
                inEntries += covered[i + 1] || line.startsWith("%") ? 1 : 0;
            }
        }
        return chunks.stream().anyMatch(BibtexScanner.Chunk::isRecord) ? 0.55 + 0.4 * inEntries / nonBlank : 0;
    }

    @Override
    public List<SourceRecord> parse(SourceDocument doc) throws ParseException {
        LineIndex index = new LineIndex(doc.text());
        List<BibTeXString> macros = new ArrayList<>();
        List<SourceRecord> records = new ArrayList<>();
        for (BibtexScanner.Chunk chunk : BibtexScanner.scan(doc, index)) {
            String text = doc.text().substring(chunk.start(), chunk.end());
            String key = null;
            Matcher k = KEY.matcher(text);
            if (chunk.isRecord() && k.find() && !PLAIN_KEY.matcher(k.group(2)).matches()) {
                // Google Scholar writes accents into keys (sch{\"o}lkopf2021toward); BibTeX reads them, the
                // library does not, so it reads the entry under a stand-in key and the key is kept as written.
                key = k.group(2);
                text = k.group(1) + STAND_IN_KEY + text.substring(k.end(2));
            }
            BibTeXDatabase db = parseChunk(doc, chunk, text, macros);
            macros.addAll(db.getStrings().values());
            for (BibTeXEntry entry : db.getEntries().values()) {
                String written = key != null ? key : entry.getKey().getValue();
                records.add(toRecord(doc, chunk.line(), index.slice(chunk.start(), chunk.end()), written, entry));
            }
        }
        return records;
    }

    private static BibTeXDatabase parseChunk(SourceDocument doc, BibtexScanner.Chunk chunk, String text, List<BibTeXString> macros)
            throws ParseException {
        try {
            BibTeXParser parser = new LenientBibTeXParser();
            macros.forEach(parser::addMacro);
            return parser.parse(new StringReader(text));
        } catch (org.jbibtex.ParseException e) {
            int lineInChunk = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next.beginLine : 1;
            throw new ParseException(doc.fileName(), chunk.line() + lineInChunk - 1, "broken BibTeX entry: " + firstLine(e.getMessage()), e);
        } catch (StackOverflowError e) {
            throw new ParseException(doc.fileName(), chunk.line(), "broken BibTeX entry: nested too deeply to read", e);
        } catch (TokenMgrException e) {
            Matcher m = LEXER_LINE.matcher(String.valueOf(e.getMessage()));
            int lineInChunk = m.find() ? Integer.parseInt(m.group(1)) : 1;
            throw new ParseException(doc.fileName(), chunk.line() + lineInChunk - 1, "broken BibTeX entry: " + firstLine(e.getMessage()), e);
        }
    }

    private static SourceRecord toRecord(SourceDocument doc, int line, String raw, String key, BibTeXEntry entry) throws ParseException {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<Derivation> notes = new ArrayList<>();
        Map<String, String> written = new LinkedHashMap<>();
        fields.put("id", key);
        fields.put("entry_type", entry.getType().getValue().toLowerCase(Locale.ROOT));
        for (Map.Entry<Key, Value> field : entry.getFields().entrySet()) {
            String name = field.getKey().getValue().toLowerCase(Locale.ROOT);
            String value = field.getValue().toUserString();
            written.put(name, value);
            if (name.equals("author")) {
                fields.put(name, authors(value, notes));
            } else if (VERBATIM.contains(name)) {
                fields.put(name, value.strip());
            } else {
                LatexText.Plain plain = LatexText.toPlain(value);
                fields.put(name, plain.text());
                if (plain.bracesOnly()) {
                    notes.add(new Derivation(name, "LaTeX not understood by the converter; only braces removed"));
                }
            }
        }
        Map<String, Object> asWritten = new LinkedHashMap<>();
        asWritten.put("type", entry.getType().getValue().toLowerCase(Locale.ROOT));
        asWritten.put("key", key);
        asWritten.put("fields", written);
        fields.put(ENTRY, asWritten);
        return StructuredFields.toRecord(doc, FORMAT, line, raw, fields, notes);
    }

    private static List<String> authors(String value, List<Derivation> notes) {
        NameLists.Names names = NameLists.splitBibtex(value);
        names.notes().forEach(note -> notes.add(new Derivation("authors", note)));
        List<String> plain = new ArrayList<>();
        for (String name : names.names()) {
            LatexText.Plain p = LatexText.toPlain(name);
            plain.add(p.text());
            if (p.bracesOnly()) {
                notes.add(new Derivation("authors", "LaTeX in '" + name + "' not understood by the converter; only braces removed"));
            }
        }
        return plain;
    }

    private static String firstLine(String message) {
        String m = String.valueOf(message).strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    /** Undefined macros ({@code month = foo}) and missing cross-references are the file's business, not errors. */
    private static final class LenientBibTeXParser extends BibTeXParser {
        LenientBibTeXParser() throws org.jbibtex.ParseException {
            super();
        }

        @Override
        public void checkStringResolution(Key key, BibTeXString string) {
            // an unknown macro reads as its own name
        }

        @Override
        public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
            // crossref targets are often in another file
        }
    }
}
