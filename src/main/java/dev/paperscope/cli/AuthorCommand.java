package dev.paperscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.app.AuthorProfile;
import dev.paperscope.app.Paperscope;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "author", mixinStandardHelpOptions = true,
        description = "Shows one person: the spellings seen, their works, venues and co-authors.")
final class AuthorCommand implements Callable<Integer> {
    @Mixin
    DataOption data;
    @Option(names = "--json", description = "Print the profile as one JSON object.")
    boolean json;
    @Parameters(arity = "1..*", paramLabel = "NAME", description = "The name, in any spelling (several words are joined).")
    List<String> name;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String written = String.join(" ", name);
        PrintWriter out = spec.commandLine().getOut();
        try (Paperscope ps = data.open()) {
            Optional<AuthorProfile> profile = ps.author(written);
            if (profile.isEmpty()) {
                spec.commandLine().getErr().println("paperscope: no record names '" + written + "'");
                return 1;
            }
            if (json) {
                out.println(new ObjectMapper().valueToTree(profile.get()).toString());
            } else {
                print(profile.get(), out);
            }
        }
        return 0;
    }

    private static void print(AuthorProfile p, PrintWriter out) {
        out.println(p.identity().name() + "  (" + p.identity().id() + ")");
        out.println("  spellings: " + String.join("; ", p.identity().spellings().stream().sorted().toList()));
        p.identity().joins().forEach(j -> out.println("  joined: " + j));
        out.println("  works (" + p.works().size() + "):");
        p.works().forEach(w -> out.println("    " + (w.title() == null ? "(untitled)" : w.title()) + "  [" + w.id() + ", "
                + w.recordIds().size() + " record(s)]"));
        if (!p.venues().isEmpty()) {
            out.println("  venues: " + p.venues());
        }
        out.println("  co-authors: " + String.join(", ", p.coauthors().entrySet().stream().limit(15)
                .map(e -> e.getKey() + (e.getValue() > 1 ? " ×" + e.getValue() : "")).toList()));
    }
}
