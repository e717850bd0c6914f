package dev.paperscope.web;

import dev.paperscope.api.Library;
import dev.paperscope.app.Paperscope;
import dev.paperscope.app.RecommendAnswer;
import dev.paperscope.app.Recommendation;
import dev.paperscope.app.RecommendationBasis;
import dev.paperscope.search.SearchHit;
import io.javalin.config.RoutesConfig;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recommendations in the web app: the "For you" page ({@code /for-you}, from every list and star) and the
 * "Recommended for this list" panel of a reading list's page. Each recommendation links to its work and
 * says which kept papers it is close to; an empty basis or nothing left to recommend says so.
 */
public final class RecommendPages {
    /** Recommendations a page shows. */
    static final int SHOWN = 10;
    private static final Logger LOG = LoggerFactory.getLogger(RecommendPages.class);

    private RecommendPages() {
    }

    public static void register(RoutesConfig routes, Library library) {
        routes.get("/for-you", ctx -> Pages.html(ctx, library.exclusive(ps -> Layout.page("For you", "",
                "<section class=\"lists\"><h1>For you</h1><p class=\"muted\">Papers like the ones in your reading lists and your starred talks.</p>"
                        + results(ps, new RecommendationBasis.Everything()) + "</section>",
                "<link rel=\"stylesheet\" href=\"/static/planner.css\">"))));
    }

    /** The panel of a reading list's page. */
    static String listPanel(Paperscope ps, String listName) {
        return "<section class=\"block recommended\" id=\"recommended\"><h2>Recommended for this list</h2>"
                + results(ps, new RecommendationBasis.ReadingList(listName)) + "</section>";
    }

    private static String results(Paperscope ps, RecommendationBasis basis) {
        RecommendAnswer answer;
        try {
            answer = ps.recommendations().recommend(basis, Optional.empty(), SHOWN, Optional.empty());
        } catch (RuntimeException e) {
            // the list page must still show the list: say what went wrong in place of the panel
            LOG.warn("recommendations for {} failed", basis.where(), e);
            return "<p class=\"muted\" id=\"recommend-none\">Recommendations are unavailable: " + Html.text(String.valueOf(e.getMessage())) + "</p>";
        }
        StringBuilder out = new StringBuilder();
        if (answer.recommendations().isEmpty()) {
            out.append("<p class=\"muted\" id=\"recommend-none\">").append(Html.text(String.join("; ", answer.notes()))).append("</p>");
            return out.toString();
        }
        out.append("<ol class=\"recommendations\" id=\"recommendations\">");
        for (Recommendation r : answer.recommendations()) {
            SearchHit h = r.hit();
            out.append("<li class=\"recommendation\" data-id=\"").append(Html.attr(h.id())).append("\"><a class=\"item-title\" href=\"")
                    .append(Html.attr(Links.hit(h))).append("\">").append(Html.text(h.title() == null ? "(untitled)" : h.title())).append("</a>")
                    .append("<div class=\"meta\">").append(Html.text(meta(h))).append("</div><div class=\"why\">").append(Html.text(answer.explanation(r))).append("</div></li>");
        }
        out.append("</ol><p class=\"muted\">").append(Html.text("Learnt from " + answer.kept().size() + " kept work(s) by " + answer.method()
                + "; kept papers are left out."));
        answer.notes().forEach(n -> out.append(" ").append(Html.text("Note: " + n + ".")));
        return out.append("</p>").toString();
    }

    /** First author (et al.), venue and year, those there are, joined by dots. */
    private static String meta(SearchHit h) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!h.authors().isEmpty()) {
            parts.add(h.authors().getFirst() + (h.authors().size() > 1 ? " et al." : ""));
        }
        if (h.venue() != null) {
            parts.add(h.venue());
        }
        if (h.year() != null) {
            parts.add(String.valueOf(h.year()));
        }
        return String.join(" · ", parts);
    }
}
