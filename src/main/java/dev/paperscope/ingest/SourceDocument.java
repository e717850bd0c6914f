package dev.paperscope.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A file's bytes, checked and decoded once: strict UTF-8 (a byte-order mark is dropped), no NUL bytes,
 * no line longer than {@link #MAX_LINE_CHARS}. Every failure names the file and the line.
 *
 * <p>A gzip file (recognised by its magic bytes, not its name) is decompressed first; its text, lines and
 * line numbers are those of the decompressed content, while {@link #sha256()} and {@link #bytes()} stay
 * those of the file as stored, so provenance points at the file a user actually has.
 *
 * <p>A PDF (recognised by its {@code %PDF-} header) is bytes, not text: it is kept as such ({@link #isPdf()}),
 * with no text and no lines, and only the PDF format reads it.
 */
public final class SourceDocument {
    /** Longer lines are not text a person wrote; refusing them keeps one bad file from exhausting memory. */
    public static final int MAX_LINE_CHARS = 1_000_000;
    /**
     * A file's text (a gzip file's decompressed content) may be this long at most: parsing holds the text,
     * its lines and its records at once, several times its size, so a larger file (or a small gzip that
     * expands to one) would exhaust the heap. Six times the largest conference file in use.
     */
    public static final int MAX_TEXT_BYTES = 64 * 1024 * 1024;
    public static final long MAX_FILE_BYTES = MAX_TEXT_BYTES;
    /** Enough of a file's start to tell a binary kind (magic bytes, NUL bytes) from text. */
    static final int SNIFF_BYTES = 8 * 1024;

    private final String fileName;
    private final byte[] bytes;
    private final String sha256;
    private final String text;
    private final List<String> lines;
    /** The PDF's bytes (decompressed when the file was gzip), or null for a text document. */
    private final byte[] pdf;
    /** For an HTML page, per rendered line the element it came from (null for blank lines); else empty. */
    private final List<String> elements;

    private SourceDocument(String fileName, byte[] fileBytes, String text) {
        this(fileName, fileBytes, Sha256.hex(fileBytes), text, (byte[]) null);
    }

    private SourceDocument(String fileName, byte[] fileBytes, String sha256, String text, byte[] pdf) {
        this(fileName, fileBytes, sha256, text, pdf, List.of());
    }

    private SourceDocument(String fileName, byte[] fileBytes, String sha256, String text, List<String> elements) {
        this(fileName, fileBytes, sha256, text, null, elements);
    }

    private SourceDocument(String fileName, byte[] fileBytes, String sha256, String text, byte[] pdf, List<String> elements) {
        this.fileName = fileName;
        this.bytes = fileBytes;
        this.sha256 = sha256;
        this.text = text;
        this.lines = text.lines().toList();
        this.pdf = pdf;
        this.elements = elements;
    }

    public static SourceDocument read(Path path) throws ParseException {
        String name = path.getFileName().toString();
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                throw new ParseException(name, 1, "file is " + size + " bytes, more than the limit of " + MAX_FILE_BYTES);
            }
            return of(name, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new ParseException(name, 1, "cannot read file: " + e.getMessage(), e);
        }
    }

    public static SourceDocument of(String fileName, byte[] fileBytes) throws ParseException {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(fileBytes, "bytes");
        byte[] bytes = isGzip(fileBytes) ? gunzip(fileName, fileBytes, MAX_TEXT_BYTES) : fileBytes;
        if (bytes.length == 0) {
            throw new ParseException(fileName, 1, isGzip(fileBytes) ? "gzip file holds no content" : "file is empty");
        }
        Optional<String> kind = magicKind(bytes);
        if (kind.isPresent() && kind.get().equals(PDF)) {
            return new SourceDocument(fileName, fileBytes, Sha256.hex(fileBytes), "", bytes);
        }
        if (kind.isPresent()) {
            throw new ParseException(fileName, 1, kind.get() + ", not a text file");
        }
        if (HtmlCharset.isHtml(bytes)) {
            return rendered(fileName, fileBytes, bytes, Optional.empty());
        }
        Optional<String> utf16 = utf16ByteOrderMark(bytes);
        if (utf16.isPresent()) {
            throw new ParseException(fileName, 1, "UTF-16 text (byte-order mark " + utf16.get()
                    + "), which Paperscope does not read; save the file as UTF-8");
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new ParseException(fileName, lineOfOffset(bytes, nul), "binary content (NUL byte at offset " + nul + "), not a text file");
        }
        String text = decodeUtf8(fileName, bytes);
        if (text.isBlank()) {
            throw new ParseException(fileName, 1, "file holds only whitespace");
        }
        checkLineLengths(fileName, text);
        return new SourceDocument(fileName, fileBytes, text);
    }

    /**
     * An HTML page, whatever its first bytes look like (a server said it is HTML): its text is the page
     * as a reader sees it ({@link HtmlText}), decoded by its byte-order mark, {@code charset} (the server's),
     * its own declaration, else UTF-8 or windows-1252. Records' provenance names the rendered line and the
     * element it came from ({@link #elementAt}); {@link #bytes()} and {@link #sha256()} stay the page's own.
     */
    public static SourceDocument html(String fileName, byte[] fileBytes, Optional<String> charset) throws ParseException {
        Objects.requireNonNull(fileName, "fileName");
        byte[] bytes = isGzip(fileBytes) ? gunzip(fileName, fileBytes, MAX_TEXT_BYTES) : fileBytes;
        Optional<String> kind = bytes.length == 0 ? Optional.of("an empty file") : magicKind(bytes);
        if (kind.isPresent()) {
            throw new ParseException(fileName, 1, "said to be an HTML page but is " + kind.get());
        }
        return rendered(fileName, fileBytes, bytes, charset);
    }

    private static SourceDocument rendered(String fileName, byte[] fileBytes, byte[] bytes, Optional<String> charset) throws ParseException {
        HtmlCharset.Decoded decoded = HtmlCharset.decode(bytes, charset);
        int nul = decoded.text().indexOf('\u0000');
        if (nul >= 0) {
            throw new ParseException(fileName, 1, "binary content in an HTML page (NUL character at offset " + nul
                    + " when decoded as " + decoded.charset().name() + "), not a text file");
        }
        HtmlText.checkTagNames(fileName, decoded.text());
        HtmlText.Rendered page = HtmlText.render(decoded.text());
        if (page.text().isBlank()) {
            throw new ParseException(fileName, 1, "HTML page shows no text (everything in it is markup, scripts or navigation)");
        }
        checkLineLengths(fileName, page.text());
        return new SourceDocument(fileName, fileBytes, Sha256.hex(fileBytes), page.text(), page.lineElements());
    }

    /**
     * The binary kind of a file's first bytes ("a PDF file", "a PNG image", "a binary file" when NUL bytes
     * show it), or empty for text: lets a folder ingest skip what is not text instead of failing on it.
     * A gzip file is judged by its decompressed start.
     */
    public static Optional<String> binaryKind(byte[] head) {
        byte[] start = head;
        if (isGzip(head)) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
                start = in.readNBytes(SNIFF_BYTES);
            } catch (IOException e) {
                return Optional.empty(); // damaged gzip: reading the file reports it
            }
        }
        Optional<String> magic = magicKind(start);
        if (magic.isPresent()) {
            return magic;
        }
        if (utf16ByteOrderMark(start).isPresent()) {
            return Optional.empty(); // text (a spreadsheet's "Unicode text"); reading it says what to do
        }
        for (int i = 0; i < Math.min(start.length, SNIFF_BYTES); i++) {
            if (start[i] == 0) {
                return Optional.of("a binary file");
            }
        }
        return Optional.empty();
    }

    /** {@link #binaryKind(byte[])} of a file's first {@value #SNIFF_BYTES} bytes; empty when it cannot be read. */
    public static Optional<String> binaryKind(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return binaryKind(in.readNBytes(SNIFF_BYTES));
        } catch (IOException e) {
            return Optional.empty(); // reading the file reports it
        }
    }

    /** The {@link #binaryKind} of a PDF: the one binary kind that is read (by the PDF format), so named apart. */
    public static final String PDF = "a PDF file";
    private static final List<Magic> MAGIC = List.of(
            new Magic(PDF, "%PDF-".getBytes(StandardCharsets.US_ASCII)),
            new Magic("a PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
            new Magic("a JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            new Magic("a GIF image", "GIF8".getBytes(StandardCharsets.US_ASCII)),
            new Magic("a ZIP archive (or an Office or EPUB file)", new byte[] {'P', 'K', 3, 4}),
            new Magic("an executable", new byte[] {0x7F, 'E', 'L', 'F'}));

    private record Magic(String kind, byte[] prefix) {
    }

    private static Optional<String> magicKind(byte[] bytes) {
        for (Magic m : MAGIC) {
            if (bytes.length >= m.prefix().length && Arrays.equals(bytes, 0, m.prefix().length, m.prefix(), 0, m.prefix().length)) {
                return Optional.of(m.kind());
            }
        }
        return Optional.empty();
    }

    /** "FF FE" or "FE FF" when the bytes begin with a UTF-16 byte-order mark. */
    private static Optional<String> utf16ByteOrderMark(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return Optional.of("FF FE");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return Optional.of("FE FF");
        }
        return Optional.empty();
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
    }

    /**
     * Decompresses gzip data, refusing more than {@code limit} bytes of output: a small compressed file can
     * expand enormously, and the limit is the one a plain file is held to.
     */
    static byte[] gunzip(String fileName, byte[] gzip, long limit) throws ParseException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.clamp(gzip.length * 4L, 64, 1 << 24));
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > limit) {
                    throw new ParseException(fileName, 1, "gzip content expands to more than the limit of " + limit + " bytes");
                }
                out.write(buffer, 0, n);
            }
        } catch (EOFException e) {
            throw new ParseException(fileName, 1, "gzip file is truncated (compressed data ends early)", e);
        } catch (ZipException e) {
            throw new ParseException(fileName, 1, "gzip file is corrupt: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ParseException(fileName, 1, "cannot decompress gzip file: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static String decodeUtf8(String fileName, byte[] bytes) throws ParseException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8Offset(bytes);
            throw new ParseException(fileName, lineOfOffset(bytes, offset),
                    "not valid UTF-8 (bad byte 0x" + String.format("%02X", bytes[offset] & 0xFF) + " at offset " + offset
                            + "); save the file as UTF-8", e);
        }
    }

    private static int firstInvalidUtf8Offset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static void checkLineLengths(String fileName, String text) throws ParseException {
        int lineNo = 1;
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - lineStart > MAX_LINE_CHARS) {
                    throw new ParseException(fileName, lineNo, "line is " + (i - lineStart)
                            + " characters long, more than the limit of " + MAX_LINE_CHARS);
                }
                lineNo++;
                lineStart = i + 1;
            }
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lineOfOffset(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The first {@code maxLines} lines, and at most about {@code maxChars} characters, as a document of its
     * own (same name and checksum): enough for format detection, which then costs the same for a
     * 100 MB file as for a 100 KB one.
     */
    public SourceDocument head(int maxLines, int maxChars) {
        if (pdf != null || lines.size() <= maxLines && text.length() <= maxChars) {
            return this;
        }
        StringBuilder head = new StringBuilder();
        int n = 0;
        for (int i = 0; i < Math.min(maxLines, lines.size()) && (i == 0 || head.length() < maxChars); i++) {
            head.append(lines.get(i)).append('\n');
            n++;
        }
        return new SourceDocument(fileName, bytes, sha256, head.toString(), elements.subList(0, Math.min(n, elements.size())));
    }

    public String fileName() {
        return fileName;
    }

    /**
     * This document under another name: the name the catalog stores it by (unique among its files, such as
     * {@code b/papers.bib} beside another {@code papers.bib}), which records' provenance and ids use.
     */
    public SourceDocument named(String storedName) {
        Objects.requireNonNull(storedName, "storedName");
        return storedName.equals(fileName) ? this : new SourceDocument(storedName, bytes, sha256, text, pdf, elements);
    }

    /** The file's bytes as stored (still compressed for a gzip file); parsers read {@link #text()}. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public String sha256() {
        return sha256;
    }

    /** True for a PDF: its content is {@link #pdfBytes()}, its text and lines are empty. */
    public boolean isPdf() {
        return pdf != null;
    }

    /** A PDF's bytes (decompressed when the file was gzip); empty for a text document. */
    byte[] pdfBytes() {
        return pdf == null ? new byte[0] : pdf.clone();
    }

    /** The decoded text, without a byte-order mark (empty for a PDF). */
    public String text() {
        return text;
    }

    /** Lines without terminators; index 0 is line 1. */
    public List<String> lines() {
        return lines;
    }

    public Source sourceAt(int line, String format) {
        return Source.inElement(fileName, line, sha256, format, elementAt(line).orElse(null));
    }

    /** Whether this document is an HTML page read as its rendered text. */
    public boolean isHtml() {
        return !elements.isEmpty();
    }

    /** For an HTML page, the element (a CSS selector) the 1-based rendered line came from; else empty. */
    public Optional<String> elementAt(int line) {
        return line >= 1 && line <= elements.size() ? Optional.ofNullable(elements.get(line - 1)) : Optional.empty();
    }

    /** Provenance at a 1-based page of a paged document (a PDF); the line is 1. */
    public Source sourceAtPage(int page, String format) {
        return Source.onPage(fileName, page, sha256, format);
    }

    /** A parse error at a 1-based line of this document. */
    public ParseException error(int line, String problem) {
        if (isHtml()) {
            // An HTML page's lines are those of its rendered text: say so, and name the element to look at.
            return new ParseException(fileName, line, problem + " (line of the page's text as shown" + elementAt(line).map(e -> ", element " + e).orElse("") + ")");
        }
        return new ParseException(fileName, line, problem);
    }
}
