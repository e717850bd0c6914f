package dev.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/** The search page in headless Chromium: typing a query, highlights, escaping, paging into a record. */
class SearchPageBrowserTest {
    @TempDir
    static Path tmp;
    static ServerFixture fixture;
    static Browser browser;

    @BeforeAll
    static void start() {
        fixture = ServerFixture.demo(tmp);
        browser = Browser.open();
    }

    @AfterAll
    static void stop() {
        ServerFixture.closeAll(browser, fixture);
    }

    @Test
    void searchFromTheHomePageShowsCountHighlightsAndSources() {
        browser.go(fixture.url("/"));
        browser.search("text-to-image diffusion");
        assertThat(browser.find("#result-count").getText()).matches("(at least )?[0-9,]+ matching records?, one result per work, for .*text-to-image diffusion.*");
        assertThat(browser.all("li.hit")).isNotEmpty();
        assertThat(browser.all("li.hit mark")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getText().toLowerCase()).containsAnyOf("diffus", "imag", "text"));
        assertThat(browser.find("li.hit .source").getText()).matches(".+\\.txt:[0-9]+");
    }

    @Test
    void hostileRecordShowsAsTextAndRunsNoScript() {
        browser.go(fixture.url("/search?q=HostileConf"));
        WebElement title = browser.find("li.hit .hit-title");
        assertThat(title.getText()).contains("<script>window.__pwned = 1</script>").contains("<b>All</b>");
        assertThat(browser.find("li.hit .authors").getText()).contains("<img src=x onerror=alert(1)>");
        assertThat(browser.script("return window.__pwned === undefined")).isEqualTo(true);
        assertThat(browser.all("li.hit img")).isEmpty();
    }

    @Test
    void aHitOpensItsWorkWithSourcesAndTypesetLatex() {
        browser.go(fixture.url("/search?q=abstract:subtrajectory%20abstract:lambda"));
        browser.clickAndWait("li.hit .hit-title");
        assertThat(browser.find(".record-card .provenance").getText()).matches("002_.*\\.txt:[0-9]+");
        // KaTeX (from the jar) replaced $\lambda$ by typeset math.
        assertThat(browser.find(".abstract .katex").getText()).contains("λ");
        assertThat(browser.find("#work-authors a").getAttribute("href")).contains("/authors?name=");
    }

    @Test
    void theToggleSwitchesBetweenWorksAndSourceRecords() {
        browser.go(fixture.url("/search?q=" + Html.url(PagesTest.IMAGEN_QUERY)));
        // Imagen is one work on three demo pages (the award page's title recovered from the demo's NeurIPS 2022 list): one hit, three sources
        assertThat(browser.all("li.hit")).hasSize(1);
        assertThat(browser.find("li.hit").findElements(org.openqa.selenium.By.cssSelector(".source"))).hasSize(3);
        browser.clickAndWait("#grouping a[data-grouping=records]");
        assertThat(browser.find("#grouping strong").getText()).isEqualTo("source records");
        assertThat(browser.find("#result-count").getText()).matches("3 results for .*Photorealistic.*");
        assertThat(browser.all("li.hit")).hasSize(3)
                .allSatisfy(h -> assertThat(h.findElements(org.openqa.selenium.By.cssSelector(".source"))).hasSize(1));
        browser.clickAndWait("#grouping a[data-grouping=works]");
        assertThat(browser.all("li.hit")).hasSize(1);
    }

    @Test
    void aFacetNarrowsTheResults() {
        browser.go(fixture.url("/search?q=model"));
        String before = browser.find("#result-count").getText();
        browser.clickAndWait("ul[data-facet=kind] a[title=talk]");
        assertThat(browser.find("#result-count").getText()).isNotEqualTo(before).contains("kind:talk");
        assertThat(browser.all("li.hit .kind")).isNotEmpty().allSatisfy(k -> assertThat(k.getText()).isEqualTo("talk"));
    }

    @Test
    void theTokenUrlGivesTheBrowserTheWriteCookie() {
        browser.authorize(fixture);
        org.openqa.selenium.Cookie cookie = browser.driver().manage().getCookieNamed(dev.paperscope.api.WriteAuth.COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo(fixture.token());
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Strict");
        assertThat(cookie.getExpiry()).as("a persistent cookie: it outlives the browser session")
                .isAfter(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(29))));
        assertThat(browser.script("return document.cookie")).isEqualTo(""); // out of reach of page scripts
    }

    @Test
    void relatedTitlesShowAsWrittenNotInCapitals() {
        browser.go(fixture.url("/search?q=" + Html.url(PagesTest.IMAGEN_QUERY)));
        browser.clickAndWait("li.hit .hit-title");
        WebElement related = browser.find("#related .hit-title");
        assertThat(related.getCssValue("text-transform")).isEqualTo("none");
        assertThat(related.getText()).isNotEqualTo(related.getText().toUpperCase(java.util.Locale.ROOT));
        assertThat(browser.find("#related > h2").getCssValue("text-transform")).isEqualTo("uppercase"); // the section's heading only
    }

    /** On a phone-wide window the facet lists cut their long names; no count is pushed off the page. */
    @Test
    void aNarrowWindowKeepsFacetCountsOnThePage() {
        try (Browser narrow = Browser.open(500, 900)) {
            // Chromium's window is 500 px at least; a phone's 390 px viewport is emulated
            narrow.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", 390, "height", 900, "deviceScaleFactor", 1, "mobile", false));
            Path bib = ServerFixture.write(tmp.resolve("long-venue.bib"), """
                    @inproceedings{long2017,
                      title = {Zanzibarian Widgets for Narrow Windows},
                      author = {Roe, Jane},
                      booktitle = {Advances in Neural Information Processing Systems Thirty: Proceedings of the Annual Conference},
                      year = {2017}
                    }
                    """);
            fixture.paperscope().ingest(java.util.List.of(bib), java.util.Optional.empty(), dev.paperscope.app.IngestListener.NONE);
            narrow.go(fixture.url("/search?q=zanzibarian"));
            int width = ((Number) narrow.script("return document.documentElement.clientWidth")).intValue();
            assertThat(width).as("the viewport is narrow").isLessThanOrEqualTo(390);
            assertThat(narrow.all("ul[data-facet] li .n")).isNotEmpty().allSatisfy(n -> assertThat(
                    n.getRect().getX() + n.getRect().getWidth()).as(n.getText()).isLessThanOrEqualTo(width));
            assertThat(((Number) narrow.script("return document.documentElement.scrollWidth")).intValue()).as("page width")
                    .isLessThanOrEqualTo(width);
        }
    }
}
