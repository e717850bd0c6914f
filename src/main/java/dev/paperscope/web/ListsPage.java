package dev.paperscope.web;

import dev.paperscope.export.Citable;
import dev.paperscope.lists.ListItem;
import dev.paperscope.lists.ReadingList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading lists: every list with a form to make one; one list with its items, notes and exports. */
final class ListsPage {
    private ListsPage() {
    }

    static String all(List<ReadingList> lists) {
        StringBuilder body = new StringBuilder("<section class=\"lists\"><h1>Reading lists</h1>");
        if (lists.isEmpty()) {
            body.append("<p class=\"muted\">No reading lists yet.</p>");
        }
        body.append("<ul class=\"list-index\">");
        for (ReadingList l : lists) {
            body.append("<li><a href=\"").append(url(l.name())).append("\">").append(Html.text(l.name())).append("</a> <span class=\"muted\">")
                    .append(l.items().size()).append(" item").append(l.items().size() == 1 ? "" : "s").append("</span></li>");
        }
        body.append("</ul><form class=\"inline-form\" method=\"post\" action=\"/lists\">").append(Html.FORM_TOKEN).append("<label for=\"new-list\">New list</label> ")
                .append("<input id=\"new-list\" name=\"name\" maxlength=\"80\" required placeholder=\"e.g. Diffusion to read\"> ")
                .append("<button type=\"submit\">Create</button></form>");
        body.append(searchExport()).append("</section>");
        return Layout.page("Reading lists", "", body.toString(), "<link rel=\"stylesheet\" href=\"/static/planner.css\">");
    }

    /** BibTeX of any search, straight from the API. */
    private static String searchExport() {
        return "<section class=\"block\"><h2>Export a search</h2><form class=\"inline-form\" method=\"get\" action=\"/api/v1/export/bibtex\">"
                + "<label for=\"export-q\">Query</label> <input id=\"export-q\" name=\"q\" required placeholder=\"diffusion year:2022\"> "
                + "<input type=\"hidden\" name=\"limit\" value=\"100\"><button type=\"submit\">BibTeX of the top 100</button></form></section>";
    }

    /** One list's page; {@code recommended} is the (safe) HTML of its recommendations panel, shown below its items. */
    static String one(ReadingList list, Map<String, Optional<Citable>> cited, String recommended) {
        String base = url(list.name());
        StringBuilder body = new StringBuilder("<section class=\"lists\"><p><a href=\"/lists\">← All lists</a></p><h1 id=\"list-name\">")
                .append(Html.text(list.name())).append("</h1><p class=\"exports\">")
                .append("<a class=\"button\" id=\"bibtex-download\" href=\"/api/v1/export/bibtex?list=").append(Html.url(list.name()))
                .append("\">BibTeX</a> <a class=\"button secondary\" href=\"/api/v1/export/csl?list=").append(Html.url(list.name()))
                .append("\">CSL-JSON</a></p>");
        if (list.items().isEmpty()) {
            body.append("<p class=\"muted\">Empty. Add a work or record id below (ids show on search results and work pages).</p>");
        }
        body.append("<ol class=\"list-items\">");
        for (ListItem item : list.items()) {
            body.append(item(base, item, cited.getOrDefault(item.itemId(), Optional.empty()), list.items().size()));
        }
        body.append("</ol>");
        body.append("<form class=\"inline-form\" method=\"post\" action=\"").append(base).append("/add\">").append(Html.FORM_TOKEN).append("<label for=\"add-id\">Add id</label> ")
                .append("<input id=\"add-id\" name=\"id\" required placeholder=\"w… or r…\"> <input name=\"note\" placeholder=\"note (optional)\"> ")
                .append("<button type=\"submit\">Add</button></form>");
        body.append(recommended);
        body.append("<details class=\"manage\"><summary>Rename or delete this list</summary>")
                .append("<form class=\"inline-form\" method=\"post\" action=\"").append(base).append("/rename\">").append(Html.FORM_TOKEN).append("<input name=\"name\" value=\"")
                .append(Html.attr(list.name())).append("\" maxlength=\"80\" required> <button type=\"submit\">Rename</button></form>")
                .append("<form class=\"inline-form\" method=\"post\" action=\"").append(base).append("/delete\">").append(Html.FORM_TOKEN)
                .append("<button type=\"submit\" class=\"danger\">Delete list</button></form></details></section>");
        return Layout.page(list.name(), "", body.toString(), "<link rel=\"stylesheet\" href=\"/static/planner.css\">");
    }

    private static String item(String base, ListItem item, Optional<Citable> cited, int size) {
        String action = base + "/items/" + Html.url(item.itemId());
        StringBuilder out = new StringBuilder("<li class=\"list-item").append(cited.isEmpty() ? " missing" : "").append("\" id=\"item-")
                .append(Html.attr(item.itemId())).append("\" data-id=\"")
                .append(Html.attr(item.itemId())).append("\">");
        if (cited.isPresent()) {
            Citable c = cited.get();
            String href = item.itemId().startsWith("w") ? Links.work(item.itemId()) : Links.record(item.itemId());
            out.append("<a class=\"item-title\" href=\"").append(href).append("\">").append(Html.text(c.title() == null ? "(untitled)" : c.title()))
                    .append("</a><div class=\"meta\">").append(Html.text(authors(c)))
                    .append(c.venue() == null ? "" : " · " + Html.text(c.venue())).append(c.year() == null ? "" : " · " + c.year())
                    .append(" · <code>").append(Html.text(item.itemId())).append("</code></div>");
        } else {
            out.append("<span class=\"item-title\">Missing: <code>").append(Html.text(item.itemId()))
                    .append("</code></span><div class=\"meta\">no longer in the catalog (a re-ingest removed it); its note is kept</div>");
        }
        out.append("<form class=\"note-form\" method=\"post\" action=\"").append(action).append("/note\">").append(Html.FORM_TOKEN).append("<textarea name=\"note\" rows=\"2\" ")
                .append("maxlength=\"10000\" placeholder=\"Your note\">").append(Html.text(item.note())).append("</textarea>")
                .append("<button type=\"submit\" class=\"secondary\">Save note</button></form><div class=\"item-actions\">");
        if (item.position() > 1) {
            out.append(move(action, item.position() - 1, "↑ Up"));
        }
        if (item.position() < size) {
            out.append(move(action, item.position() + 1, "↓ Down"));
        }
        return out.append("<form method=\"post\" action=\"").append(action).append("/remove\">").append(Html.FORM_TOKEN).append("<button type=\"submit\" class=\"secondary\">Remove</button></form>")
                .append("</div></li>").toString();
    }

    private static String move(String action, int position, String label) {
        return "<form method=\"post\" action=\"" + action + "/move\">" + Html.FORM_TOKEN + "<input type=\"hidden\" name=\"position\" value=\"" + position
                + "\"><button type=\"submit\" class=\"secondary\">" + label + "</button></form>";
    }

    private static String authors(Citable c) {
        if (c.authors().isEmpty()) {
            return c.authorMention() == null ? "" : c.authorMention();
        }
        return c.authors().getFirst() + (c.authors().size() > 1 ? " et al." : "");
    }

    static String url(String name) {
        return "/lists/" + Html.url(name).replace("+", "%20");
    }
}
