package dev.paperscope.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures {@code eval-ask} is expected to give on the built-in question set ({@code regressions/ask-expected.json}):
 * one entry per (half, retrieval), each metric's value ± tolerance as {@link RegressionEntry.Expected}, and the issue's
 * targets. {@link #check} compares a {@link AskEvaluation.Report} with them.
 *
 * @param entries expected figures by half ("dev", "test") and retrieval ({@link #RETRIEVALS}: "hybrid" with the folder's
 *                models, "bm25" without, "bm25+cosines" without but with {@code --sentence-model})
 * @param targets the least each metric must reach on the test half
 */
public record AskExpected(List<Entry> entries, Map<String, Double> targets) {
    public static final String RESOURCE = "/regressions/ask-expected.json";
    /** The metrics of a report that entries may name. */
    public static final List<String> METRICS = List.of("first", "top3", "kept", "flagged");
    /** How a folder retrieves and scores ({@code Answers.retrieval()}). */
    public static final List<String> RETRIEVALS = List.of("hybrid", "bm25", "bm25+cosines");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** One half's expected figures with one retrieval. */
    public record Entry(String split, String retrieval, Map<String, RegressionEntry.Expected> metrics) {
        public Entry {
            if (!List.of("dev", "test").contains(split)) {
                throw new IllegalArgumentException("split must be dev or test, not " + split);
            }
            if (!RETRIEVALS.contains(retrieval)) {
                throw new IllegalArgumentException("retrieval must be one of " + RETRIEVALS + ", not " + retrieval);
            }
            if (metrics == null || metrics.isEmpty() || !METRICS.containsAll(metrics.keySet())) {
                throw new IllegalArgumentException("metrics must name some of " + METRICS + ", not " + metrics);
            }
            metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        }
    }

    public AskExpected {
        entries = List.copyOf(entries);
        targets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targets));
        if (!METRICS.containsAll(targets.keySet())) {
            throw new IllegalArgumentException("targets must name some of " + METRICS + ", not " + targets.keySet());
        }
    }

    /** The checked-in figures. */
    public static AskExpected load() {
        try (InputStream in = AskExpected.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DatasetException("missing resource " + RESOURCE);
            }
            return parse(JSON.readTree(in), RESOURCE);
        } catch (IOException e) {
            throw new DatasetException(RESOURCE + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    static AskExpected parse(JsonNode root, String source) {
        try {
            return JSON.treeToValue(root, Parsed.class).toExpected();
        } catch (JsonProcessingException e) {
            String why = e.getCause() instanceof IllegalArgumentException invalid ? invalid.getMessage() : e.getOriginalMessage();
            throw new DatasetException(source + ": " + why, e);
        }
    }

    /** The file's shape: what it says of itself, its entries and targets. */
    private record Parsed(@JsonProperty("about") String about, @JsonProperty("entries") List<Entry> entries,
                          @JsonProperty("targets") Map<String, Double> targets) {
        AskExpected toExpected() {
            return new AskExpected(entries == null ? List.of() : entries, targets == null ? Map.of() : targets);
        }
    }

    /**
     * One line per expected metric of {@code report}'s half with {@code retrieval} ({@code PASS}, {@code FAIL} or,
     * when no entry applies, one {@code SKIP} line), then on the test half one per target ({@code PASS}/{@code FAIL}).
     */
    public List<String> check(String retrieval, AskEvaluation.Report report) {
        List<String> out = new ArrayList<>();
        Map<String, Double> measured = Map.of("first", report.first(), "top3", report.top3(), "kept", report.kept(), "flagged", report.flagged());
        List<Entry> applying = entries.stream().filter(e -> e.split().equals(report.split()) && e.retrieval().equals(retrieval)).toList();
        if (applying.isEmpty()) {
            out.add("SKIP  no expected figures for the " + report.split() + " half with " + retrieval + " retrieval");
        }
        for (Entry e : applying) {
            e.metrics().forEach((metric, expected) -> out.add(String.format(Locale.ROOT, "%s  %s %s %-8s %.3f (expected %.3f ± %.3f)",
                    expected.admits(measured.get(metric)) ? "PASS" : "FAIL", e.split(), e.retrieval(), metric, measured.get(metric),
                    expected.value(), expected.tolerance())));
        }
        if (report.split().equals("test")) {
            targets.forEach((metric, least) -> out.add(String.format(Locale.ROOT, "%s  target %-8s %.3f (at least %.3f)",
                    measured.get(metric) >= least ? "PASS" : "FAIL", metric, measured.get(metric), least)));
        }
        return out;
    }
}
