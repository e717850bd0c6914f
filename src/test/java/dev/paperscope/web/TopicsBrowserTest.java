package dev.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.app.TopicFixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * /topics in headless Chromium: the chart (ECharts from the jar) draws every work; the pointer moved to a
 * point's pixel raises a tooltip with its title, and a click there opens its work; a topic's listed work opens on click; a query narrows the map. With {@code -Dpaperscope.screenshots=DIR}
 * it also saves DIR/topics.png.
 */
class TopicsBrowserTest {
    @TempDir
    static Path tmp;
    static ServerFixture fixture;
    static Browser browser;

    @BeforeAll
    static void start() {
        fixture = ServerFixture.demo(tmp, List.of(), Optional.of(TopicFixtures.bundledOnly()));
        browser = Browser.open(1280, 1000);
    }

    @AfterAll
    static void stop() {
        ServerFixture.closeAll(browser, fixture);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
    }

    @Test
    void aPointsTooltipShowsItsTitleAndATopicsWorkOpens() {
        assertThat(fixture.get(TopicsPage.ECHARTS).statusCode()).as("ECharts from its webjar").isEqualTo(200);
        browser.go(fixture.url("/topics"));
        waiting().until(d -> Boolean.TRUE.equals(browser.script("return !!window.paperscopeTopicMap")));
        long points = (Long) browser.script("return window.paperscopeTopicMap.data.points.length");
        assertThat(browser.find("#topics-summary").getText()).contains("over " + points + " works");
        assertThat(browser.script("return window.paperscopeTopicMap.chart.getOption().dataZoom.length")).isEqualTo(2L);
        assertThat(browser.all("#topic-list li.topic")).hasSizeGreaterThanOrEqualTo(2);
        String shots = System.getProperty("paperscope.screenshots");
        if (shots != null && !shots.isBlank()) {
            browser.screenshot(Path.of(System.getProperty("paperscope.repo", ".")).resolve(shots).resolve("topics.png"));
        }
        // the point farthest (on screen) from every other, so the pointer meets it alone
        @SuppressWarnings("unchecked")
        List<Object> target = (List<Object>) browser.script("""
                var m = window.paperscopeTopicMap, best = null, bestGap = -1;
                var px = m.data.points.map(function (p) { return m.chart.convertToPixel({seriesIndex: p[2]}, [p[0], p[1]]); });
                px.forEach(function (a, i) {
                  var gap = Infinity;
                  px.forEach(function (b, j) { if (i !== j) { gap = Math.min(gap, Math.hypot(a[0] - b[0], a[1] - b[1])); } });
                  if (gap > bestGap) { bestGap = gap; best = i; }
                });
                var p = m.data.points[best];
                return [px[best][0], px[best][1], p[3], p[4]];
                """);
        // a real pointer: moved over the canvas to that point's pixel (Selenium's offsets count from the element's centre)
        String work = (String) target.get(2);
        String title = (String) target.get(3);
        WebElement holder = browser.find("#topic-map");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", holder);
        int dx = (int) Math.round(((Number) target.get(0)).doubleValue() - holder.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(((Number) target.get(1)).doubleValue() - holder.getSize().getHeight() / 2.0);
        assertThat(String.valueOf(browser.script("return document.getElementById('topic-map').innerText"))).doesNotContain(title);
        new Actions(browser.driver()).moveToElement(holder, dx + 3, dy + 3).pause(Duration.ofMillis(200)).moveToElement(holder, dx, dy).perform();
        waiting().until(d -> String.valueOf(browser.script("return document.getElementById('topic-map').innerText")).contains(title));
        String before = browser.driver().getCurrentUrl();
        new Actions(browser.driver()).moveToElement(holder, dx, dy).click().perform();
        waiting().until(d -> !d.getCurrentUrl().equals(before));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/works/" + work);
        assertThat(browser.find("#work-title").getText()).isEqualTo(title);
        // a topic's listed work opens from the list below the chart as well
        browser.go(fixture.url("/topics"));
        waiting().until(d -> Boolean.TRUE.equals(browser.script("return !!window.paperscopeTopicMap")));
        String first = browser.find("#topic-list li.topic a").getAttribute("href");
        String firstTitle = browser.find("#topic-list li.topic a").getText();
        browser.clickAndWait("#topic-list li.topic a");
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(first);
        assertThat(browser.find("#work-title").getText()).isEqualTo(firstTitle);
    }

    @Test
    void aQueryNarrowsTheMapAndANoMatchSaysSo() {
        browser.go(fixture.url("/topics?q=diffusion"));
        waiting().until(d -> Boolean.TRUE.equals(browser.script("return !!window.paperscopeTopicMap")));
        assertThat(browser.find("#topic-q").getAttribute("value")).isEqualTo("diffusion");
        long narrowed = (Long) browser.script("return window.paperscopeTopicMap.data.points.length");
        browser.go(fixture.url("/topics"));
        waiting().until(d -> Boolean.TRUE.equals(browser.script("return !!window.paperscopeTopicMap")));
        long all = (Long) browser.script("return window.paperscopeTopicMap.data.points.length");
        assertThat(narrowed).isPositive().isLessThan(all);
        browser.go(fixture.url("/topics?q=qzxvblorptang"));
        assertThat(browser.find("#topics-empty").getText()).isEqualTo("no work matches \"qzxvblorptang\"");
    }
}
