package dev.paperscope.web;

import dev.paperscope.api.ApiException;
import dev.paperscope.api.Library;
import dev.paperscope.api.Params;
import dev.paperscope.app.SourceText;
import dev.paperscope.app.SourceTexts;
import io.javalin.http.Context;
import java.util.Objects;

/**
 * "View in page": a stored file's text with numbered, anchored lines ({@code #L12}), the record's lines marked,
 * and for a saved HTML page the element each line came from. The page's own HTML is never served: its
 * rendered text is shown escaped, like every text, so nothing of it can run (and the response forbids
 * scripts and plugins besides). Read-only and bounded to {@link SourceTexts#MAX_LINES} lines.
 */
final class SourcePage {
    /** No script, no plugin, no frame, nothing loaded but this site's style sheet; forms only post here. */
    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none';"
            + " frame-ancestors 'none'";

    private SourcePage() {
    }

    static void serve(Context ctx, Library library) {
        Params params = Params.of(ctx);
        String file = params.requiredText("file");
        int line = params.integer("line", 1, 1, Integer.MAX_VALUE);
        int to = Math.max(line, params.integer("to", line, 1, Integer.MAX_VALUE));
        SourceText text = library.read(ps -> {
            try {
                return ps.sourceTexts().around(file, line);
            } catch (SourceTexts.Unavailable e) {
                throw new ApiException(e.unknown() ? 404 : 409, e.getMessage());
            }
        });
        ctx.header("Content-Security-Policy", POLICY);
        Pages.html(ctx, render(text, line, to));
    }

    static String render(SourceText text, int line, int to) {
        StringBuilder body = new StringBuilder("<section class=\"source-view\"><h1>").append(Html.text(text.file())).append("</h1>");
        body.append("<p class=\"provenance\">Read from ").append(Html.text(text.origin()));
        body.append(text.html() ? " · a saved HTML page, shown as the text it was read as (its markup is not served);"
                + " each line names the element it came from" : "").append("</p>");
        if (line > text.totalLines()) {
            body.append("<p class=\"warning\">The file has ").append(text.totalLines()).append(" lines; line ").append(line)
                    .append(" is not among them.</p>");
        } else {
            body.append("<p>Lines ").append(line).append(to > line ? "–" + Math.min(to, text.totalLines()) : "")
                    .append(" marked").append(elementOf(text, line)).append(".</p>");
        }
        if (text.firstLine() > 1 || text.lastLine() < text.totalLines()) {
            body.append("<p class=\"window\">Showing lines ").append(text.firstLine()).append("–").append(text.lastLine())
                    .append(" of ").append(text.totalLines()).append(".</p>");
        }
        body.append("<table class=\"source-text\">");
        String previous = null;
        for (int i = 0; i < text.lines().size(); i++) {
            int n = text.firstLine() + i;
            String element = text.elements().get(i);
            body.append("<tr id=\"L").append(n).append("\"").append(n >= line && n <= to ? " class=\"marked\"" : "").append(">")
                    .append("<td class=\"ln\"><a href=\"#L").append(n).append("\">").append(n).append("</a></td>");
            if (text.html()) {
                boolean changed = element != null && !Objects.equals(element, previous);
                body.append("<td class=\"el\">").append(changed ? "<code>" + Html.text(element) + "</code>" : "").append("</td>");
                previous = element == null ? previous : element;
            }
            body.append("<td class=\"tx\"><pre>").append(Html.text(text.lines().get(i))).append("</pre></td></tr>");
        }
        body.append("</table></section>");
        return Layout.pageWithoutScripts(text.file() + " line " + line, "", body.toString());
    }

    private static String elementOf(SourceText text, int line) {
        int i = line - text.firstLine();
        String element = i >= 0 && i < text.elements().size() ? text.elements().get(i) : null;
        return element == null ? "" : " (from the element <code class=\"element\">" + Html.text(element) + "</code>)";
    }
}
