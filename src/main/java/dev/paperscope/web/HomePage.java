package dev.paperscope.web;

import dev.paperscope.app.Demo;
import java.util.Locale;

/** The start page: the search box and the query syntax. */
final class HomePage {
    private HomePage() {
    }

    /** Example queries, each a link (the demo's own examples, so they find something on the demo data). */
    private static String examples() {
        StringBuilder out = new StringBuilder("<ul class=\"plain examples\" id=\"examples\">");
        for (String q : Demo.EXAMPLE_QUERIES) {
            out.append("<li><a href=\"").append(Html.attr(Links.search(q))).append("\"><code>").append(Html.text(q)).append("</code></a></li>");
        }
        return out.append("</ul>").toString();
    }

    static String render(long records) {
        String body = """
                <section class="home">
                  <h1>Search %s records</h1>
                  <p>Papers, talks and posts from conference pages, schedules, blogs and reading lists, each with where it came from.</p>
                  <table class="syntax">
                    <tr><th>you write</th><th>it means</th></tr>
                    <tr><td><code>diffusion language model</code></td><td>words anywhere (title, abstract, authors, metadata), and their meaning: with embedding models (the default) papers that say it in other words rank too</td></tr>
                    <tr><td><code>"neural radiance fields"</code></td><td>a phrase</td></tr>
                    <tr><td><code>title:transformer</code>, <code>author:"Yoshua Bengio"</code></td><td>a field</td></tr>
                    <tr><td><code>year:2020..2022</code>, <code>year&gt;=2021</code></td><td>ranges</td></tr>
                    <tr><td><code>start&gt;=2022-07-21T12:30</code></td><td>talk times, in the page's own clock</td></tr>
                    <tr><td><code>kind:talk</code>, <code>source:002</code></td><td>record kind; source file</td></tr>
                    <tr><td><code>-kind:blog_post</code>, <code>-workshop</code></td><td>exclude</td></tr>
                  </table>
                  <p class="fields">Fields: title abstract author venue year room session moderator award section kind source id start end</p>
                  <h2 class="try">Try</h2>
                  %s
                  <h2>Or ask a question</h2>
                  %s
                </section>
                """.formatted(String.format(Locale.ROOT, "%,d", records), examples(), AskPage.form(null));
        return Layout.page("Search", "", body);
    }
}
