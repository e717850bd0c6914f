package dev.paperscope.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The recommendation evaluation's labels: a JSON Lines conference list whose papers carry their authors'
 * keywords ({@code id}, {@code title}, {@code abstract}, {@code keywords}; the ICLR 2020 Mini-Conf data).
 * For each keyword with at least {@code minPapers} papers, a list of {@code listSize} of them: the first in
 * file order, or a seeded random choice.
 */
public final class KeywordLists {
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeywordLists() {
    }

    /** How a task picks the papers of its list among those of its keyword. */
    public enum Choice {
        /** The first papers of the keyword, in file order. */
        FIRST,
        /** A random choice, seeded per keyword. */
        SEEDED
    }

    /** The papers of the file, in file order; each needs an id and a title or an abstract. */
    public static List<KeywordPaper> read(Path file) {
        List<KeywordPaper> papers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    throw DatasetException.at(file, number, "not a JSON object: " + e.getMessage());
                }
                String id = node.path("id").asText("");
                if (id.isEmpty() || !ids.add(id)) {
                    throw DatasetException.at(file, number, id.isEmpty() ? "a paper needs an \"id\"" : "the id " + id + " is given twice");
                }
                String title = node.path("title").asText("");
                String text = node.path("abstract").asText("");
                if (title.isBlank() && text.isBlank()) {
                    throw DatasetException.at(file, number, "paper " + id + " has neither title nor abstract");
                }
                Set<String> keywords = new LinkedHashSet<>();
                node.path("keywords").forEach(k -> {
                    String keyword = k.asText("").strip().toLowerCase(Locale.ROOT);
                    if (!keyword.isEmpty()) {
                        keywords.add(keyword);
                    }
                });
                papers.add(new KeywordPaper(new BeirDoc(id, title, text), keywords));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return papers;
    }

    /**
     * One task per keyword with at least {@code minPapers} papers, most papers first (ties by keyword),
     * keeping {@code listSize} of them chosen by {@code choice} ({@code seed} seeds the random choice).
     */
    public static List<KeywordTask> tasks(List<KeywordPaper> papers, int minPapers, int listSize, Choice choice, long seed) {
        if (listSize < 1 || minPapers <= listSize) {
            throw new IllegalArgumentException("a keyword needs more papers (" + minPapers + ") than a list keeps (" + listSize + ")");
        }
        Map<String, List<String>> byKeyword = new TreeMap<>();
        papers.forEach(p -> p.keywords().forEach(k -> byKeyword.computeIfAbsent(k, x -> new ArrayList<>()).add(p.id())));
        List<KeywordTask> tasks = new ArrayList<>();
        byKeyword.forEach((keyword, ids) -> {
            if (ids.size() >= minPapers) {
                List<String> chosen = new ArrayList<>(ids);
                if (choice == Choice.SEEDED) {
                    java.util.Collections.shuffle(chosen, new Random(seed ^ keyword.hashCode()));
                }
                tasks.add(new KeywordTask(keyword, ids.size(), chosen.subList(0, listSize)));
            }
        });
        tasks.sort(Comparator.comparingInt(KeywordTask::papers).reversed().thenComparing(KeywordTask::keyword));
        return tasks;
    }
}
