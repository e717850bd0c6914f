package dev.paperscope.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Precision@10 of recommendations judged by authors' keywords (issue 16): for every keyword with at least
 * {@link #MIN_PAPERS} papers, {@link #LIST_SIZE} of them make a list, {@link #K} papers are recommended
 * from the rest of the conference, and those that carry the keyword count. Averaged over keywords, for
 * lists of the first papers in file order and of a seeded random choice, and over the
 * {@link #FREQUENT} most frequent keywords (first papers). Baselines in the same harness: a random list
 * of the rest (seeded), and the product's related works of the list's first paper. Keywords are also split
 * in two halves, development (the 1st, 3rd, 5th... most frequent) and test (the 2nd, 4th...), so that a
 * method's settings can be chosen on one half and reported on the other.
 */
public final class RecommendEvaluation {
    public static final int MIN_PAPERS = 15;
    public static final int LIST_SIZE = 10;
    public static final int K = 10;
    public static final int FREQUENT = 6;
    public static final long SEED = 42;
    public static final String RANDOM = "random";
    public static final String RELATED = "related";

    private RecommendEvaluation() {
    }

    /**
     * One method's precision@10: over all keywords' first papers, their seeded random papers, and the most
     * frequent keywords; then over the development and the test keywords, first and seeded papers.
     */
    public record Row(String method, double allFirst, double allSeeded, double frequentFirst, double devFirst, double testFirst,
                      double devSeeded, double testSeeded) {
    }

    /** The rows, one per method (baselines first), and how many keywords and papers they were measured on. */
    public record Report(int papers, int keywords, List<Row> rows) {
        public Report {
            rows = List.copyOf(rows);
        }
    }

    /** Evaluates {@code methods} (the product's names), {@link #RANDOM} and {@link #RELATED} over {@code library}, built from {@code papers}. */
    public static Report run(List<KeywordPaper> papers, RecommendingLibrary library, List<String> methods, Consumer<String> progress) {
        List<KeywordTask> first = KeywordLists.tasks(papers, MIN_PAPERS, LIST_SIZE, KeywordLists.Choice.FIRST, SEED);
        List<KeywordTask> seeded = KeywordLists.tasks(papers, MIN_PAPERS, LIST_SIZE, KeywordLists.Choice.SEEDED, SEED);
        if (first.isEmpty()) {
            throw new DatasetException("no keyword has " + MIN_PAPERS + " papers: nothing to evaluate");
        }
        Map<String, Set<String>> keywordsOf = new HashMap<>();
        papers.forEach(p -> keywordsOf.put(p.id(), p.keywords()));
        List<String> ids = papers.stream().map(KeywordPaper::id).toList();
        Map<String, Recommend> all = new LinkedHashMap<>();
        all.put(RANDOM, (task, k) -> random(ids, task, k));
        all.put(RELATED, (task, k) -> library.related(task.kept().getFirst(), k));
        methods.forEach(m -> all.put(m, (task, k) -> library.recommend(m, task.kept(), k)));
        List<Row> rows = new ArrayList<>();
        all.forEach((name, recommend) -> {
            progress.accept(name);
            double[] firstScores = first.stream().mapToDouble(t -> precision(t, recommend.top(t, K), keywordsOf)).toArray();
            double[] seededScores = seeded.stream().mapToDouble(t -> precision(t, recommend.top(t, K), keywordsOf)).toArray();
            double frequent = IntStream.range(0, Math.min(FREQUENT, firstScores.length)).mapToDouble(i -> firstScores[i])
                    .average().orElse(0);
            rows.add(new Row(name, Arrays.stream(firstScores).average().orElse(0), Arrays.stream(seededScores).average().orElse(0), frequent,
                    half(firstScores, 0), half(firstScores, 1), half(seededScores, 0), half(seededScores, 1)));
        });
        return new Report(papers.size(), first.size(), rows);
    }

    /** The mean over the development ({@code parity} 0: even positions) or test (1: odd positions) keywords. */
    static double half(double[] scores, int parity) {
        return IntStream.range(0, scores.length).filter(i -> i % 2 == parity).mapToDouble(i -> scores[i]).average().orElse(0);
    }

    /** The share of the first {@link #K} recommendations that carry the task's keyword; a kept paper recommended counts as wrong. */
    static double precision(KeywordTask task, List<String> recommended, Map<String, Set<String>> keywordsOf) {
        Set<String> kept = new HashSet<>(task.kept());
        long hits = recommended.stream().limit(K)
                .filter(id -> !kept.contains(id) && keywordsOf.getOrDefault(id, Set.of()).contains(task.keyword())).count();
        return hits / (double) K;
    }

    /** {@code k} papers of the rest, at random, seeded by the task's keyword. */
    static List<String> random(List<String> ids, KeywordTask task, int k) {
        Set<String> kept = new HashSet<>(task.kept());
        List<String> rest = new ArrayList<>(ids.stream().filter(id -> !kept.contains(id)).toList());
        Collections.shuffle(rest, new Random(SEED ^ task.keyword().hashCode() ^ task.kept().hashCode()));
        return rest.subList(0, Math.min(k, rest.size()));
    }

    @FunctionalInterface
    private interface Recommend {
        List<String> top(KeywordTask task, int k);
    }
}
