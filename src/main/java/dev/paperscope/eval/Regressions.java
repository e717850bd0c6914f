package dev.paperscope.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Regressions as data, in Anserini's manner: {@code regressions/regressions.json} on the classpath lists
 * expected figures ({@link RegressionEntry}); {@link #run} measures each and compares. Entries that
 * share a dataset, split, retriever and query limit share one evaluation.
 */
public final class Regressions {
    public static final String RESOURCE = "/regressions/regressions.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private Regressions() {
    }

    public enum Status { PASS, FAIL, SKIP }

    /** The result of one entry; {@code measured} is NaN when it was skipped. */
    public record Outcome(RegressionEntry entry, Status status, double measured, String detail) {
        /** One line for the terminal: status, name, measured against expected. */
        public String line() {
            String head = String.format("%-4s  %-38s %-10s", status, entry.name(), entry.metric());
            return status == Status.SKIP ? head + " " + detail
                    : String.format("%s %.4f (expected %.4f ± %.4f)%s", head, measured, entry.expected(), entry.tolerance(),
                            detail.isEmpty() ? "" : " " + detail);
        }
    }

    /** The checked-in entries. */
    public static List<RegressionEntry> load() {
        try (InputStream in = Regressions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DatasetException("missing resource " + RESOURCE);
            }
            return parse(JSON.readTree(in), RESOURCE);
        } catch (IOException e) {
            throw new DatasetException(RESOURCE + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    static List<RegressionEntry> parse(JsonNode root, String source) {
        JsonNode list = root.get("regressions");
        if (list == null || !list.isArray()) {
            throw new DatasetException(source + ": expected {\"regressions\": [...]}");
        }
        List<RegressionEntry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode node : list) {
            RegressionEntry entry = entry(node, source, entries.size() + 1);
            if (!names.add(entry.name())) {
                throw new DatasetException(source + ": duplicate regression name " + entry.name());
            }
            entries.add(entry);
        }
        return List.copyOf(entries);
    }

    private static RegressionEntry entry(JsonNode node, String source, int number) {
        try {
            return JSON.treeToValue(node, RegressionEntry.class);
        } catch (JsonProcessingException e) {
            String why = e.getCause() instanceof IllegalArgumentException invalid ? invalid.getMessage() : e.getOriginalMessage();
            throw new DatasetException(source + ": entry " + number + ": " + why, e);
        }
    }

    /** Runs {@code entries} with their paths resolved against {@code root}, reporting each outcome as it is known. */
    public static List<Outcome> run(List<RegressionEntry> entries, Path root, Consumer<Outcome> listener) {
        return run(entries, root, UnaryOperator.identity(), listener);
    }

    /** As above, each entry's retriever settings passed through {@code settings} (e.g. to cache vectors elsewhere). */
    public static List<Outcome> run(List<RegressionEntry> entries, Path root, UnaryOperator<RetrieverOptions> settings,
                                    Consumer<Outcome> listener) {
        Map<List<Object>, EvalReport> evaluations = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (RegressionEntry entry : entries) {
            Outcome outcome = runOne(entry, root, settings, evaluations);
            listener.accept(outcome);
            outcomes.add(outcome);
        }
        return outcomes;
    }

    private static Outcome runOne(RegressionEntry entry, Path root, UnaryOperator<RetrieverOptions> settings,
                                  Map<List<Object>, EvalReport> evaluations) {
        Path dataset = root.resolve(entry.path()).normalize();
        if (!Files.isDirectory(dataset)) {
            return new Outcome(entry, Status.SKIP, Double.NaN, "dataset folder absent: " + dataset);
        }
        List<Object> key = Arrays.asList(dataset, entry.split(), entry.retriever(), entry.queryLimit(), entry.corpusSample(),
                entry.models());
        EvalReport report = evaluations.computeIfAbsent(key, k -> Evaluation.retrieve(
                new Evaluation.Request(dataset, entry.split(), entry.queryLimit(), entry.corpusSample()), entry.retriever(),
                settings.apply(entry.options()), Evaluation.DEFAULT_HITS));
        double measured = report.value(entry.measure());
        boolean pass = Math.abs(measured - entry.expected()) <= entry.tolerance() + 1e-12;
        String queries = "[" + report.scores().queries() + " queries" + (entry.corpusSample() == null ? "" : ", " + report.corpusSize() + " docs") + "]";
        return new Outcome(entry, pass ? Status.PASS : Status.FAIL, measured, queries);
    }
}
