package dev.paperscope.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether bytes are an HTML page, and decodes them the way a browser does (HTML standard's encoding
 * sniffing, simplified): a byte-order mark wins, then the charset the server declared, then the page's own
 * {@code <meta charset>} (or {@code http-equiv} Content-Type, or an XML declaration); a page that declares
 * nothing is UTF-8 when it is valid UTF-8, else windows-1252 (the web's legacy default). As browsers do,
 * ISO-8859-1 and US-ASCII are read as windows-1252, their superset.
 */
final class HtmlCharset {
    /** How far into a page its declaration is looked for (the standard says 1024 bytes; pages overrun it). */
    private static final int PRESCAN_BYTES = 8 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?is)<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");
    private static final Pattern XML_ENCODING = Pattern.compile("(?s)^<\\?xml[^>]*?\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern LEADING = Pattern.compile("(?s)^(?:\\s|<!--.*?-->|<\\?xml[^>]*>)*");
    /** First tags of a page or of a fragment of one; {@code feed}, {@code rss} and other XML are not among them. */
    private static final Pattern HTML_START = Pattern.compile(
            "(?i)^<(?:!doctype\\s+html|html|head|body|meta|title|link|base|style|script|div|p|span|a|table|ul|ol|dl|h[1-6]"
                    + "|section|article|main|nav|header|footer|aside|center|font|b|i|em|strong|br|hr|form|iframe|img|pre|blockquote)[\\s>/]");

    /** A decoded page and the charset it was decoded with. */
    record Decoded(String text, Charset charset) {
    }

    private HtmlCharset() {
    }

    /**
     * Whether the bytes are an HTML page: after a byte-order mark, blank space, comments and an XML
     * declaration, they start with a doctype or an HTML element (not XML such as Atom), and close a tag.
     */
    static boolean isHtml(byte[] bytes) {
        String head = asciiHead(bytes);
        Matcher leading = LEADING.matcher(head);
        String rest = leading.lookingAt() ? head.substring(leading.end()) : head;
        return HTML_START.matcher(rest).lookingAt() && (head.contains("</") || head.contains("/>") || rest.regionMatches(true, 0, "<!doctype", 0, 9));
    }

    /** Decodes a page; {@code declared}: the charset its server named (HTTP Content-Type), if any. */
    static Decoded decode(byte[] bytes, Optional<String> declared) {
        Optional<Decoded> bom = byBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> chosen = declared.flatMap(HtmlCharset::charset).or(() -> prescan(bytes));
        if (chosen.isPresent()) {
            return new Decoded(new String(bytes, chosen.get()), chosen.get());
        }
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(utf8, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            Charset legacy = Charset.forName("windows-1252");
            return new Decoded(new String(bytes, legacy), legacy);
        }
    }

    /** The charset a page declares in its first bytes, if it names one Java knows. */
    static Optional<Charset> prescan(byte[] bytes) {
        String head = asciiHead(bytes);
        Matcher xml = XML_ENCODING.matcher(head.stripLeading());
        if (xml.find()) {
            Optional<Charset> c = charset(xml.group(1));
            if (c.isPresent()) {
                return c;
            }
        }
        Matcher meta = META_CHARSET.matcher(COMMENT.matcher(head).replaceAll(""));
        while (meta.find()) {
            Optional<Charset> c = charset(meta.group(1));
            if (c.isPresent()) {
                // A page saved as UTF-16 cannot say so in ASCII; one that does is mislabelled (the standard reads UTF-8).
                return c.get().name().startsWith("UTF-16") ? Optional.of(StandardCharsets.UTF_8) : c;
            }
        }
        return Optional.empty();
    }

    /** The charset of a label, with the web's aliases (ISO-8859-1 and ASCII mean windows-1252); empty when unknown. */
    static Optional<Charset> charset(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("iso8859-1") || name.equals("us-ascii")
                || name.equals("ascii") || name.equals("l1")) {
            name = "windows-1252";
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<Decoded> byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE));
        }
        return Optional.empty();
    }

    /** The start of the page as text: decoded by its byte-order mark, else byte for byte (enough to read tags). */
    private static String asciiHead(byte[] bytes) {
        int n = Math.min(bytes.length, PRESCAN_BYTES);
        byte[] head = java.util.Arrays.copyOf(bytes, n);
        return byBom(head).map(Decoded::text).orElseGet(() -> new String(head, StandardCharsets.ISO_8859_1));
    }
}
