package dev.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeirDatasetTest {
    @TempDir
    Path dir;

    @Test
    void keepsOnlyJudgedQueriesInQrelsOrderAndReadsTheGzippedCorpus() throws IOException {
        BeirDataset ds = BeirDataset.open(BeirFixture.write(dir), "test");
        assertThat(ds.queries()).extracting(BeirQuery::id).containsExactly("q2", "q1", "q3");
        assertThat(ds.qrels().of("q1")).containsExactly(java.util.Map.entry("d2", 2), java.util.Map.entry("d1", 1));
        assertThat(ds.readCorpus()).containsExactly(new BeirDoc("d1", "Zebras", "run fast"), new BeirDoc("d2", "", "horses run slowly"),
                new BeirDoc("d3", "The cats", "sleep daily"), new BeirDoc("d4", "", "dogs bark loudly"));
        assertThat(ds.firstQueries(2).queries()).extracting(BeirQuery::id).containsExactly("q2", "q1");
        assertThat(ds.firstQueries(2).qrels().queryIds()).containsExactly("q2", "q1");
    }

    @Test
    void aCorpusSampleKeepsEveryJudgedDocumentAndFillsUpInFileOrder() throws IOException {
        BeirDataset ds = BeirDataset.open(BeirFixture.write(dir), "test");
        List<BeirDoc> corpus = ds.readCorpus();
        BeirDataset first = ds.firstQueries(1); // q2, which judges d1 only
        assertThat(first.sample(corpus, 2)).extracting(BeirDoc::id).containsExactly("d1", "d2");
        assertThat(first.sample(corpus, 3)).extracting(BeirDoc::id).containsExactly("d1", "d2", "d3");
        assertThat(ds.firstQueries(2).sample(corpus, 1)).as("judged ones stay, whatever the size").extracting(BeirDoc::id)
                .containsExactly("d1", "d2");
        assertThat(ds.sample(corpus, 10)).isEqualTo(corpus);
        assertThatThrownBy(() -> ds.sample(corpus, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plainCorpusIsPreferredToGzipped() throws IOException {
        BeirFixture.write(dir);
        Files.writeString(dir.resolve("corpus.jsonl"), "{\"_id\": \"x\", \"title\": \"t\", \"text\": \"b\"}\n");
        assertThat(BeirDataset.open(dir, "test").readCorpus()).containsExactly(new BeirDoc("x", "t", "b"));
    }

    @Test
    void malformedQrelsNameFileAndLine() throws IOException {
        BeirFixture.write(dir);
        Path qrels = dir.resolve("qrels/test.tsv");
        Files.writeString(qrels, "q1\td1\t1\n");
        assertThatThrownBy(() -> BeirDataset.open(dir, "test")).isInstanceOf(DatasetException.class)
                .hasMessage(qrels + ":1: expected the header \"query-id<TAB>corpus-id<TAB>score\"");
        Files.writeString(qrels, "query-id\tcorpus-id\tscore\n\n");
        assertThatThrownBy(() -> BeirDataset.open(dir, "test")).hasMessage(qrels + ": no judgments");
        Files.writeString(qrels, "query-id\tcorpus-id\tscore\nq1\td1\t1\nq1\td2\tyes\n");
        assertThatThrownBy(() -> BeirDataset.open(dir, "test")).hasMessage(qrels + ":3: score must be an integer, was \"yes\"");
        Files.writeString(qrels, "query-id\tcorpus-id\tscore\nq1 d1 1\n");
        assertThatThrownBy(() -> BeirDataset.open(dir, "test"))
                .hasMessage(qrels + ":2: expected 3 tab-separated columns: query-id, corpus-id, score");
        Files.writeString(qrels, "query-id\tcorpus-id\tscore\nq1\td1\t1\nq1\td1\t0\n");
        assertThatThrownBy(() -> BeirDataset.open(dir, "test")).hasMessage(qrels + ":3: query q1 judges document d1 twice");
    }

    @Test
    void malformedJsonLinesNameFileAndLine() throws IOException {
        BeirFixture.write(dir);
        Path queries = dir.resolve("queries.jsonl");
        Files.writeString(queries, "{\"_id\": \"q1\", \"text\": \"a\"}\n{\"_id\": \"q2\", \"text\": \n");
        assertThatThrownBy(() -> BeirDataset.open(dir, "test")).hasMessageStartingWith(queries + ":2: not valid JSON");
        Files.writeString(queries, "{\"_id\": \"q1\", \"text\": \"a\"}\n{\"text\": \"b\"}\n");
        assertThatThrownBy(() -> BeirDataset.open(dir, "test")).hasMessage(queries + ":2: missing field \"_id\"");
        Files.writeString(queries, "{\"_id\": \"q1\", \"text\": \"a\"}\n");
        assertThatThrownBy(() -> BeirDataset.open(dir, "test")).hasMessage(queries + ": query q2 is judged in the qrels but missing here");

        Files.writeString(queries, BeirFixture.QUERIES);
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, "{\"_id\": \"d1\", \"text\": \"a\"}\n\n{\"_id\": \"d1\", \"text\": \"b\"}\n");
        assertThatThrownBy(() -> BeirDataset.open(dir, "test").readCorpus()).hasMessage(corpus + ":3: duplicate document id d1 (first on line 1)");
        Files.writeString(corpus, "{\"_id\": \"d1\", \"title\": [1], \"text\": \"a\"}\n");
        assertThatThrownBy(() -> BeirDataset.open(dir, "test").readCorpus()).hasMessage(corpus + ":1: field \"title\" must be a string, was ARRAY");
        Files.write(corpus, new byte[] {'{', (byte) 0xC3, '}', '\n'});
        assertThatThrownBy(() -> BeirDataset.open(dir, "test").readCorpus()).hasMessage(corpus + ":1: not valid UTF-8");
    }

    @Test
    void missingSplitListsTheAvailableOnes() throws IOException {
        BeirFixture.write(dir);
        assertThatThrownBy(() -> BeirDataset.open(dir, "dev")).isInstanceOf(DatasetException.class)
                .hasMessageEndingWith("qrels/dev.tsv is missing (splits here: test)");
        assertThatThrownBy(() -> BeirDataset.open(dir, "../x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BeirDataset.open(dir.resolve("nope"), "test")).hasMessageStartingWith("not a BEIR dataset folder");
    }
}
