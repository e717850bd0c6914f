package dev.paperscope.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A BEIR dataset folder: {@code corpus.jsonl} or {@code corpus.jsonl.gz} ({@code _id}, {@code title},
 * {@code text}), {@code queries.jsonl} ({@code _id}, {@code text}) and {@code qrels/<split>.tsv}
 * (header {@code query-id corpus-id score}, tab-separated).
 *
 * <p>Opening reads the qrels and the queries; only queries judged in the split are kept, in qrels order,
 * as BEIR's own loader does. The corpus is read on demand ({@link #readCorpus()}) because scoring an
 * existing run does not need it.
 *
 * @param queries the queries judged in the split, in qrels order
 */
public record BeirDataset(Path dir, String split, Qrels qrels, List<BeirQuery> queries) {
    private static final Pattern SPLIT = Pattern.compile("[A-Za-z0-9_.-]+");

    public BeirDataset {
        queries = List.copyOf(queries);
    }

    /** Reads the qrels of {@code split} and the queries they judge; fails with {@code file:line} on malformed input. */
    public static BeirDataset open(Path dir, String split) {
        if (!Files.isDirectory(dir)) {
            throw new DatasetException("not a BEIR dataset folder: " + dir);
        }
        if (!SPLIT.matcher(split).matches() || split.startsWith(".")) {
            throw new IllegalArgumentException("bad split name: " + split);
        }
        Path qrelsFile = dir.resolve("qrels").resolve(split + ".tsv");
        if (!Files.isRegularFile(qrelsFile)) {
            throw new DatasetException("no qrels for split \"" + split + "\": " + qrelsFile + " is missing" + availableSplits(dir));
        }
        Qrels qrels = readQrels(qrelsFile);
        List<BeirQuery> queries = readQueries(existing(dir.resolve("queries.jsonl")), qrels);
        return new BeirDataset(dir, split, qrels, queries);
    }

    /** The same dataset restricted to its first {@code n} judged queries (the corpus stays whole). */
    public BeirDataset firstQueries(int n) {
        Qrels kept = qrels.first(n);
        return new BeirDataset(dir, split, kept, queries.subList(0, kept.size()));
    }

    /**
     * A smaller corpus that keeps every document judged for this dataset's queries and fills up to
     * {@code size} with the other documents in file order (no randomness: the same sample every time).
     * The queries keep all their relevant documents, against fewer distractors: figures on a sample are
     * comparable with each other, not with the whole corpus's.
     */
    public List<BeirDoc> sample(List<BeirDoc> corpus, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("corpus sample must be >= 1, was " + size);
        }
        Set<String> judged = new HashSet<>();
        qrels.queryIds().forEach(q -> judged.addAll(qrels.of(q).keySet()));
        long judgedPresent = corpus.stream().filter(d -> judged.contains(d.id())).count();
        long others = Math.max(0, size - judgedPresent);
        List<BeirDoc> kept = new ArrayList<>();
        for (BeirDoc d : corpus) {
            if (judged.contains(d.id())) {
                kept.add(d);
            } else if (others > 0) {
                kept.add(d);
                others--;
            }
        }
        return List.copyOf(kept);
    }

    /** The corpus file: {@code corpus.jsonl} if present, else {@code corpus.jsonl.gz}. */
    public Path corpusFile() {
        Path plain = dir.resolve("corpus.jsonl");
        return Files.isRegularFile(plain) ? plain : existing(dir.resolve("corpus.jsonl.gz"));
    }

    /** Reads the whole corpus in file order; duplicate ids and missing fields are errors. */
    public List<BeirDoc> readCorpus() {
        Path file = corpusFile();
        List<BeirDoc> docs = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        TextLines.forEachLine(file, (line, text) -> {
            JsonNode node = TextLines.object(file, line, text);
            String id = TextLines.required(file, line, node, "_id");
            String title = TextLines.text(file, line, node, "title");
            String body = TextLines.text(file, line, node, "text");
            if (body == null) {
                throw DatasetException.at(file, line, "missing field \"text\"");
            }
            Long earlier = seen.putIfAbsent(id, line);
            if (earlier != null) {
                throw DatasetException.at(file, line, "duplicate document id " + id + " (first on line " + earlier + ")");
            }
            docs.add(new BeirDoc(id, title == null ? "" : title, body));
        });
        return docs;
    }

    static Qrels readQrels(Path file) {
        Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
        boolean[] header = {false};
        TextLines.forEachLine(file, (line, text) -> {
            String[] cols = text.strip().split("\t", -1);
            if (!header[0]) {
                if (cols.length != 3 || !cols[0].strip().equals("query-id") || !cols[1].strip().equals("corpus-id")
                        || !cols[2].strip().equals("score")) {
                    throw DatasetException.at(file, line, "expected the header \"query-id<TAB>corpus-id<TAB>score\"");
                }
                header[0] = true;
                return;
            }
            if (cols.length != 3 || cols[0].isBlank() || cols[1].isBlank()) {
                throw DatasetException.at(file, line, "expected 3 tab-separated columns: query-id, corpus-id, score");
            }
            int score = grade(file, line, cols[2].strip());
            Integer earlier = judgments.computeIfAbsent(cols[0].strip(), q -> new LinkedHashMap<>()).put(cols[1].strip(), score);
            if (earlier != null) {
                throw DatasetException.at(file, line, "query " + cols[0].strip() + " judges document " + cols[1].strip() + " twice");
            }
        });
        if (judgments.isEmpty()) {
            throw new DatasetException(file + ": no judgments");
        }
        return new Qrels(judgments);
    }

    private static int grade(Path file, long line, String score) {
        try {
            return Integer.parseInt(score);
        } catch (NumberFormatException e) {
            throw DatasetException.at(file, line, "score must be an integer, was \"" + score + "\"");
        }
    }

    private static List<BeirQuery> readQueries(Path file, Qrels qrels) {
        Map<String, BeirQuery> byId = new HashMap<>();
        TextLines.forEachLine(file, (line, text) -> {
            JsonNode node = TextLines.object(file, line, text);
            String id = TextLines.required(file, line, node, "_id");
            String query = TextLines.text(file, line, node, "text");
            if (query == null) {
                throw DatasetException.at(file, line, "missing field \"text\"");
            }
            if (byId.putIfAbsent(id, new BeirQuery(id, query)) != null) {
                throw DatasetException.at(file, line, "duplicate query id " + id);
            }
        });
        List<BeirQuery> judged = new ArrayList<>();
        for (String id : qrels.queryIds()) {
            BeirQuery query = byId.get(id);
            if (query == null) {
                throw new DatasetException(file + ": query " + id + " is judged in the qrels but missing here");
            }
            judged.add(query);
        }
        return judged;
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DatasetException("missing " + file);
        }
        return file;
    }

    private static String availableSplits(Path dir) {
        try (Stream<Path> files = Files.list(dir.resolve("qrels"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
            return names.isEmpty() ? "" : " (splits here: " + String.join(", ", names) + ")";
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }
}
