package dev.paperscope.web;

import dev.paperscope.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where an answer of {@code /ask} came from, at the top of its record's page ({@code /records/ID?page=N&cite=S} or
 * {@code ?line=L&cite=S}, anchor {@code #cited}): for a PDF, the passages of that page with the cited sentence
 * marked; for a text file, the sentence at its line, with a link to the line in the file. The sentence comes from
 * the link and is only ever compared with the record's own text and shown escaped; a sentence the page does not hold
 * is shown as not found, never as the record's.
 */
final class CitedBlock {
    private CitedBlock() {
    }

    /** The block, or "" when the link names neither a page nor a line. */
    static String render(SourceRecord r, Integer page, Integer line, String sentence) {
        if (page == null && line == null) {
            return "";
        }
        String cite = sentence == null ? "" : sentence.strip();
        StringBuilder out = new StringBuilder("<section class=\"block cited\" id=\"cited\"><h2>");
        if (page != null) {
            out.append("Cited: page ").append(page).append(" of ").append(Html.text(r.source().file())).append("</h2>");
            List<String> passages = passagesOn(r, page);
            if (passages.isEmpty()) {
                out.append("<p class=\"note\">This record holds no text of page ").append(page).append(".</p>");
            }
            boolean found = false;
            for (String passage : passages) {
                String p = passage.replaceAll("\\s+", " ");
                int at = cite.isEmpty() ? -1 : p.indexOf(cite);
                found |= at >= 0;
                out.append("<p class=\"passage math\">").append(marked(p, at, cite.length())).append("</p>");
            }
            if (!cite.isEmpty() && !passages.isEmpty() && !found) {
                out.append("<p class=\"note\">The cited sentence is not on this page of the record.</p>");
            }
        } else {
            out.append("Cited: line ").append(line).append(" of ").append(Html.text(r.source().file())).append("</h2>");
            String text = r.abstractText() == null ? "" : r.abstractText().replaceAll("\\s+", " ");
            int at = cite.isEmpty() ? -1 : text.indexOf(cite);
            out.append(at >= 0 ? "<p class=\"passage math\">" + marked(cite, 0, cite.length()) + "</p>"
                    : "<p class=\"note\">The cited sentence is not in this record's text.</p>");
            out.append("<p><a class=\"view-in-page\" href=\"").append(Html.attr(Links.source(r.source().file(), line, line)))
                    .append("\">line ").append(line).append(" in the file</a></p>");
        }
        return out.append("</section>").toString();
    }

    private static String marked(String text, int at, int length) {
        if (at < 0) {
            return Html.text(text);
        }
        return Html.text(text.substring(0, at)) + "<mark>" + Html.text(text.substring(at, at + length)) + "</mark>"
                + Html.text(text.substring(at + length));
    }

    /** The record's body passages on {@code page}, in order (the abstract counts as the record's own page). */
    static List<String> passagesOn(SourceRecord r, int page) {
        List<String> out = new ArrayList<>();
        if (r.abstractText() != null && r.source().page() != null && r.source().page() == page) {
            out.add(r.abstractText());
        }
        if (r.extra().get("passages") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("text") instanceof String text && m.get("page") instanceof Number n && n.intValue() == page) {
                    out.add(text);
                }
            }
        }
        return out;
    }
}
