package dev.paperscope.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The development data in {@code ../shared/data} beside the clone (large real conference and BEIR
 * files that the repository does not ship). A fresh clone lacks it: tests that need it are skipped,
 * with this reason shown, instead of failing.
 */
public final class DevData {
    public static final Path REPO = Path.of(System.getProperty("paperscope.repo", "."));
    public static final Path ROOT = REPO.resolve("../shared/data").normalize();

    private DevData() {
    }

    /** {@code ../shared/data/RELATIVE}, or the calling test is skipped (a JUnit assumption) saying what is missing. */
    public static Path require(String relative) {
        Path path = ROOT.resolve(relative).normalize();
        assumeTrue(Files.exists(path), () -> "skipped: needs the development data " + path
                + " (../shared/data beside the clone; a fresh clone does not have it)");
        return path;
    }

    /** A file of {@code ../shared/data/conferences}. */
    public static Path conference(String name) {
        return require("conferences/" + name);
    }
}
