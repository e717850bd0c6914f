package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.app.Demo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's example searches print what typing the same {@code paperscope search} prints: one hit per work. */
class DemoCliTest {
    @TempDir
    Path tmp;

    @Test
    void theExampleSearchesShowOneHitPerWorkAsSearchDoes() {
        String data = tmp.resolve("data").toString();
        CliRun demo = CliRun.of("demo", "--data", data);
        assertThat(demo.exit()).as(demo.err()).isZero();

        for (String query : Demo.EXAMPLE_QUERIES) {
            String shown = section(demo.out(), "$ paperscope search '" + query + "'");
            CliRun typed = CliRun.of("search", "--data", data, "--limit", "3", query);
            assertThat(typed.exit()).as(typed.err()).isZero();
            assertThat(titles(shown)).as(query).isEqualTo(titles(typed.out())).doesNotHaveDuplicates();
        }
    }

    private static String section(String out, String header) {
        int start = out.indexOf(header);
        assertThat(start).as(header).isNotNegative();
        int end = out.indexOf("\n$ ", start + header.length());
        return out.substring(start + header.length(), end < 0 ? out.length() : end);
    }

    /** The title lines of printed hits: " 1. [paper] Title  (score ...)". */
    private static List<String> titles(String printed) {
        return printed.lines().filter(l -> l.matches("\\s*\\d+\\. \\[.*"))
                .map(l -> l.replaceFirst("\\s*\\d+\\. \\[\\w+\\] ", "").replaceFirst("\\s+\\(score.*", "")).toList();
    }
}
