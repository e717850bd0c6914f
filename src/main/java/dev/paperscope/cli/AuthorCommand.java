package dev.paperscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.app.AuthorCandidate;
import dev.paperscope.app.AuthorMatch;
import dev.paperscope.app.AuthorProfile;
import dev.paperscope.app.Counted;
import dev.paperscope.app.Paperscope;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "author", mixinStandardHelpOptions = true,
        description = {"Shows one person: the spellings seen, their works, venues and co-authors.",
                "A partial name (a surname alone, the start of a name) lists the people it fits with their work counts,",
                "or opens the one person it fits."})
final class AuthorCommand extends DataCommand {
    @Option(names = "--json", description = "Print the profile as one JSON object.")
    boolean json;
    @Parameters(arity = "1..*", paramLabel = "NAME", description = "The name, in any spelling, or part of it (several words are joined).")
    List<String> name;

    @Override
    int run(Paperscope ps, PrintWriter out) {
        String written = String.join(" ", name);
        AuthorMatch match = ps.authors().find(written);
        Optional<AuthorProfile> profile = match.profile();
        if (profile.isEmpty()) {
            if (match.candidates().isEmpty()) {
                err().println("paperscope: no record names '" + written + "'");
                return 1;
            }
            printCandidates(written, match.candidates(), out);
            return 0;
        }
        if (json) {
            out.println(new ObjectMapper().valueToTree(profile.get()).toString());
        } else {
            print(profile.get(), out);
        }
        return 0;
    }

    /** Several people fit a partial name: each with their counts, and how to open one. */
    private void printCandidates(String written, List<AuthorCandidate> candidates, PrintWriter out) {
        if (json) {
            ObjectNode node = new ObjectMapper().createObjectNode();
            node.put("query", written);
            var list = node.putArray("candidates");
            candidates.forEach(c -> list.addObject().put("id", c.id()).put("name", c.name()).put("works", c.works()).put("records", c.records()));
            out.println(node);
            return;
        }
        out.println(Counted.of(candidates.size(), "person", "people") + " fit '" + written + "'; name one, e.g. paperscope author \""
                + candidates.getFirst().name() + "\":");
        int width = candidates.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        candidates.forEach(c -> out.println("  " + String.format("%-" + width + "s", c.name()) + "  (" + Counted.of(c.works(), "work") + ", "
                + Counted.of(c.records(), "record") + ")"));
    }

    private static void print(AuthorProfile p, PrintWriter out) {
        out.println(p.identity().name() + "  (" + p.identity().id() + ")");
        out.println("  spellings: " + String.join("; ", p.identity().spellings().stream().sorted().toList()));
        p.identity().joins().forEach(j -> out.println("  joined: " + j));
        out.println("  works (" + p.works().size() + "):");
        p.works().forEach(w -> out.println("    " + (w.title() == null ? "(untitled)" : w.title()) + "  [" + w.id() + ", "
                + Counted.of(w.recordIds().size(), "record") + "]"));
        if (!p.venues().isEmpty()) {
            out.println("  venues: " + p.venues());
        }
        out.println("  co-authors: " + String.join(", ", p.coauthors().entrySet().stream().limit(15)
                .map(e -> e.getKey() + (e.getValue() > 1 ? " ×" + e.getValue() : "")).toList()));
    }
}
