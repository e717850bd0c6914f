package dev.paperscope.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.api.Library;
import dev.paperscope.api.Params;
import dev.paperscope.app.TopicMap;
import dev.paperscope.catalog.StoredFile;
import io.javalin.config.RoutesConfig;
import java.util.List;

/**
 * {@code /topics}: the topic map as an interactive scatter chart (Apache ECharts from its webjar: zoom,
 * hover for the title, click to open the work, colour and legend by topic, labels at each topic's centre),
 * filtered by a query or one source file; below it, every topic with its terms and most central works,
 * as plain links (what the chart shows, readable without it).
 */
final class TopicsPage {
    /** Must match the echarts webjar version in pom.xml; a test fetches it, so a mismatch fails. */
    static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TopicsPage() {
    }

    static void register(RoutesConfig routes, Library library) {
        routes.get("/topics", ctx -> {
            String query = Params.of(ctx).text("q").orElse("");
            TopicMap map = library.read(ps -> ps.topics().map(query));
            List<String> files = library.read(ps -> ps.files().stream().map(StoredFile::name).toList());
            Pages.html(ctx, render(map, files));
        });
    }

    static String render(TopicMap map, List<String> files) {
        StringBuilder body = new StringBuilder("<section class=\"topics\"><h1>Topic map</h1>");
        body.append("<form class=\"topic-filter\" action=\"/topics\" method=\"get\">")
                .append("<input type=\"search\" name=\"q\" id=\"topic-q\" value=\"").append(Html.attr(map.scope()))
                .append("\" placeholder=\"Map only what a query matches, e.g. diffusion or venue:&quot;ICML 2023&quot;\" aria-label=\"Filter the map\">")
                .append("<select id=\"topic-source\" aria-label=\"One source file\" onchange=\"if (this.value) { this.form.q.value = this.value; this.form.submit(); }\">")
                .append("<option value=\"\">or one source file…</option>");
        for (String f : files) {
            String q = "source:\"" + f + "\"";
            body.append("<option value=\"").append(Html.attr(q)).append("\"").append(q.equals(map.scope()) ? " selected" : "").append(">")
                    .append(Html.text(f)).append("</option>");
        }
        body.append("</select><button type=\"submit\">Map</button>");
        if (!map.scope().isEmpty()) {
            body.append(" <a href=\"/topics\">whole library</a>");
        }
        body.append("</form>");
        if (map.isEmpty()) {
            body.append("<p class=\"empty\" id=\"topics-empty\">").append(Html.text(map.emptyReason())).append("</p></section>");
            return Layout.page("Topic map", "", body.toString());
        }
        body.append("<p class=\"meta\" id=\"topics-summary\">").append(map.topics().size()).append(map.topics().size() == 1 ? " topic" : " topics")
                .append(" over ").append(map.points().size()).append(map.points().size() == 1 ? " work" : " works");
        if (map.unmapped() > 0) {
            body.append(" (").append(map.unmapped()).append(" without a title or abstract left off)");
        }
        body.append(" · scroll to zoom, drag to pan, hover for the title, click to open the work, click a legend entry to hide its topic</p>");
        body.append("<div id=\"topic-map\" class=\"topic-map\" role=\"img\" aria-label=\"Scatter map of the works, coloured by topic\"></div>");
        body.append("<script type=\"application/json\" id=\"topic-data\">").append(scriptJson(chartData(map))).append("</script>");
        body.append("<ol class=\"topic-list\" id=\"topic-list\" start=\"0\">");
        for (TopicMap.Topic t : map.topics()) {
            body.append("<li class=\"topic\" data-topic=\"").append(t.id()).append("\"><h2>").append(Html.text(t.label()))
                    .append(" <span class=\"n\">").append(t.size()).append(t.size() == 1 ? " work" : " works").append("</span></h2>")
                    .append("<p class=\"terms\">").append(Html.text(String.join(", ", t.terms()))).append("</p><ul class=\"plain\">");
            for (String w : t.works()) {
                body.append("<li><a href=\"").append(Html.attr(Links.work(w))).append("\">").append(Html.text(map.titles().getOrDefault(w, w)))
                        .append("</a></li>");
            }
            body.append("</ul></li>");
        }
        body.append("</ol></section>");
        String head = "<script defer src=\"" + ECHARTS + "\"></script>\n<script defer src=\"/static/topics.js\"></script>\n<link rel=\"stylesheet\" href=\"/static/topics.css\">";
        return Layout.page("Topic map", "", body.toString(), head);
    }

    /** What the chart draws: topics (id, label) and points (work, x, y, topic, title, link). */
    static ObjectNode chartData(TopicMap map) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode topics = root.putArray("topics");
        map.topics().forEach(t -> topics.addObject().put("id", t.id()).put("label", t.label()).put("size", t.size()));
        ArrayNode points = root.putArray("points");
        map.points().forEach(p -> points.addArray().add(p.x()).add(p.y()).add(p.topic()).add(p.work())
                .add(map.titles().getOrDefault(p.work(), p.work())).add(Links.work(p.work())));
        return root;
    }

    /**
     * JSON safe inside a {@code <script>} element: no {@code <}, {@code >} or {@code &} (so no
     * {@code </script>} or comment can end it early), and no line separators JavaScript once choked on.
     */
    static String scriptJson(ObjectNode node) {
        return node.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
