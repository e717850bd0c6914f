package dev.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/**
 * {@code /ask} in headless Chromium, end to end: a question typed in the box gets an answer whose citation opens the
 * cited record at the cited line of a text page, or at the cited page of a PDF, with the sentence marked; an answer
 * with LaTeX keeps both its highlight and its typeset maths. With {@code -Dpaperscope.screenshots=DIR} it also takes
 * {@code ask.png}, {@code ask-unanswerable.png} and {@code work-pdf.png} (BM25 only, so that the real PDF of ../shared/data/pdfs, never committed,
 * needs no embedding; the pages look the same with models).
 */
class AskBrowserTest {
    /** A record whose answering sentence holds LaTeX, as NeurIPS abstracts write it. */
    static final String LATEX_JSONL = """
            {"id": "zebra-1", "title": "Zebranet: Striped Diffusion for Images", "authors": ["Ada Stripe"], \
            "abstract": "We present Zebranet, a striped diffusion model. Zebranet produces \\\\(1024 \\\\times 1024\\\\) images with a striped sampler. \
            It is trained on public data only.", "venue": "NeurIPS", "year": 2023}
            """;
    @TempDir
    static Path tmp;
    static ServerFixture fixture;
    static Browser browser;

    @BeforeAll
    static void start() {
        Path pdf = copyResource("/pdf/layouts/article_twocol.pdf", tmp.resolve("papers/article_twocol.pdf"));
        fixture = ServerFixture.demo(tmp, List.of(ServerFixture.write(tmp.resolve("zebra.jsonl"), LATEX_JSONL), pdf));
        browser = Browser.open();
    }

    @AfterAll
    static void stop() {
        ServerFixture.closeAll(browser, fixture);
    }

    private static Path copyResource(String resource, Path to) {
        try (InputStream in = AskBrowserTest.class.getResourceAsStream(resource)) {
            Files.createDirectories(to.getParent());
            Files.copy(java.util.Objects.requireNonNull(in, resource), to);
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Types {@code question} into the ask box and submits it; returns the answers once the page shows them. */
    static List<WebElement> ask(Browser browser, String question) {
        WebElement box = browser.find("#ask-q");
        box.clear();
        box.sendKeys(question);
        box.submit();
        browser.find("#answers, #no-answer");
        assertThat(browser.all("#no-answer")).as("the library answers " + question).isEmpty();
        return browser.all("#answers li.answer");
    }

    @Test
    void theCitationOfATextPageOpensTheCitedLine() {
        browser.go(fixture.url("/ask"));
        List<WebElement> answers = ask(browser, "What does Imagen use to encode text?");
        WebElement first = answers.getFirst();
        String sentence = first.findElement(org.openqa.selenium.By.cssSelector("blockquote.sentence")).getText();
        assertThat(first.findElement(org.openqa.selenium.By.cssSelector("mark")).getText()).isNotBlank();
        String citation = first.findElement(org.openqa.selenium.By.cssSelector("a.source")).getText();
        assertThat(citation).matches(".+\\.txt:[0-9]+");
        String line = citation.substring(citation.lastIndexOf(':') + 1);
        browser.clickAndWait("#answers li.answer a.source");
        assertThat(browser.driver().getCurrentUrl()).contains("/records/").endsWith("#cited");
        assertThat(browser.find("#cited h2").getAttribute("textContent")).startsWith("Cited: line " + line + " of ");
        assertThat(browser.find("#cited mark").getText()).isEqualTo(sentence);
        browser.clickAndWait("#cited a.view-in-page");
        assertThat(browser.find("tr#L" + line).getAttribute("class")).contains("marked");
        assertThat(browser.find("tr#L" + line).getText()).contains(sentence.substring(0, 12));
    }

    @Test
    void theCitationOfAPdfOpensItsPage() {
        browser.go(fixture.url("/ask"));
        List<WebElement> answers = ask(browser, "Which small classifier estimates the density ratio that reweights later windows?");
        WebElement fromPdf = answers.stream()
                .filter(a -> a.findElement(org.openqa.selenium.By.cssSelector("a.source")).getText().startsWith("article_twocol.pdf, page "))
                .findFirst().orElseThrow(() -> new AssertionError("no answer cites the PDF: " + answers.stream().map(WebElement::getText).toList()));
        String page = fromPdf.findElement(org.openqa.selenium.By.cssSelector("a.source")).getText().replaceAll(".*page ", "");
        assertThat(fromPdf.getText()).contains("density ratio");
        fromPdf.findElement(org.openqa.selenium.By.cssSelector("a.source")).click();
        assertThat(browser.find("#cited h2").getAttribute("textContent")).isEqualTo("Cited: page " + page + " of article_twocol.pdf");
        assertThat(browser.find("#cited mark").getText()).contains("density ratio");
        assertThat(browser.driver().getCurrentUrl()).contains("page=" + page).endsWith("#cited");
    }

    /** Types {@code question} into the ask box and submits it; returns the plain message the page shows instead of answers. */
    static WebElement askUnanswerable(Browser browser, String question) {
        WebElement box = browser.find("#ask-q");
        box.clear();
        box.sendKeys(question);
        box.submit();
        WebElement message = browser.find("#answers, #no-answer");
        assertThat(browser.all("#answers li.answer")).as("nothing in the library answers " + question).isEmpty();
        return message;
    }

    @Test
    void aQuestionNothingAnswersShowsThePlainMessageAndKeepsTheQuestion() {
        browser.go(fixture.url("/ask"));
        WebElement message = askUnanswerable(browser, "How many parameters does Falcon-180B have?");
        assertThat(message.getText()).isEqualTo("Nothing in the library answers this question.");
        assertThat(browser.find("#ask-q").getAttribute("value")).isEqualTo("How many parameters does Falcon-180B have?");
    }

    @Test
    void anAnswerWithLatexKeepsItsHighlightAndItsMaths() {
        browser.go(fixture.url("/ask?q=" + Html.url("What image size does Zebranet produce?")));
        WebElement first = browser.find("#answers li.answer");
        assertThat(first.getText()).contains("Zebranet produces");
        WebElement mark = first.findElement(org.openqa.selenium.By.cssSelector("blockquote.sentence mark"));
        // KaTeX typeset the formula inside the highlight: no delimiter is left as text, none is cut.
        assertThat(mark.findElements(org.openqa.selenium.By.cssSelector(".katex"))).isNotEmpty();
        assertThat(first.findElement(org.openqa.selenium.By.cssSelector("blockquote.sentence")).getText()).doesNotContain("\\(").doesNotContain("\\)");
    }

    @Test
    @EnabledIfSystemProperty(named = "paperscope.screenshots", matches = ".+",
            disabledReason = "takes docs/screenshots/ask.png, ask-unanswerable.png and work-pdf.png only when -Dpaperscope.screenshots=DIR is given")
    void screenshotsOfAskAndOfAPdfBackedWork(@TempDir Path dir) {
        Path shared = Path.of(System.getProperty("paperscope.repo", ".")).resolve("../shared/data/pdfs/P07-1088.pdf");
        Assumptions.assumeTrue(Files.isRegularFile(shared), "the screenshot of a PDF-backed work needs " + shared + " (a real paper; not committed)");
        Path out = Path.of(System.getProperty("paperscope.repo", ".")).resolve(System.getProperty("paperscope.screenshots"));
        try (ServerFixture withPdf = ServerFixture.demo(dir, List.of(shared), Optional.empty()); Browser shots = Browser.open(1280, 1000)) {
            shots.go(withPdf.url("/ask"));
            ask(shots, "What does Imagen use to encode text?");
            ScreenshotsTest.check(shots.screenshot(out.resolve("ask.png")), 1280);
            shots.go(withPdf.url("/ask"));
            askUnanswerable(shots, "How many parameters does Falcon-180B have?");
            ScreenshotsTest.check(shots.screenshot(out.resolve("ask-unanswerable.png")), 1280);
            shots.go(withPdf.url("/ask?q=" + Html.url("How many unique tokens did the preprocessed corpus contain?")));
            shots.clickAndWait("#answers li.answer a.source[href*='page=']");
            shots.find("#cited mark");
            // The page from its top: the work's title and authors, the cited block with its marked sentence under them.
            ((org.openqa.selenium.JavascriptExecutor) shots.driver()).executeScript("window.scrollTo(0, 0)");
            ScreenshotsTest.check(shots.screenshot(out.resolve("work-pdf.png")), 1280);
        }
    }
}
