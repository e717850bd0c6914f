package dev.paperscope.web;

/** KaTeX from its webjar (a Maven dependency): the head markup that renders elements of class {@code math}. */
final class KatexAssets {
    /** Must match the katex webjar version in pom.xml; a test fetches the assets, so a mismatch fails. */
    static final String KATEX = "/webjars/katex/0.16.4/dist/";
    static final String HEAD = """
            <link rel="stylesheet" href="%1$skatex.min.css">
            <script defer src="%1$skatex.min.js"></script>
            <script defer src="%1$scontrib/auto-render.min.js"></script>
            <script defer src="/static/math.js"></script>
            """.formatted(KATEX);

    private KatexAssets() {
    }
}
