package dev.paperscope.web;

import dev.paperscope.app.AuthorProfile;
import java.util.Map;

/** One person: the name, every spelling seen (and why spellings were joined), works, venues, co-authors. */
final class AuthorPage {
    private AuthorPage() {
    }

    static String render(AuthorProfile p) {
        StringBuilder body = new StringBuilder("<article class=\"author\">");
        body.append("<h1 id=\"author-name\">").append(Html.text(p.identity().name())).append("</h1>");
        body.append("<p class=\"meta\">").append(p.works().size()).append(p.works().size() == 1 ? " work" : " works")
                .append(" · identity <code>").append(Html.text(p.identity().id())).append("</code></p>");
        body.append("<section class=\"block\"><h2>Spellings seen</h2><div class=\"chips\" id=\"spellings\">");
        p.identity().spellings().stream().sorted().forEach(s -> body.append("<span class=\"chip\">").append(Html.text(s)).append("</span>"));
        body.append("</div>");
        if (!p.identity().joins().isEmpty()) {
            body.append("<ul class=\"plain joins\">");
            p.identity().joins().forEach(j -> body.append("<li>").append(Html.text(j)).append("</li>"));
            body.append("</ul>");
        }
        body.append("</section>");
        body.append("<section class=\"block\"><h2>Works</h2><ul class=\"plain\" id=\"works\">");
        for (AuthorProfile.WorkRef w : p.works()) {
            body.append("<li><a href=\"").append(Html.attr(Links.work(w.id()))).append("\">")
                    .append(Html.text(w.title() == null ? "(untitled)" : w.title())).append("</a>")
                    .append(w.recordIds().size() > 1 ? " <span class=\"n\">" + w.recordIds().size() + " records</span>" : "").append("</li>");
        }
        body.append("</ul></section>");
        if (!p.venues().isEmpty()) {
            body.append("<section class=\"block\"><h2>Venues</h2><div class=\"chips\">");
            for (Map.Entry<String, Integer> v : p.venues().entrySet()) {
                body.append("<a class=\"chip\" href=\"").append(Html.attr(Links.search("author:\"" + p.identity().name() + "\" venue:\"" + v.getKey() + "\"")))
                        .append("\">").append(Html.text(v.getKey())).append(" <span class=\"n\">").append(v.getValue()).append("</span></a>");
            }
            body.append("</div></section>");
        }
        body.append("<section class=\"block\"><h2>Co-authors</h2><div class=\"chips\" id=\"coauthors\">");
        for (Map.Entry<String, Integer> c : p.coauthors().entrySet()) {
            body.append("<a class=\"chip\" href=\"").append(Html.attr(Links.author(c.getKey()))).append("\">").append(Html.text(c.getKey()))
                    .append(c.getValue() > 1 ? " <span class=\"n\">×" + c.getValue() + "</span>" : "").append("</a>");
        }
        body.append("</div></section></article>");
        return Layout.page(p.identity().name(), "", body.toString());
    }
}
