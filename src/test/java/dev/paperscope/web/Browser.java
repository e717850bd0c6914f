package dev.paperscope.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for end-to-end tests, driven by Selenium through the system's chromedriver
 * (Debian: {@code apt-get install chromium chromium-driver}; .ci/run installs them). Nothing is
 * downloaded: the browser and driver paths are given, so Selenium Manager is never asked.
 */
public final class Browser implements AutoCloseable {
    private static final List<Path> BROWSERS = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
    private static final List<Path> DRIVERS = List.of(Path.of("/usr/bin/chromedriver"), Path.of("/usr/lib/chromium/chromedriver"));
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** A fresh headless browser with a window of {@code width} x {@code height}. */
    public static Browser open(int width, int height) {
        Path binary = firstExisting(BROWSERS, "chromium (apt-get install chromium)");
        Path driverPath = firstExisting(DRIVERS, "chromedriver (apt-get install chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--lang=en-US", "--no-first-run", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverPath.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options));
    }

    public static Browser open() {
        return open(1280, 900);
    }

    private static Path firstExisting(List<Path> candidates, String what) {
        return candidates.stream().filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("browser tests need " + what + "; looked in " + candidates));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void go(String url) {
        driver.get(url);
    }

    /** The first element matching {@code css}, once it is visible. */
    public WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Types into the header's search box and submits; returns once the results page is there. */
    public void search(String query) {
        WebElement box = find("#q");
        box.clear();
        box.sendKeys(query);
        box.submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result-count")));
    }

    /** Clicks the element and waits for the page to change. */
    public void clickAndWait(String css) {
        String before = driver.getCurrentUrl();
        find(css).click();
        wait.until(d -> !d.getCurrentUrl().equals(before));
    }

    /** Saves the page as PNG (full window). */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            return Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
