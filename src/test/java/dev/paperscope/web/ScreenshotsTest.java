package dev.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.app.EmbeddingSetup;
import dev.paperscope.index.VectorQuantization;
import dev.paperscope.search.dense.EmbeddingModels;
import dev.paperscope.search.dense.EmbeddingProgress;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The doc step that takes docs/screenshots/*.png of every page on the demo data with the default models,
 * checking on the way that each page shows what its screenshot is for and that every file written is a
 * whole, non-blank image. Skipped unless asked for (it loads the models and writes into docs/).
 * Run: {@code bin/test -Dtest=ScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false -Dpaperscope.screenshots=docs/screenshots}
 */
@EnabledIfSystemProperty(named = "paperscope.screenshots", matches = ".+",
        disabledReason = "takes docs/screenshots only when -Dpaperscope.screenshots=DIR is given")
class ScreenshotsTest {
    private static final int WIDTH = 1280;
    @TempDir
    Path tmp;
    private final Set<String> taken = new HashSet<>();

    @Test
    void takeScreenshotsOfEveryPage() {
        Path out = Path.of(System.getProperty("paperscope.repo", ".")).resolve(System.getProperty("paperscope.screenshots"));
        // The product's default models, as a user's demo has them: the pages show hybrid results.
        var models = Optional.of(EmbeddingSetup.forModels(EmbeddingModels.DEFAULT_ENSEMBLE, VectorQuantization.NONE, EmbeddingProgress.NONE));
        try (ServerFixture fixture = ServerFixture.demo(tmp, List.of(), models); Browser browser = Browser.open(WIDTH, 1000)) {
            // the demo's reference lists recover titles of seed 002's orals and 003's awards (Imagen's); a list shows the work page's form
            fixture.send("POST", "/api/v1/lists", "{\"name\": \"To read\"}");
            fixture.paperscope().preloadModels().join(); // as `serve` does, so the times shown are a search's
            browser.go(fixture.url("/"));
            shot(browser, out, "home");
            browser.search("text-to-image diffusion");
            shot(browser, out, "search");
            browser.go(fixture.url("/search?q=" + Html.url("title:\"Photorealistic Text-to-Image\"")));
            browser.clickAndWait("li.hit .hit-title");
            browser.find("#work-title");
            shot(browser, out, "work");
            browser.go(fixture.url("/search?q=" + Html.url("text-to-image diffusion") + "&grouping=records"));
            browser.find("#result-count");
            shot(browser, out, "search-records");
            browser.go(fixture.url("/search?q=" + Html.url("title:\"Learning GFlowNets From Partial Episodes\"") + "&grouping=records"));
            browser.clickAndWait("li.hit .hit-title");
            browser.script("document.querySelector('tr.recovered-field').scrollIntoView({block: 'center'})");
            shot(browser, out, "work-recovered");
            browser.go(fixture.url("/search?q=" + Html.url("GLaM mixture-of-experts kind:talk")));
            browser.clickAndWait("li.hit .hit-title");
            browser.find(".record-card button.star");
            shot(browser, out, "work-talk");
            browser.go(fixture.url("/search?q=model&kind=talk"));
            browser.find("#result-count");
            shot(browser, out, "search-filtered");
            browser.go(fixture.url("/search?q=abstract:lambda"));
            browser.clickAndWait("li.hit .hit-title");
            browser.find(".abstract .katex");
            shot(browser, out, "work-latex");
            browser.go(fixture.url(Links.author("Chitwan Saharia")));
            browser.find("#author-name");
            shot(browser, out, "author");
        }
        assertThat(taken).as("every page").hasSize(9);
    }

    /** Takes {@code name}.png and checks it is a whole image about the window's width, not blank. */
    private void shot(Browser browser, Path out, String name) {
        check(browser.screenshot(out.resolve(name + ".png")), WIDTH);
        assertThat(taken.add(name)).as("%s taken once", name).isTrue();
    }

    /** Checks {@code file} is a whole PNG about {@code width} wide, not blank. */
    static void check(Path file, int width) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image).as("%s is a PNG", file).isNotNull();
            assertThat(image.getWidth()).as("%s width", file).isBetween(width / 2, width * 2);
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < image.getHeight(); y += 7) {
                for (int x = 0; x < image.getWidth(); x += 7) {
                    colours.add(image.getRGB(x, y));
                }
            }
            assertThat(colours.size()).as("%s is not blank", file).isGreaterThan(10);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
