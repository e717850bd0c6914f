package dev.paperscope.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperscope.search.dense.EmbeddingProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Regressions as data, in Anserini's manner: {@code regressions/regressions.json} on the classpath lists
 * evaluations, one per (dataset, retriever, models, slice), each with its expected metrics
 * ({@link RegressionEntry}); {@link #run} evaluates each once and compares every metric.
 */
public final class Regressions {
    public static final String RESOURCE = "/regressions/regressions.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private Regressions() {
    }

    public enum Status { PASS, FAIL, SKIP }

    /** The result of one metric of one entry; {@code measured} is NaN when it was skipped. */
    public record Outcome(RegressionEntry entry, String metric, Status status, double measured, String detail) {
        public RegressionEntry.Expected expected() {
            return entry.metrics().get(metric);
        }

        /** One line for the terminal: status, name, metric, measured against expected. */
        public String line() {
            String head = String.format(Locale.ROOT, "%-4s  %-38s %-10s", status, entry.name(), metric);
            return status == Status.SKIP ? head + " " + detail
                    : String.format(Locale.ROOT, "%s %.4f (expected %.4f ± %.4f)%s", head, measured, expected().value(), expected().tolerance(),
                            detail.isEmpty() ? "" : " " + detail);
        }
    }

    /** The checked-in entries. */
    public static List<RegressionEntry> load() {
        return parse(CheckedInJson.resource(Regressions.class, RESOURCE), RESOURCE);
    }

    static List<RegressionEntry> parse(JsonNode root, String source) {
        return CheckedInJson.entries(root, "regressions", source, JSON, RegressionEntry.class, "entry", RegressionEntry::name, "regression name");
    }

    /**
     * Runs {@code entries} with their paths resolved against {@code dataRoot}, the product's retrievers
     * opened by {@code product}, reporting each metric's outcome as it is known. An entry whose dataset
     * folder is absent is skipped.
     */
    public static List<Outcome> run(List<RegressionEntry> entries, Path dataRoot, RetrieverFactory product, Consumer<Outcome> listener) {
        List<Outcome> outcomes = new ArrayList<>();
        for (RegressionEntry entry : entries) {
            for (Outcome outcome : runOne(entry, dataRoot, product)) {
                listener.accept(outcome);
                outcomes.add(outcome);
            }
        }
        return outcomes;
    }

    private static List<Outcome> runOne(RegressionEntry entry, Path dataRoot, RetrieverFactory product) {
        Path dataset = dataRoot.resolve(entry.path()).normalize();
        List<Outcome> out = new ArrayList<>();
        if (!Files.isDirectory(dataset)) {
            entry.metrics().keySet().forEach(m -> out.add(new Outcome(entry, m, Status.SKIP, Double.NaN, "dataset folder absent: " + dataset)));
            return out;
        }
        EvalReport report = Evaluation.retrieve(new Evaluation.Request(dataset, entry.split(), entry.queryLimit(), entry.corpusSample()),
                entry.retriever(), entry.options(), Evaluation.DEFAULT_HITS, EmbeddingProgress.NONE, product);
        String queries = "[" + report.scores().queries() + " queries" + (entry.corpusSample() == null ? "" : ", " + report.corpusSize() + " docs") + "]";
        for (Map.Entry<String, RegressionEntry.Expected> m : entry.metrics().entrySet()) {
            double measured = report.value(Metric.byKey(m.getKey()));
            out.add(new Outcome(entry, m.getKey(), m.getValue().admits(measured) ? Status.PASS : Status.FAIL, measured, queries));
        }
        return out;
    }
}
