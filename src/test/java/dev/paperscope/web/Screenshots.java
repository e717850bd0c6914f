package dev.paperscope.web;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: the doc step that takes docs/screenshots/*.png of every page on the demo data.
 * Run: {@code bin/test -Dtest=Screenshots -Dsurefire.failIfNoSpecifiedTests=false -Dpaperscope.screenshots=docs/screenshots}
 */
@EnabledIfSystemProperty(named = "paperscope.screenshots", matches = ".+")
class Screenshots {
    @TempDir
    Path tmp;

    @Test
    void takeScreenshotsOfEveryPage() {
        Path out = Path.of(System.getProperty("paperscope.repo", ".")).resolve(System.getProperty("paperscope.screenshots"));
        // The product's default models, as a user's demo has them: the pages show hybrid results.
        var models = java.util.Optional.of(dev.paperscope.app.EmbeddingSetup.forModels(dev.paperscope.search.dense.EmbeddingModels.DEFAULT_ENSEMBLE,
                dev.paperscope.index.VectorQuantization.NONE, dev.paperscope.search.dense.EmbeddingProgress.NONE));
        try (ServerFixture fixture = ServerFixture.demo(tmp, java.util.List.of(), models); Browser browser = Browser.open(1280, 1000)) {
            // the demo's reference lists recover titles of seed 002's orals and 003's awards (Imagen's); a list shows the work page's form
            fixture.send("POST", "/api/v1/lists", "{\"name\": \"To read\"}");
            fixture.paperscope().preloadModels().join(); // as `serve` does, so the times shown are a search's
            browser.go(fixture.url("/"));
            browser.screenshot(out.resolve("home.png"));
            browser.search("text-to-image diffusion");
            browser.screenshot(out.resolve("search.png"));
            browser.go(fixture.url("/search?q=" + Html.url("title:\"Photorealistic Text-to-Image\"")));
            browser.clickAndWait("li.hit .hit-title");
            browser.find("#work-title");
            browser.screenshot(out.resolve("work.png"));
            browser.go(fixture.url("/search?q=" + Html.url("text-to-image diffusion") + "&grouping=records"));
            browser.find("#result-count");
            browser.screenshot(out.resolve("search-records.png"));
            browser.go(fixture.url("/search?q=" + Html.url("title:\"Learning GFlowNets From Partial Episodes\"") + "&grouping=records"));
            browser.clickAndWait("li.hit .hit-title");
            browser.script("document.querySelector('tr.recovered-field').scrollIntoView({block: 'center'})");
            browser.screenshot(out.resolve("work-recovered.png"));
            browser.go(fixture.url("/search?q=" + Html.url("GLaM mixture-of-experts kind:talk")));
            browser.clickAndWait("li.hit .hit-title");
            browser.find(".record-card button.star");
            browser.screenshot(out.resolve("work-talk.png"));
            browser.go(fixture.url("/search?q=model&kind=talk"));
            browser.find("#result-count");
            browser.screenshot(out.resolve("search-filtered.png"));
            browser.go(fixture.url("/search?q=abstract:lambda"));
            browser.clickAndWait("li.hit .hit-title");
            browser.find(".abstract .katex");
            browser.screenshot(out.resolve("work-latex.png"));
            browser.go(fixture.url(Links.author("Chitwan Saharia")));
            browser.find("#author-name");
            browser.screenshot(out.resolve("author.png"));
        }
    }
}
