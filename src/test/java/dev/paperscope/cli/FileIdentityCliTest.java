package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, item 1: a file is its path and content, never its bare name; moves, copies, updates and removal say what they did. */
class FileIdentityCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String THREE = """
            @article{alpha2020, title = {Alpha Networks for Vision}, author = {Lee, Ann and Kim, Bo}, year = {2020},
              abstract = {We study alpha networks.}}
            @article{beta2021, title = {Beta Priors in Practice}, author = {Chen, Cy}, year = {2021}}
            @article{gamma2022, title = {Gamma Ray Transformers}, author = {Diaz, Dee}, year = {2022}}
            """;
    static final String ONE = """
            @article{delta2023, title = {Delta Learning Revisited}, author = {Evans, Eve}, year = {2023}}
            """;

    @TempDir
    Path dir;

    private String data() {
        return dir.resolve("data").toString();
    }

    private Path write(String relative, String content) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    private CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Set<String> recordIds() {
        Set<String> ids = new TreeSet<>();
        run("export", "--data", data(), "--records").out().lines().map(FileIdentityCliTest::parse).forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }

    static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSameFileNameInAnotherFolderIsAnotherFile() throws IOException {
        Path a = write("a/papers.bib", THREE);
        Path b = write("b/papers.bib", ONE);
        assertThat(run("ingest", "--data", data(), a.toString()).exit()).isZero();
        CliRun second = run("ingest", "--data", data(), b.toString());
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("(added as b/papers.bib)").doesNotContain("replaced").doesNotContain("updated");
        assertThat(recordIds()).hasSize(4);
        CliRun files = run("files", "--data", data());
        assertThat(files.out()).contains("papers.bib ").contains("b/papers.bib").contains(a.toRealPath().toString())
                .contains(b.toRealPath().toString());
    }

    @Test
    void aFolderWithTwoFilesOfOneNameKeepsBoth() throws IOException {
        write("conf/x/references.bib", THREE);
        write("conf/y/references.bib", ONE);
        CliRun ingest = run("ingest", "--data", data(), dir.resolve("conf").toString());
        assertThat(ingest.exit()).isZero();
        assertThat(ingest.out()).contains("as x/references.bib").contains("as y/references.bib");
        assertThat(recordIds()).hasSize(4);
        assertThat(run("ingest", "--data", data(), dir.resolve("conf").toString()).out()).doesNotContain("added").contains("unchanged");
    }

    @Test
    void aMovedFileKeepsItsRecordsAndIdsAndACopyIsKeptOnce() throws IOException {
        Path a = write("a/papers.bib", THREE);
        run("ingest", "--data", data(), a.toString());
        Set<String> before = recordIds();
        Path moved = Files.createDirectories(dir.resolve("c")).resolve("papers.bib");
        Files.move(a, moved);
        CliRun move = run("ingest", "--data", data(), moved.toString());
        assertThat(move.out()).contains("moved from " + dir.resolve("a").toRealPath().resolve("papers.bib")).contains("records and ids kept");
        assertThat(recordIds()).isEqualTo(before);
        assertThat(run("files", "--data", data()).out()).contains(moved.toRealPath().toString()).doesNotContain(dir.resolve("a").toString());

        Path copy = write("d/other-name.bib", THREE);
        CliRun dup = run("ingest", "--data", data(), copy.toString());
        assertThat(dup.exit()).isZero();
        assertThat(dup.out()).contains("same content as papers.bib").contains("kept once");
        assertThat(recordIds()).isEqualTo(before);
    }

    @Test
    void aChangedFileReplacesOnlyItsOwnRecordsAndSaysWhatChanged() throws IOException {
        Path a = write("a/papers.bib", THREE);
        Path b = write("b/papers.bib", ONE);
        run("ingest", "--data", data(), a.toString());
        run("ingest", "--data", data(), b.toString());
        Set<String> before = recordIds();
        Files.writeString(a, THREE.replace("We study alpha networks.", "We study alpha networks closely.")
                .replace("@article{gamma2022, title = {Gamma Ray Transformers}, author = {Diaz, Dee}, year = {2022}}\n", "")
                + "@article{omega2024, title = {Omega Point}, author = {Fox, Fay}, year = {2024}}\n");
        CliRun update = run("ingest", "--data", data(), a.toString());
        assertThat(update.out()).contains("updated papers.bib: 1 added, 1 removed, 1 changed");
        Set<String> after = recordIds();
        assertThat(after).hasSize(4);
        assertThat(after.stream().filter(before::contains)).as("alpha (abstract edited), beta and delta keep their ids").hasSize(3);
    }

    @Test
    void removeTakesAFileOutOfCatalogAndIndexAndReportsUserData() throws IOException {
        Path a = write("a/papers.bib", THREE);
        Path b = write("b/papers.bib", ONE);
        run("ingest", "--data", data(), a.toString());
        run("ingest", "--data", data(), b.toString());
        String alpha = run("export", "--data", data(), "--records").out().lines().map(FileIdentityCliTest::parse)
                .filter(n -> n.path("title").asText().startsWith("Alpha")).findFirst().orElseThrow().path("id").asText();
        run("lists", "create", "--data", data(), "toread");
        assertThat(run("lists", "add", "--data", data(), "toread", alpha).exit()).isZero();

        CliRun remove = run("remove", "--data", data(), a.toString());
        assertThat(remove.exit()).as(remove.err()).isZero();
        assertThat(remove.out()).contains("removed papers.bib").contains("3 records").contains("reading list 'toread': " + alpha);
        assertThat(recordIds()).hasSize(1);
        JsonNode hits = parse(run("search", "--data", data(), "--json", "--retriever", "bm25", "alpha").out());
        assertThat(hits.path("total").asInt()).isZero();
        assertThat(run("lists", "show", "--data", data(), "toread").out()).contains("MISSING");

        CliRun byName = run("remove", "--data", data(), "b/papers.bib");
        assertThat(byName.out()).contains("removed b/papers.bib").contains("1 records");
        assertThat(run("files", "--data", data()).out()).contains("no files ingested");
        CliRun unknown = run("remove", "--data", data(), "nothing.bib");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no stored file or record is named 'nothing.bib'");
    }

    @Test
    void removeTakesARecordIdAndRefusesAnAmbiguousBareName() throws IOException {
        Path a = write("a/papers.bib", THREE);
        Path b = write("b/papers.bib", ONE);
        Path c = write("c/papers.bib", THREE.replace("2020", "2019"));
        run("ingest", "--data", data(), a.toString(), b.toString(), c.toString());
        String delta = List.copyOf(run("export", "--data", data(), "--records").out().lines().map(FileIdentityCliTest::parse)
                .filter(n -> n.path("title").asText().startsWith("Delta")).map(n -> n.path("id").asText()).toList()).getFirst();
        CliRun byId = run("remove", "--data", data(), delta);
        assertThat(byId.out()).contains("removed b/papers.bib");
        assertThat(recordIds()).hasSize(6);
    }
}
