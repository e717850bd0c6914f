package dev.paperscope.web;

import dev.paperscope.catalog.Recovery;
import dev.paperscope.ingest.Derivation;
import dev.paperscope.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One source record as a card: where it came from (file, line, format, SHA-256), every field the page
 * stated, fields derived while parsing (marked "derived", with the reason), fields recovered from a
 * reference file (rows marked "recovered", naming the reference file and line, the rule and the
 * confidence), and the raw text as written.
 */
final class RecordCard {
    private RecordCard() {
    }

    static String render(SourceRecord r, boolean focused) {
        return render(r, focused, Optional.empty(), "");
    }

    /** {@code actions}: HTML (already escaped) of the buttons and forms shown under the card's heading. */
    static String render(SourceRecord r, boolean focused, Optional<Recovery> recovery, String actions) {
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        for (Derivation d : r.derived()) {
            reasons.computeIfAbsent(d.field(), k -> new ArrayList<>()).add(d.reason());
        }
        StringBuilder card = new StringBuilder("<div class=\"record-card").append(focused ? " focused" : "")
                .append("\" id=\"").append(Html.attr(r.id())).append("\">");
        card.append("<h3><span class=\"kind kind-").append(Html.attr(r.kind().externalName())).append("\">")
                .append(Html.text(r.kind().externalName().replace('_', ' '))).append("</span> <span class=\"provenance\">")
                .append(Html.text(r.source().file())).append(":").append(r.source().line()).append("</span>").append(viewInPage(r)).append("</h3>");
        card.append(actions);
        card.append("<table class=\"fields\">");
        row(card, "title", r.title(), reasons);
        recovery.ifPresent(rec -> recovered(card, r, rec));
        row(card, "authors", r.authors().isEmpty() ? null : String.join(", ", r.authors()), reasons);
        row(card, "venue", r.venue(), reasons);
        row(card, "year", r.year() == null ? null : r.year().toString(), reasons);
        row(card, "award", r.award(), reasons);
        row(card, "room", r.room(), reasons);
        row(card, "session", r.session(), reasons);
        row(card, "moderator", r.moderator(), reasons);
        row(card, "start", r.start() == null ? null : r.start().toString(), reasons);
        row(card, "end", r.end() == null ? null : r.end().toString(), reasons);
        row(card, "section", r.section(), reasons);
        row(card, "author_mention", r.authorMention(), reasons);
        if (r.url() != null) {
            card.append("<tr><th>url</th><td>").append(safeLink(r.url())).append("</td></tr>");
        }
        r.extra().forEach((k, v) -> row(card, k, v instanceof java.util.List<?> l && l.size() > 3
                ? l.size() + " entries" : shownValue(v), reasons)); // a PDF's passages and references: counted, not dumped
        reasons.forEach((field, why) -> {
            if (!shown(r, field)) {
                card.append("<tr><th>").append(Html.text(field)).append("</th><td>").append(badges(why)).append("</td></tr>");
            }
        });
        card.append("<tr><th>source</th><td><code>").append(Html.text(r.source().format())).append("</code> · sha256 <code>")
                .append(Html.text(r.source().sha256().substring(0, Math.min(12, r.source().sha256().length())))).append("…</code> · id <code>")
                .append(Html.text(r.id())).append("</code>");
        if (r.source().element() != null) {
            card.append(" · element <code class=\"element\">").append(Html.text(r.source().element())).append("</code>");
        }
        card.append("</td></tr>");
        card.append("</table>");
        if (!r.raw().isEmpty()) {
            card.append("<details><summary>As written in ").append(Html.text(r.source().file())).append("</summary><pre class=\"raw\">")
                    .append(Html.text(r.raw())).append("</pre></details>");
        }
        return card.append("</div>").toString();
    }

    /** Rows for what the page left out and a reference file supplied: visibly not the page's own words. */
    private static void recovered(StringBuilder card, SourceRecord r, Recovery rec) {
        String from = "recovered from " + rec.sourceFile() + " line " + rec.sourceLine() + " (" + rec.sourceId() + "), confidence "
                + String.format(Locale.ROOT, "%.2f", rec.confidence()) + " · " + rec.rule() + ": " + rec.evidence();
        boolean titleShown = r.title() == null;
        if (titleShown) {
            recoveredRow(card, "title", rec.title(), from);
        }
        // Venue and year come from the same reference record: said in full once, on the first recovered row.
        String again = "recovered from the same reference record (" + rec.sourceFile() + " line " + rec.sourceLine() + ")";
        if (r.venue() == null && rec.venue() != null) {
            recoveredRow(card, "venue", rec.venue(), titleShown ? again : from);
            titleShown = true;
        }
        if (r.year() == null && rec.year() != null) {
            recoveredRow(card, "year", rec.year().toString(), titleShown ? again : from);
        }
    }

    private static void recoveredRow(StringBuilder card, String field, String value, String from) {
        card.append("<tr class=\"recovered-field\" data-field=\"").append(Html.attr(field)).append("\"><th>").append(Html.text(field))
                .append("</th><td><span class=\"recovered-value\">").append(Html.text(value)).append("</span>")
                .append(" <span class=\"badge-recovered\" title=\"").append(Html.attr(from)).append("\">recovered</span>")
                .append("<span class=\"why\">").append(Html.text(from)).append("</span></td></tr>");
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** A nested value (an object or list from a structured file, a BibTeX entry as written) as JSON; others as text. */
    private static String shownValue(Object v) {
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            try {
                return JSON.writeValueAsString(v);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return String.valueOf(v);
            }
        }
        return String.valueOf(v);
    }

    private static boolean shown(SourceRecord r, String field) {
        return List.of("title", "authors", "venue", "year", "award", "room", "session", "moderator", "start", "end", "section",
                "author_mention").contains(field) || r.extra().containsKey(field);
    }

    private static void row(StringBuilder card, String field, String value, Map<String, List<String>> reasons) {
        if (value == null) {
            return;
        }
        card.append("<tr><th>").append(Html.text(field)).append("</th><td>").append(Html.text(value));
        List<String> why = reasons.get(field);
        if (why != null) {
            card.append(badges(why));
        }
        card.append("</td></tr>");
    }

    /** A "derived" badge per reason; the reason is the tooltip and is also written out, so it is never hidden. */
    private static String badges(List<String> reasons) {
        StringBuilder out = new StringBuilder();
        for (String why : reasons) {
            out.append(" <span class=\"derived\" title=\"").append(Html.attr(why)).append("\">derived</span>")
                    .append("<span class=\"why\">").append(Html.text(why)).append("</span>");
        }
        return out.toString();
    }

    /** A link to the record's lines in its file; none for a record of a PDF page, which a PDF reader shows. */
    private static String viewInPage(SourceRecord r) {
        if (r.source().page() != null) {
            return "";
        }
        int to = r.source().line() + Math.max(0, (int) r.raw().lines().count() - 1);
        return " <a class=\"view-in-page\" href=\"" + Html.attr(Links.source(r.source().file(), r.source().line(), to))
                + "\">view in page</a>";
    }

    /** Only http(s) URLs become links; anything else (javascript:, data:) is shown as text. */
    static String safeLink(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return "<a href=\"" + Html.attr(url) + "\" rel=\"noopener noreferrer\">" + Html.text(url) + "</a>";
        }
        return Html.text(url);
    }
}
