package dev.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.component.VEvent;
import org.jbibtex.BibTeXParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The planner and reading lists in headless Chromium, on the demo pages plus the synthetic session whose
 * talks overlap the seed session's: search, open a work, star two clashing talks, see the clash, download
 * the .ics (read back with ical4j). Screenshots go to target/screenshots/.
 */
class PlannerBrowserTest {
    static final Path SYNTHETIC = Path.of(System.getProperty("paperscope.repo", "."))
            .resolve("src/test/resources/fixtures/planner/synthetic-session-ballroom-b.txt");
    static final Path SCREENSHOTS = Path.of(System.getProperty("paperscope.repo", ".")).resolve("target/screenshots");
    static final String GLAM = "GLaM: Efficient Scaling of Language Models with Mixture-of-Experts";
    static final String OVERLAPPING = "Synthetic Fixture Talk on Overlapping Sessions";
    @TempDir
    static Path tmp;
    static ServerFixture fixture;
    static Browser browser;

    @BeforeAll
    static void start() {
        fixture = ServerFixture.demo(tmp, List.of(SYNTHETIC));
        browser = Browser.open(1366, 1000);
        browser.go(fixture.url("/?token=" + fixture.token())); // this browser may now write
    }

    @AfterAll
    static void stop() {
        ServerFixture.closeAll(browser, fixture);
    }

    /** The record id of the talk with this title, once the timetable shows it (the page may still be loading). */
    private static String talkId(String title) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage("no talk " + title)
                .until(d -> d.findElements(By.cssSelector("article.talk")).stream()
                        .filter(a -> title.equals(a.findElement(By.cssSelector(".talk-title a")).getAttribute("textContent").strip()))
                        .findFirst().map(a -> a.getAttribute("data-id")).orElse(null));
    }

    private static void star(String id) {
        browser.clickAndWait("#talk-" + id + " button.star");
        browser.find("#talk-" + id + ".starred");
    }

    /** What a download link gives, fetched by the page itself (same cookies, same URL), byte for byte. */
    private static String download(String css) {
        String href = browser.find(css).getAttribute("href");
        String base64 = (String) browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {"
                + "  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });", href);
        return new String(java.util.Base64.getDecoder().decode(base64), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void searchOpenAWorkStarTwoClashingTalksSeeTheClashAndDownloadTheIcs() throws Exception {
        browser.go(fixture.url("/"));
        browser.search("GLaM mixture-of-experts kind:talk");
        browser.clickAndWait("li.hit a");
        assertThat(browser.driver().getCurrentUrl()).containsPattern("/(works|records)/");
        assertThat(browser.find("#work-title").getText()).isEqualTo(GLAM);
        // the talk is starred from its work page, which leads to the planner
        assertThat(browser.find(".record-card button.star").getText()).contains("Star");
        browser.clickAndWait(".record-card button.star");
        assertThat(browser.driver().getCurrentUrl()).contains("/planner");
        // the page picks the browser's zone first (a redirect to ?tz=...); then the switch chooses the conference's
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("tz="));
        new org.openqa.selenium.support.ui.Select(browser.find("#tz")).selectByValue("America/Los_Angeles");
        browser.find("#tz option[value='America/Los_Angeles'][selected]");
        String glam = talkId(GLAM);
        String overlapping = talkId(OVERLAPPING);
        browser.find("#talk-" + glam + ".starred");
        assertThat(browser.all(".clash-alert")).isEmpty();
        star(overlapping);

        String clash = browser.find(".clash-alert").getText();
        assertThat(clash).contains("Clash:", GLAM, "(Hall G)", OVERLAPPING, "(Ballroom B)", "12:32–12:35 PDT", "3 min", "different rooms");
        assertThat(browser.all("article.talk.clash")).hasSize(2);
        assertThat(browser.all("#agenda .agenda-list li")).hasSize(2);
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot(SCREENSHOTS.resolve("planner.png"));
        browser.script("window.scrollTo(0, document.querySelector('.day').getBoundingClientRect().top + window.scrollY - 80)");
        browser.screenshot(SCREENSHOTS.resolve("planner-timetable.png"));

        String ics = download("#ics-download");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getSummary().getValue()).containsExactly(GLAM, OVERLAPPING);
        assertThat(events).allSatisfy(e -> assertThat(e.getProperty("DTSTART").flatMap(p -> p.<Parameter>getParameter("TZID"))
                .map(Parameter::getValue)).contains("America/Los_Angeles"));
        assertThat(events.getFirst().getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20220721T123000");

        // another zone: the same talks, the clock of Berlin
        new Select(browser.find("#tz")).selectByValue("Europe/Berlin");
        browser.find("#tz option[value='Europe/Berlin'][selected]");
        assertThat(browser.find("#talk-" + glam + " .talk-time").getText()).startsWith("21:30–21:35");
        assertThat(browser.find(".clash-alert").getText()).contains("21:32–21:35 CEST");

        browser.clickAndWait("#talk-" + overlapping + " button.star");
        assertThat(browser.all(".clash-alert")).isEmpty();
        browser.clickAndWait("#talk-" + glam + " button.star");
        browser.find("#talk-" + glam + ":not(.starred)");
    }

    @Test
    void aWorkPageShowsItsStarAndAddsTheWorkToAList() {
        browser.go(fixture.url("/lists"));
        browser.find("#new-list").sendKeys("From work pages");
        browser.clickAndWait(".inline-form button[type=submit]");
        browser.go(fixture.url("/search?q=" + Html.url("GLaM mixture-of-experts")));
        browser.clickAndWait("li.hit .hit-title");
        String workId = browser.find("#work").getAttribute("data-work-id");
        browser.find("#add-to-list input[name=note]").sendKeys("<b>cite</b> in §2");
        browser.clickAndWait("#add-to-list button[data-list='From work pages']");
        assertThat(browser.find("#list-name").getText()).isEqualTo("From work pages");
        assertThat(browser.find(".list-item .item-title").getText()).isEqualTo(GLAM);
        assertThat(browser.find(".list-item").getAttribute("id")).isEqualTo("item-" + workId);
        assertThat(browser.find(".list-item textarea").getAttribute("value")).isEqualTo("<b>cite</b> in §2");
    }

    @Test
    void withoutAChosenZoneThePlannerUsesTheBrowsersZone() {
        browser.go(fixture.url("/planner"));
        browser.find("#tz");
        String zone = (String) browser.script("return Intl.DateTimeFormat().resolvedOptions().timeZone");
        assertThat(browser.driver().getCurrentUrl()).contains("tz=" + zone.replace("/", "%2F"));
    }

    @Test
    void aReadingListWithEscapedNotesExportsParsableBibtex() throws Exception {
        browser.go(fixture.url("/planner?tz=America/Los_Angeles"));
        String glam = talkId(GLAM);
        browser.go(fixture.url("/lists"));
        browser.find("#new-list").sendKeys("Mixture of experts");
        browser.clickAndWait(".inline-form button[type=submit]");
        assertThat(browser.find("#list-name").getText()).isEqualTo("Mixture of experts");

        browser.find("#add-id").sendKeys(glam);
        browser.find("input[name=note]").sendKeys("<script>window.__pwned = 1</script> read §3 & the appendix");
        browser.clickAndWait("form[action$='/add'] button");
        assertThat(browser.find(".list-item .item-title").getText()).isEqualTo(GLAM);
        assertThat(browser.find(".list-item textarea").getAttribute("value")).startsWith("<script>window.__pwned = 1</script>");
        assertThat(browser.script("return window.__pwned === undefined")).isEqualTo(true);
        browser.screenshot(SCREENSHOTS.resolve("reading-list.png"));

        String bibtex = download("#bibtex-download");
        assertThat(new BibTeXParser().parse(new StringReader(bibtex)).getEntries().keySet())
                .extracting(org.jbibtex.Key::getValue).containsExactly("du2022glam");
    }
}
