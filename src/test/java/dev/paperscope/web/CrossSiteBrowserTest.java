package dev.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Same-site forgery in headless Chromium: a page served by another loopback server (another port of
 * 127.0.0.1: the same site, so the SameSite=Strict cookie goes along) tries to create reading lists in a
 * browser that holds the write cookie. Nothing is created; the server's own pages still write.
 */
class CrossSiteBrowserTest {
    @TempDir
    static Path tmp;
    static ServerFixture fixture;
    static HttpServer attacker;
    static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        fixture = ServerFixture.demo(tmp, List.of());
        attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String target = "http://127.0.0.1:" + fixture.server().port();
        page("/fetch", """
                <html><head><title>waiting</title></head><body><script>
                fetch("%s/api/v1/lists", {method: "POST", mode: "no-cors", credentials: "include",
                      body: JSON.stringify({name: "pwned-fetch"})})
                  .then(() => document.title = "sent", e => document.title = "failed " + e);
                </script></body></html>""".formatted(target));
        page("/form", """
                <html><body><form id="f" method="post" action="%s/lists"><input name="name" value="pwned-form"></form>
                <script>document.getElementById("f").submit();</script></body></html>""".formatted(target));
        attacker.start();
        browser = Browser.open();
        browser.authorize(fixture);
    }

    private static void page(String path, String html) {
        attacker.createContext(path, exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    @AfterAll
    static void stop() {
        ServerFixture.closeAll(browser, attacker == null ? null : () -> attacker.stop(0), fixture);
    }

    private static String attackerUrl(String path) {
        return "http://127.0.0.1:" + attacker.getAddress().getPort() + path;
    }

    private static boolean listExists(String name) {
        return fixture.get("/api/v1/lists/" + name).statusCode() == 200;
    }

    @Test
    void aNoCorsFetchFromAnotherPortCreatesNothing() {
        browser.go(attackerUrl("/fetch"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> !"waiting".equals(d.getTitle()));
        assertThat(browser.driver().getTitle()).isEqualTo("sent"); // the request went out, with the cookie
        assertThat(listExists("pwned-fetch")).isFalse();
    }

    @Test
    void aFormPostFromAnotherPortCreatesNothing() {
        browser.go(attackerUrl("/form"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(fixture.url("/lists")));
        assertThat(browser.find("#error-message").getText()).containsIgnoringCase("origin");
        assertThat(listExists("pwned-form")).isFalse();
    }

    @Test
    void theServersOwnFormsStillWrite() {
        browser.go(fixture.url("/lists"));
        browser.find("#new-list").sendKeys("own-page-list");
        browser.clickAndWait("form[action='/lists'] button[type=submit]");
        assertThat(listExists("own-page-list")).isTrue();
    }
}
