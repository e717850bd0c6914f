package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's {@code --help}, and the one-line summaries that list them, are whole sentences. */
class HelpTest {
    private static void collect(CommandLine cli, List<CommandLine> into) {
        into.add(cli);
        cli.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
    }

    @Test
    void everySummaryInACommandListIsAWholeSentence() {
        List<CommandLine> all = new ArrayList<>();
        collect(new CommandLine(new Main(Optional.empty())), all);
        assertThat(all).hasSizeGreaterThan(15);
        List<String> cut = new ArrayList<>();
        for (CommandLine cli : all) {
            var usage = cli.getCommandSpec().usageMessage();
            String[] lines = usage.header().length > 0 ? usage.header() : usage.description();
            String summary = lines.length == 0 ? "" : lines[0].strip();
            if (!cli.getCommandName().equals("help") && !summary.matches("(?s).*[.)!?]")) {
                cut.add(cli.getCommandSpec().qualifiedName() + ": " + summary);
            }
        }
        assertThat(cut).as("summaries cut mid-sentence").isEmpty();
    }

    @Test
    void everyCommandsHelpExitsZero() {
        List<CommandLine> all = new ArrayList<>();
        collect(new CommandLine(new Main(Optional.empty())), all);
        for (CommandLine cli : all) {
            List<String> args = new ArrayList<>(List.of(cli.getCommandSpec().qualifiedName(" ").split(" ")));
            args.removeFirst(); // "paperscope"
            args.add("--help");
            if (cli.getCommandName().equals("help")) {
                continue;
            }
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exit()).as(args + run.err()).isZero();
            assertThat(run.out()).as(String.join(" ", args)).startsWith("Usage: ");
        }
    }
}
