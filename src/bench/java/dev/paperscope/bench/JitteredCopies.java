package dev.paperscope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Papers for a benchmark that needs more works than the conference files hold: copies of the files' papers
 * that have a title and an abstract, in file order, each with "(jittered copy R.K)" after its title, its own
 * id, and every seventh word of its abstract dropped from an offset that changes from copy to copy (so its
 * vector is near, not equal to, the original's). Deterministic.
 */
final class JitteredCopies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JitteredCopies() {
    }

    /** Writes {@code count} copies (round {@code round}) to {@code out} as JSON Lines; returns how many were written. */
    static int write(List<Path> files, int count, int round, Path out) throws IOException {
        List<JsonNode> papers = new ArrayList<>();
        for (Path file : files) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(file.toString().endsWith(".gz")
                    ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) {
                        JsonNode node = JSON.readTree(line);
                        if (node.path("title").isTextual() && node.path("abstract").isTextual()) {
                            papers.add(node);
                        }
                    }
                }
            }
        }
        if (papers.isEmpty()) {
            throw new IllegalArgumentException("no paper with a title and an abstract to copy in " + files);
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int k = 0; k < count; k++) {
                JsonNode paper = papers.get(k % papers.size());
                int copy = k / papers.size() + 1;
                ObjectNode line = JSON.createObjectNode();
                line.put("id", "jitter-" + round + "-" + copy + "-" + paper.path("id").asText(String.valueOf(k)));
                line.put("title", paper.get("title").asText() + " (jittered copy " + round + "." + copy + ")");
                line.put("abstract", drop(paper.get("abstract").asText(), round + copy));
                if (paper.has("authors")) {
                    line.set("authors", paper.get("authors"));
                }
                w.write(JSON.writeValueAsString(line));
                w.newLine();
            }
        }
        return count;
    }

    /** The text without every seventh word, starting at word {@code offset % 7}. */
    static String drop(String text, int offset) {
        String[] words = text.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i % 7 != offset % 7) {
                out.append(out.isEmpty() ? "" : " ").append(words[i]);
            }
        }
        return out.toString();
    }
}
