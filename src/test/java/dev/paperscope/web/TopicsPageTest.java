package dev.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.app.TopicMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Titles enter the page twice, as HTML and inside the chart's JSON: neither can break out. */
class TopicsPageTest {
    @ParameterizedTest
    @ValueSource(strings = {"</script><script>window.__pwned = 1</script>", "<!-- a comment", "A & B <b>bold</b>", "line\u2028separator"})
    void hostileTitlesStayText(String title) {
        TopicMap map = new TopicMap("", 1, List.of(new TopicMap.Topic(0, "x, y", List.of("x", "y"), 1, List.of("w1"))),
                List.of(new TopicMap.Point("w1", 0.5, -0.5, 0)), Map.of("w1", title), 1, 0);
        String page = TopicsPage.render(map, List.of("a\"file<.txt"));
        String data = page.substring(page.indexOf("<script type=\"application/json\" id=\"topic-data\">"));
        data = data.substring(data.indexOf('>') + 1, data.indexOf("</script>"));
        assertThat(data).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028");
        assertThat(dev.paperscope.api.Json.parse(data).get("points").get(0).get(4).asText()).isEqualTo(title);
        assertThat(page).doesNotContain(title.contains("<") ? title : "\u0000").contains(Html.text(title));
        assertThat(page).contains("<script defer src=\"" + TopicsPage.ECHARTS + "\"></script>");
        assertThat(page).doesNotContain("a\"file<.txt");
    }
}
