package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A usage error is one line on stderr naming what is wrong and where help is, with exit code 2; no help page follows. */
class UsageErrorTest {
    private record Case(List<String> args, String says) {
    }

    @Test
    void aUsageErrorIsOneLineWithExitTwo() {
        List<Case> cases = List.of(
                new Case(List.of("search", "--bogus", "x"), "paperscope search: Unknown option: '--bogus'"),
                new Case(List.of("lists", "add", "Reading"), "paperscope lists add: Missing required parameter: 'ID'"),
                new Case(List.of("frobnicate"), "paperscope: Unmatched argument at index 0: 'frobnicate'"),
                new Case(List.of("search", "--limit", "many", "x"), "paperscope search: Invalid value for option '--limit'"),
                new Case(List.of(), "paperscope: name a command"));
        for (Case c : cases) {
            CliRun run = CliRun.of(c.args().toArray(String[]::new));
            assertThat(run.exit()).as(c.args().toString()).isEqualTo(2);
            assertThat(run.err()).as(c.args().toString()).startsWith(c.says()).doesNotContain("Usage:");
            assertThat(run.err().strip().lines()).as(c.args() + run.err()).hasSize(1);
            assertThat(run.out()).as(c.args().toString()).isEmpty();
        }
    }

    @Test
    void theLineSaysWhereHelpIsAndSuggestsACloseCommand() {
        CliRun help = CliRun.of("search", "--bogus", "x");
        assertThat(help.err()).contains("(paperscope search --help shows usage)");

        CliRun typo = CliRun.of("serach", "x");
        assertThat(typo.err()).contains("did you mean").contains("search");
    }
}
