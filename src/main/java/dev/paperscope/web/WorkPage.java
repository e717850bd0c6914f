package dev.paperscope.web;

import dev.paperscope.app.WorkView;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.resolve.Merge;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A work: title, authors (linked), venue and year, the abstract with LaTeX typeset, every source record
 * with its file and line (recovered fields marked), why the records were joined, and related papers;
 * an "Add to list" form for the work and a Star button on each scheduled talk (plain form posts, which
 * pass the write guard like any write). The record page is this page with one record in focus.
 */
final class WorkPage {
    private WorkPage() {
    }

    /** What the user has done with talks and lists, for the page's buttons. */
    /** The user's starred talks, list names, and the names of the lists that already hold this work. */
    record UserState(Set<String> starred, List<String> lists, Set<String> holding) {
        UserState {
            starred = Set.copyOf(starred);
            lists = List.copyOf(lists);
            holding = Set.copyOf(holding);
        }

        UserState(Set<String> starred, List<String> lists) {
            this(starred, lists, Set.of());
        }
    }

    static String render(WorkView view, String focusedRecord, SearchResults related, UserState user) {
        return render(view, focusedRecord, related, user, "");
    }

    /** As above with {@code cited} (a {@link CitedBlock}, or "") under the title. */
    static String render(WorkView view, String focusedRecord, SearchResults related, UserState user, String cited) {
        List<SourceRecord> records = view.records();
        String title = Objects.requireNonNullElse(view.title(), "(untitled)");
        StringBuilder body = new StringBuilder("<article class=\"work\" id=\"work\" data-work-id=\"").append(Html.attr(view.work().id())).append("\">");
        body.append("<p class=\"meta\">").append(kinds(records)).append(venueYear(records)).append("</p>");
        body.append("<h1 id=\"work-title\">").append(Html.text(title)).append("</h1>");
        List<String> authors = view.authors();
        if (!authors.isEmpty()) {
            body.append("<p class=\"authors\" id=\"work-authors\">").append(SearchPage.authors(authors)).append("</p>");
        }
        body.append(cited);
        body.append(addToList(view.work().id(), user.lists(), user.holding()));
        view.abstractSource().ifPresent(r -> body.append("<div class=\"abstract math\" id=\"abstract\" data-record=\"").append(Html.attr(r.id()))
                .append("\">").append(Html.text(r.abstractText())).append("</div>"));
        body.append(about(view.about()));
        body.append("<section class=\"block\"><h2>Sources (").append(records.size()).append(")</h2>");
        for (SourceRecord r : records) {
            body.append(RecordCard.render(r, r.id().equals(focusedRecord), Optional.ofNullable(view.recoveries().get(r.id())),
                    starForm(r, user.starred())));
        }
        body.append("</section>");
        if (!view.work().merges().isEmpty()) {
            body.append("<section class=\"block\"><h2>Why these records are one work</h2><ul class=\"plain merges\">");
            for (Merge m : view.work().merges()) {
                body.append("<li><code>").append(Html.text(m.rule())).append("</code> · confidence ")
                        .append(String.format(Locale.ROOT, "%.2f", m.confidence())).append(" · ").append(Html.text(m.evidence())).append("</li>");
            }
            body.append("</ul></section>");
        }
        body.append("<section class=\"block\" id=\"related\"><h2>Related</h2>");
        if (related.hits().isEmpty()) {
            body.append("<p class=\"count\">Nothing related found.</p>");
        } else {
            body.append("<ol class=\"hits compact\">");
            for (SearchHit hit : related.hits()) {
                body.append(SearchPage.hit(hit));
            }
            body.append("</ol>");
        }
        for (String note : related.notes()) {
            body.append("<p class=\"note\">").append(Html.text(note)).append("</p>");
        }
        body.append("</section></article>");
        return Layout.page(title, "", body.toString(), KatexAssets.HEAD + "<link rel=\"stylesheet\" href=\"/static/planner.css\">");
    }

    /**
     * One form adding the work to a list: a button per list that does not hold it yet, each posting to that
     * list's add route ({@code formaction}), so it works without JavaScript; the lists that hold it are named
     * as links instead. No lists yet: a link to create one.
     */
    static String addToList(String workId, List<String> lists, Set<String> holding) {
        if (lists.isEmpty()) {
            return "<p class=\"record-actions\" id=\"add-to-list\"><a href=\"/lists\">Create a reading list</a> to keep this paper.</p>";
        }
        StringBuilder in = new StringBuilder();
        for (String name : lists) {
            if (holding.contains(name)) {
                in.append(in.isEmpty() ? "" : ", ").append("<a class=\"in-list\" data-list=\"").append(Html.attr(name)).append("\" href=\"")
                        .append(Html.attr(ListsPage.url(name))).append("\">").append(Html.text(name)).append("</a>");
            }
        }
        String inLists = in.isEmpty() ? "" : "<span class=\"muted\">In your list" + (in.indexOf(", ") >= 0 ? "s " : " ") + in + ".</span> ";
        List<String> open = lists.stream().filter(name -> !holding.contains(name)).toList();
        if (open.isEmpty()) {
            return "<p class=\"record-actions\" id=\"add-to-list\">" + inLists + "</p>";
        }
        StringBuilder form = new StringBuilder("<form class=\"record-actions add-to-list\" id=\"add-to-list\" method=\"post\" action=\"")
                .append(Html.attr(ListsPage.url(open.getFirst()) + "/add")).append("\">").append(Html.FORM_TOKEN)
                .append("<input type=\"hidden\" name=\"id\" value=\"").append(Html.attr(workId)).append("\">")
                .append(inLists).append("<span>Add to reading list:</span>");
        for (String name : open) {
            form.append(" <button type=\"submit\" class=\"secondary\" formaction=\"").append(Html.attr(ListsPage.url(name) + "/add"))
                    .append("\" data-list=\"").append(Html.attr(name)).append("\">+ ").append(Html.text(name)).append("</button>");
        }
        return form.append(" <label class=\"muted\">with a note <input type=\"text\" name=\"note\" maxlength=\"2000\" placeholder=\"optional\"></label>")
                .append("</form>").toString();
    }

    /**
     * A Star (or Starred) button for a record with a start time, the planner's test for a talk; nothing for
     * other records. Starring leads to the planner, where the talk and any clash are shown.
     */
    static String starForm(SourceRecord r, Set<String> starred) {
        if (r.start() == null) {
            return "";
        }
        return "<div class=\"record-actions\">" + PlannerPage.starButton(r.id(), starred.contains(r.id()), Optional.empty())
                + " <a href=\"/planner#talk-" + Html.attr(Html.url(r.id())) + "\">see it in the planner</a></div>";
    }

    private static String kinds(List<SourceRecord> records) {
        Set<String> kinds = new LinkedHashSet<>();
        records.forEach(r -> kinds.add(r.kind().externalName()));
        StringBuilder out = new StringBuilder();
        kinds.forEach(k -> out.append("<span class=\"kind kind-").append(Html.attr(k)).append("\">")
                .append(Html.text(k.replace('_', ' '))).append("</span> "));
        return out.toString();
    }

    private static String venueYear(List<SourceRecord> records) {
        Set<String> parts = new LinkedHashSet<>();
        for (SourceRecord r : records) {
            if (r.venue() != null) {
                parts.add(r.venue() + (r.year() != null && !r.venue().contains(r.year().toString()) ? " " + r.year() : ""));
            } else if (r.year() != null) {
                parts.add(r.year().toString());
            }
            if (r.award() != null) {
                parts.add(r.award());
            }
        }
        // A bare year that a venue already names ("NeurIPS 2022") says nothing new.
        parts.removeIf(p -> p.matches("[0-9]{4}") && parts.stream().anyMatch(o -> !o.equals(p) && o.contains(p)));
        return parts.isEmpty() ? "" : " " + Html.text(String.join(" · ", parts));
    }

    /** The paper a blog post presents, or the posts presenting a paper, each with the rule and evidence. */
    static String about(List<WorkView.AboutLink> links) {
        if (links.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<section class=\"block\" id=\"about\"><ul class=\"plain about\">");
        for (WorkView.AboutLink l : links) {
            out.append("<li>").append(l.postIsHere() ? "This post presents " : "Presented in the blog post ")
                    .append("<a href=\"/works/").append(Html.attr(Html.url(l.otherWork()))).append("\">")
                    .append(Html.text(Objects.requireNonNullElse(l.otherTitle(), "(untitled)"))).append("</a>")
                    .append(" <span class=\"muted\"><code>").append(Html.text(l.about().rule())).append("</code> · confidence ")
                    .append(String.format(Locale.ROOT, "%.2f", l.about().confidence())).append(" · ")
                    .append(Html.text(l.about().evidence())).append("</span></li>");
        }
        return out.append("</ul></section>").toString();
    }
}
