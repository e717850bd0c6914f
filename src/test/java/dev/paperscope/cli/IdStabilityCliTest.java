package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, item 2: record ids survive edits of their entry; work ids survive merges; user data follows. */
class IdStabilityCliTest {
    private static final Path SEEDS = Path.of(System.getProperty("paperscope.repo", ".")).resolve("demo/seeds");
    private static final String ORALS = "002_3526288c33920918.txt";

    @TempDir
    Path dir;

    private String data() {
        return dir.resolve("data").toString();
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private List<JsonNode> records() {
        return run("export", "--data", data(), "--records").out().lines().map(FileIdentityCliTest::parse).toList();
    }

    private String idOf(String titlePrefix) {
        return records().stream().filter(n -> n.path("title").asText().startsWith(titlePrefix)).findFirst().orElseThrow().path("id").asText();
    }

    @Test
    void fixingATypoInOneAbstractKeepsAReadingListItem() throws IOException {
        Path bib = Files.writeString(Files.createDirectories(dir.resolve("in")).resolve("papers.bib"), FileIdentityCliTest.THREE);
        run("ingest", "--data", data(), bib.toString());
        String alpha = idOf("Alpha");
        run("lists", "create", "--data", data(), "toread");
        run("lists", "add", "--data", data(), "toread", alpha);

        Files.writeString(bib, FileIdentityCliTest.THREE.replace("alpha networks.", "alpha networks (typo fixed)."));
        assertThat(run("ingest", "--data", data(), bib.toString()).out()).contains("0 added, 0 removed, 1 changed");
        assertThat(idOf("Alpha")).isEqualTo(alpha);
        assertThat(run("lists", "show", "--data", data(), "toread").out()).contains("Alpha Networks for Vision").doesNotContain("MISSING");
    }

    @Test
    void editingAnAbstractOnAPageKeepsEveryRecordId() throws IOException {
        Path page = Files.copy(SEEDS.resolve(ORALS), Files.createDirectories(dir.resolve("in")).resolve(ORALS));
        run("ingest", "--data", data(), page.toString());
        List<String> before = records().stream().map(n -> n.path("id").asText()).toList();
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(page));
        int longest = 0;
        for (int i = 0; i < lines.size(); i++) {
            longest = lines.get(i).length() > lines.get(longest).length() ? i : longest; // an abstract line
        }
        lines.set(longest, lines.get(longest).replaceFirst(" the ", " teh "));
        Files.write(page, lines);
        assertThat(run("ingest", "--data", data(), page.toString()).out()).contains("0 added, 0 removed, 1 changed");
        assertThat(records().stream().map(n -> n.path("id").asText()).toList()).isEqualTo(before);
    }

    @Test
    void correctingATitleOnAPageKeepsListsAndWorkIdsThroughARedirect() throws IOException {
        String schedule = "004_d2faed4b193087f1.txt";
        Path page = Files.copy(SEEDS.resolve(schedule), Files.createDirectories(dir.resolve("in")).resolve(schedule));
        run("ingest", "--data", data(), page.toString());
        JsonNode before = records().stream().filter(n -> n.path("title").asText().startsWith("Deploying Convolutional")).findFirst().orElseThrow();
        run("lists", "create", "--data", data(), "toread");
        run("lists", "add", "--data", data(), "toread", before.path("id").asText());
        run("lists", "add", "--data", data(), "toread", before.path("work").asText());
        run("agenda", "star", "--data", data(), before.path("id").asText());

        Files.writeString(page, Files.readString(page).replace("Deploying Convolutional Networks on Untrusted", "Deploying Convolutional Networks on Untrustworthy"));
        assertThat(run("ingest", "--data", data(), page.toString()).out()).contains("0 added, 0 removed, 1 changed");
        JsonNode after = records().stream().filter(n -> n.path("title").asText().startsWith("Deploying Convolutional")).findFirst().orElseThrow();
        assertThat(after.path("work").asText()).as("the work keeps its id").isEqualTo(before.path("work").asText());
        assertThat(run("lists", "show", "--data", data(), "toread").out()).contains("Untrustworthy").doesNotContain("MISSING");
        assertThat(run("agenda", "list", "--data", data()).out()).contains("Untrustworthy").doesNotContain("MISSING");
        assertThat(run("works", "show", "--data", data(), before.path("id").asText()).out()).contains(after.path("id").asText());
    }

    @Test
    void aMergedAwayWorkIdLeadsToTheSurvivorAndListsFollowIt() throws IOException {
        Path bib = Files.writeString(Files.createDirectories(dir.resolve("in")).resolve("papers.bib"), FileIdentityCliTest.THREE);
        run("ingest", "--data", data(), bib.toString());
        String alphaWork = records().stream().filter(n -> n.path("title").asText().startsWith("Alpha")).findFirst().orElseThrow()
                .path("work").asText();
        String betaWork = records().stream().filter(n -> n.path("title").asText().startsWith("Beta")).findFirst().orElseThrow()
                .path("work").asText();
        run("lists", "create", "--data", data(), "toread");
        run("lists", "add", "--data", data(), "toread", alphaWork);
        run("lists", "add", "--data", data(), "toread", betaWork);

        CliRun merge = run("works", "merge", "--data", data(), alphaWork, betaWork);
        assertThat(merge.exit()).as(merge.err()).isZero();
        String survivor = merge.out().lines().findFirst().orElseThrow().split(" ")[0];
        assertThat(survivor).isIn(alphaWork, betaWork);
        String gone = survivor.equals(alphaWork) ? betaWork : alphaWork;

        CliRun show = run("works", "show", "--data", data(), gone);
        assertThat(show.exit()).isZero();
        assertThat(show.out()).startsWith(survivor);
        assertThat(show.err()).contains(gone + " is now " + survivor);
        assertThat(run("lists", "show", "--data", data(), "toread").out()).doesNotContain("MISSING");

        // Unchanged input resolved again keeps the survivor's id.
        assertThat(run("reindex", "--data", data()).exit()).isZero();
        assertThat(run("works", "show", "--data", data(), survivor).out()).startsWith(survivor);
    }
}
