package dev.paperscope.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small BEIR folders for tests. */
public final class BeirFixture {
    private BeirFixture() {
    }

    public static final String CORPUS = """
            {"_id": "d1", "title": "Zebras", "text": "run fast"}
            {"_id": "d2", "title": "", "text": "horses run slowly"}
            {"_id": "d3", "title": "The cats", "text": "sleep daily"}
            {"_id": "d4", "text": "dogs bark loudly"}
            """;
    public static final String QUERIES = """
            {"_id": "q0", "text": "unjudged query"}
            {"_id": "q1", "text": "running horses"}
            {"_id": "q2", "text": "zebra"}
            {"_id": "q3", "text": "the"}
            """;
    public static final String QRELS = "query-id\tcorpus-id\tscore\nq2\td1\t1\nq1\td2\t2\nq1\td1\t1\nq3\td3\t1\n";

    /** A folder with the corpus gzipped (as shared/data has it) and a test split. */
    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("qrels"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("corpus.jsonl.gz")))) {
            out.write(CORPUS.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("queries.jsonl"), QUERIES);
        Files.writeString(dir.resolve("qrels/test.tsv"), QRELS);
        return dir;
    }
}
