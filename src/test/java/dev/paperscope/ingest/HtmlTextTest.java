package dev.paperscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rendering, detection and decoding of HTML pages. */
class HtmlTextTest {
    private static String text(String html) {
        return HtmlText.render(html).text();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            paragraphs are set apart         | <p>One</p><p>Two</p>                                   | One\\n\\nTwo\\n
            divs are lines                   | <div>One</div><div>Two</div>                           | One\\nTwo\\n
            br breaks a line                 | <p>One<br>Two</p>                                      | One\\nTwo\\n
            inline markup stays in its line  | <p>A <em>b</em> <a href=x>c</a><span>d</span></p>      | A b cd\\n
            whitespace collapses             | <p>  A \\n\\t b  </p>                                  | A b\\n
            entities, nbsp kept              | <p>A&amp;B&nbsp;C &middot; D</p>                       | A&B\u00A0C · D\\n
            list items are bullets           | <ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>      | '  • a\\n  • b\\n    • c\\n'
            ordered lists are numbered       | <ol start=3><li>a</li><li>b</li></ol>                  | '  3. a\\n  4. b\\n'
            a list under its lead-in         | <h3>Title</h3><ul><li>a</li></ul>                      | Title\\n  • a\\n
            a list after a block is apart    | <h3>Head</h3><div><ul><li>a</li></ul></div>            | Head\\n\\n  • a\\n
            table cells are lines            | <table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table> | a\\nb\\nc\\n
            scripts styles templates dropped | <script>x()</script><style>p{}</style><template><p>t</p></template><noscript>n</noscript><p>A</p> | A\\n
            navigation and page chrome       | <header>Site</header><nav>Menu</nav><main><p>A</p></main><aside>Side</aside><footer>Foot</footer> | A\\n
            an article's header is content  | <article><header><h2>Post</h2></header><p>Body</p><footer>Source: X</footer></article> | Post\\n\\nBody\\n\\nSource: X\\n
            duplicates and dialogs dropped   | <p aria-hidden=true>a</p><div role=dialog>c</div><div aria-modal=true>m</div><p>A</p> | A\\n
            collapsed content is kept        | <p hidden>h</p><div style='display: none'>d</div>   | h\\n\\nd\\n
            preformatted text keeps lines    | <pre>a  b\\nc</pre>                                    | a  b\\nc\\n
            """)
    void renders(String what, String html, String expected) {
        assertEquals(expected.replace("\\n", "\n").replace("\\t", "\t"), text(html.replace("\\n", "\n").replace("\\t", "\t")), what);
    }

    @Test
    void linesNameTheirElementByTheNearestId() {
        HtmlText.Rendered r = HtmlText.render("<div id=list><p>One</p><p class=x>Two</p></div><p>Three</p>");
        assertEquals("#list > p:nth-child(1)", r.lineElements().get(0));
        assertEquals(null, r.lineElements().get(1));
        assertTrue(r.lineElements().get(2).startsWith("#list > p"), r.lineElements().get(2));
        assertEquals("body > p:nth-child(2)", r.lineElements().get(4));
        HtmlText.Rendered dup = HtmlText.render("<div id=x><p>a</p></div><div id=x><p>b</p></div><div id='3 odd\"'><p>c</p></div>");
        assertEquals("body > div:nth-child(1) > p:nth-child(1)", dup.lineElements().get(0), "an id used twice names nothing");
        assertEquals("[id=\"3 odd\\\"\"] > p:nth-child(1)", dup.lineElements().get(4));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            doctype                 | <!DOCTYPE html><p>x</p>                            | true
            html element            | \\n  <html><body>x</body></html>                   | true
            comment first           | <!-- saved from url --><html><p>x</p></html>      | true
            xhtml                   | <?xml version='1.0'?><!DOCTYPE html><html></html> | true
            fragment                | <div><p>x</p></div>                                | true
            atom feed               | <?xml version='1.0'?><feed xmlns='a'></feed>       | false
            json                    | [{"title": "<b>x</b>"}]                            | false
            text with a tag inside  | Papers List\\n<b>bold</b>                          | false
            bibtex                  | @article{a, title={<p>}}                           | false
            """)
    void detectsHtmlByContent(String what, String content, boolean html) {
        assertEquals(html, HtmlCharset.isHtml(content.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8)), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            meta charset windows-1252 | windows-1252 | <meta charset="windows-1252"><p>Ren\u00e9e \u201cq\u201d</p> | Ren\u00e9e \u201cq\u201d
            iso-8859-1 read as 1252   | windows-1252 | <meta http-equiv=Content-Type content='text/html; charset=ISO-8859-1'><p>Ren\u00e9e \u201cq\u201d</p> | Ren\u00e9e \u201cq\u201d
            shift_jis                 | Shift_JIS    | <meta charset=shift_jis><p>\u6a5f\u68b0\u5b66\u7fd2</p> | \u6a5f\u68b0\u5b66\u7fd2
            undeclared legacy bytes   | windows-1252 | <html><p>Ren\u00e9e</p></html> | Ren\u00e9e
            undeclared utf-8          | UTF-8        | <html><p>Ren\u00e9e \u6a5f</p></html> | Ren\u00e9e \u6a5f
            """)
    void decodesByDeclarationOrContent(String what, String charset, String html, String expected) throws ParseException {
        SourceDocument doc = SourceDocument.of("p.html", html.getBytes(Charset.forName(charset)));
        assertEquals(expected + "\n", doc.text(), what);
    }

    @Test
    void aByteOrderMarkWinsOverTheDeclaration() throws ParseException {
        byte[] body = "<meta charset=windows-1252><p>Ren\u00e9e</p>".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        assertEquals("Ren\u00e9e\n", SourceDocument.of("p.html", withBom).text());
    }

    @Test
    void aServersCharsetIsUsedWhenThePageDeclaresNone() throws ParseException {
        byte[] body = "<p>\u6a5f\u68b0</p>".getBytes(Charset.forName("EUC-JP"));
        assertEquals("\u6a5f\u68b0\n", SourceDocument.html("p", body, java.util.Optional.of("EUC-JP")).text());
    }

    @Test
    void binaryOrEmptyPagesFailAloneWithAReason() {
        ParseException nul = assertThrows(ParseException.class,
                () -> SourceDocument.of("p.html", "<html><p>a\u0000b</p></html>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(nul.getMessage().contains("binary content"), nul.getMessage());
        ParseException chrome = assertThrows(ParseException.class,
                () -> SourceDocument.of("p.html", "<html><nav>Home</nav><script>x</script></html>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(chrome.getMessage().contains("shows no text"), chrome.getMessage());
        ParseException png = assertThrows(ParseException.class,
                () -> SourceDocument.html("p", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, java.util.Optional.empty()));
        assertTrue(png.getMessage().contains("PNG"), png.getMessage());
    }

    @Test
    void anErrorInAPageNamesTheLineOfItsTextAndTheElement() {
        String html = "<html><body><div id=a><div>Ann Lee · Bo Kim</div><p>We study alpha networks for vision and find that they work"
                + " well on many benchmarks today.</p></div><div id=b><div>Cy Chen · Dee Diaz</div><p>We present beta priors in practice"
                + " and show that they are simple to use and to extend.</p><div id=odd>Short odd line</div></div></body></html>";
        ParseException e = assertThrows(ParseException.class, () -> Formats.parse(
                SourceDocument.of("p.html", html.getBytes(StandardCharsets.UTF_8)), java.util.Optional.of("oral-listing")));
        assertEquals(9, e.line());
        assertTrue(e.getMessage().contains("line of the page's text as shown, element #odd"), e.getMessage());
    }

    @Test
    void formulasAppearOnceAsTheirTex() {
        String mathjax = "<p>a <span class=MathJax_Preview></span><span class=MathJax role=presentation><nobr aria-hidden=true>3x3</nobr></span>"
                + "<script type='math/tex'>3 \\times 3</script> b <script type='math/tex; mode=display'>x^2</script></p>";
        assertEquals("a $3 \\times 3$ b $$x^2$$\n", text(mathjax));
        String mathml = "<p>a <math><semantics><mn>7</mn><annotation encoding='application/x-tex'>7 \\times 7</annotation></semantics></math> b</p>";
        assertEquals("a $7 \\times 7$ b\n", text(mathml));
        assertFalse(text("<p><math><mi>x</mi></math></p>").isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ordinary tags               | <p>a</p><div class=x>b</div>  | 5  | -1
            a name at the limit         | <abcde>x                      | 5  | -1
            a name past the limit       | x<abcdef>x                    | 5  | 1
            a name running to the end   | <p>x</p><abcdefgh             | 5  | 8
            not a tag: no letter after  | a < b and <<<< c <1234567     | 5  | -1
            a slash ends the name       | <ab/cdefgh>                   | 5  | -1
            """)
    void overlongTagNames(String what, String html, int limit, int offset) {
        assertEquals(offset, HtmlText.overlongTagName(html, limit));
    }

    @Test
    void aPageWithAHugeTagNameIsRefusedAtItsLine() {
        String html = "<html>\n<body>\n<p>fine</p>\n<" + "x".repeat(HtmlText.MAX_TAG_NAME_CHARS + 1) + "\n</body></html>";
        ParseException e = assertThrows(ParseException.class, () -> SourceDocument.of("page.html", html.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("page.html:4: a tag name longer than 1000 characters"), e.getMessage());
    }
}
