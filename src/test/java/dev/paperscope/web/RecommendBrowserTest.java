package dev.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.api.ApiRoutes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Recommended for this list" panel in headless Chromium: recommendations that are not in the list,
 * each explained, one click from its work; the "For you" page from the nav. With
 * {@code -Dpaperscope.screenshots=docs/screenshots} it also writes {@code recommend.png} and {@code for-you.png}.
 */
class RecommendBrowserTest {
    @TempDir
    static Path tmp;
    static ServerFixture fixture;
    static Browser browser;
    static List<String> kept;

    @BeforeAll
    static void start() {
        fixture = ServerFixture.demo(tmp);
        try {
            kept = new com.fasterxml.jackson.databind.ObjectMapper().readTree(fixture.get("/api/v1/search?limit=3&q=diffusion").body()).get("hits")
                    .valueStream().map(h -> h.get("id").asText()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(fixture.send("POST", ApiRoutes.PREFIX + "/lists", "{\"name\": \"Diffusion\"}").statusCode()).isEqualTo(201);
        kept.forEach(id -> assertThat(fixture.send("POST", ApiRoutes.PREFIX + "/lists/Diffusion/items", "{\"id\": \"" + id + "\"}").statusCode())
                .isEqualTo(201));
        browser = Browser.open(1280, 1400);
    }

    @AfterAll
    static void stop() {
        ServerFixture.closeAll(browser, fixture);
    }

    @Test
    void theListPanelRecommendsExplainedWorksOutsideTheListAndOpensThem() {
        browser.go(fixture.url("/lists/Diffusion"));
        assertThat(browser.find("#recommended h2").getText()).isEqualToIgnoringCase("Recommended for this list"); // the style sets headings in capitals
        List<String> shown = browser.all("li.recommendation").stream().map(e -> e.getAttribute("data-id")).toList();
        assertThat(shown).isNotEmpty().doesNotContainAnyElementsOf(kept);
        assertThat(browser.find("li.recommendation .why").getText()).startsWith("close to “").endsWith("in your list Diffusion");
        if (screenshots() != null) {
            browser.script("document.getElementById('recommended').scrollIntoView()");
            browser.screenshot(screenshots().resolve("recommend.png"));
        }
        String title = browser.find("li.recommendation .item-title").getText();
        browser.clickAndWait("li.recommendation .item-title");
        assertThat(browser.driver().getCurrentUrl()).contains("/works/" + shown.getFirst());
        assertThat(browser.driver().getPageSource()).contains(Html.text(title));
    }

    /** The folder screenshots go to ({@code -Dpaperscope.screenshots=docs/screenshots}), or null: none taken. */
    private static Path screenshots() {
        String folder = System.getProperty("paperscope.screenshots");
        return folder == null || folder.isBlank() ? null : Path.of(System.getProperty("paperscope.repo", ".")).resolve(folder);
    }

    /** Where the heading's top sits below the sticky header's bottom, in CSS pixels (negative: hidden under it). */
    private static double headingBelowHeader() {
        return ((Number) browser.script("return document.querySelector('#recommended h2').getBoundingClientRect().top"
                + " - document.querySelector('header.top').getBoundingClientRect().bottom")).doubleValue();
    }

    @Test
    void thePanelScrolledToOrLinkedToShowsItsHeadingBelowTheStickyHeader() {
        browser.go(fixture.url("/lists/Diffusion"));
        browser.script("document.getElementById('recommended').scrollIntoView()");
        assertThat(headingBelowHeader()).isGreaterThanOrEqualTo(0);
        browser.go(fixture.url("/lists/Diffusion#recommended"));
        assertThat(headingBelowHeader()).isGreaterThanOrEqualTo(0);
        Browser narrow = Browser.open(420, 900); // the header wraps to two or three lines: the offset follows its height
        try {
            narrow.go(fixture.url("/lists/Diffusion#recommended"));
            double below = ((Number) narrow.script("return document.querySelector('#recommended h2').getBoundingClientRect().top"
                    + " - document.querySelector('header.top').getBoundingClientRect().bottom")).doubleValue();
            assertThat(below).isGreaterThanOrEqualTo(0);
        } finally {
            narrow.close();
        }
    }

    @Test
    void forYouIsInTheNavAndLearnsFromTheLists() {
        browser.go(fixture.url("/"));
        browser.clickAndWait("nav.main a[href='/for-you']");
        assertThat(browser.find("h1").getText()).isEqualTo("For you");
        assertThat(browser.all("li.recommendation")).isNotEmpty();
        assertThat(browser.find("li.recommendation .why").getText()).contains("in your lists and stars");
        if (screenshots() != null) {
            browser.screenshot(screenshots().resolve("for-you.png"));
        }
    }
}
