package dev.paperscope.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperscope.app.Paperscope;
import dev.paperscope.catalog.StoredWork;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "works", mixinStandardHelpOptions = true,
        description = {"Shows a work, or merges and splits works by hand.",
                "Decisions are stored by record ids and survive re-ingest and reindex."},
        subcommands = {WorksCommand.Show.class, WorksCommand.Merge.class, WorksCommand.Split.class})
final class WorksCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a subcommand: show, merge or split");
    }

    /** A subcommand that acts on works and prints them; an unknown id or an impossible request is a usage error. */
    abstract static class WorkAction extends DataCommand {
        @Override
        final int run(Paperscope ps, PrintWriter out) {
            List<StoredWork> works;
            try {
                works = act(ps);
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
            boolean json = spec.findOption("--json").getValue(); // each subcommand declares it, wording its help
            works.forEach(w -> print(w, json, out));
            return 0;
        }

        /** The works to print, after the action. */
        abstract List<StoredWork> act(Paperscope ps);
    }

    private static void print(StoredWork w, boolean json, PrintWriter out) {
        if (json) {
            out.println(w.json());
            return;
        }
        JsonNode n = readJson(w.json());
        out.printf("%s  %s  (confidence %.2f)%n", w.id(), w.title() == null ? "(untitled)" : w.title(), n.path("confidence").asDouble());
        for (JsonNode r : n.path("records")) {
            String title = r.hasNonNull("title") ? r.get("title").asText()
                    : r.hasNonNull("recovered_title") ? r.get("recovered_title").asText() + " (recovered)" : "(untitled)";
            out.printf("  %s:%d  %s  [%s] %s%n", r.path("source").path("file").asText(), r.path("source").path("line").asInt(),
                    r.path("id").asText(), r.path("kind").asText(), title);
        }
        for (JsonNode m : n.path("merges")) {
            out.printf("  merged %s + %s: %s %.2f, %s%n", m.path("left").asText(), m.path("right").asText(), m.path("rule").asText(),
                    m.path("confidence").asDouble(), m.path("evidence").asText());
        }
        for (JsonNode a : n.path("about")) {
            out.printf("  about: post %s presents paper %s: %s %.2f, %s%n", a.path("post").asText(), a.path("paper").asText(),
                    a.path("rule").asText(), a.path("confidence").asDouble(), a.path("evidence").asText());
        }
    }

    private static JsonNode readJson(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the catalog holds a malformed work: " + e.getOriginalMessage(), e);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows a work: its records, merges, rules and evidence.")
    static final class Show extends WorkAction {
        @Option(names = "--json", description = "Print the work as one JSON object.")
        boolean json;
        @Parameters(paramLabel = "ID", description = "A work id, or the id of one of its records.")
        String id;

        @Override
        List<StoredWork> act(Paperscope ps) {
            StoredWork w = ps.works().find(id).orElseThrow(() -> new IllegalArgumentException("no work or record has the id " + id));
            if (!w.id().equals(id) && !w.recordIds().contains(id)) {
                err().println("note: " + id + " is now " + ps.works().currentId(id)
                        + (ps.works().currentId(id).equals(w.id()) ? "" : ", in work " + w.id()) + " (merged or re-keyed)");
            }
            return List.of(w);
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, description = "Merges the works holding two ids into one; prints it.")
    static final class Merge extends WorkAction {
        @Option(names = "--json", description = "Print the work as one JSON object.")
        boolean json;
        @Parameters(index = "0", paramLabel = "ID", description = "A work id or record id.")
        String a;
        @Parameters(index = "1", paramLabel = "OTHER", description = "Another work id or record id.")
        String b;

        @Override
        List<StoredWork> act(Paperscope ps) {
            return List.of(ps.changes().mergeWorks(a, b));
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Splits records out of a work; they never rejoin the rest unless merged again. Prints both works.")
    static final class Split extends WorkAction {
        @Option(names = "--json", description = "Print each work as one JSON object per line.")
        boolean json;
        @Parameters(index = "0", paramLabel = "WORK_ID", description = "The work to split.")
        String work;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "RECORD_ID", description = "Records that leave it.")
        List<String> records;

        @Override
        List<StoredWork> act(Paperscope ps) {
            return ps.changes().splitWork(work, records);
        }
    }
}
