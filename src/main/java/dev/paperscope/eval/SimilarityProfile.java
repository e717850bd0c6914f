package dev.paperscope.eval;

import dev.paperscope.search.dense.EmbeddingProgress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The data behind a model's similarity floor: cosines of judged relevant query-document pairs, of all
 * other pairs, of each real query's nearest document, and of each nonsense query's nearest document
 * (pseudo-words drawn with a fixed seed, so they mean nothing in any language). A floor just above the
 * nonsense queries' nearest documents keeps nonsense from matching; the share of relevant pairs below it
 * is what the floor can cost. {@code paperscope eval --similarity-profile} prints this per model.
 */
public final class SimilarityProfile {
    /** Quantiles reported for each distribution. */
    public static final double[] QUANTILES = {0, 0.01, 0.05, 0.10, 0.50, 0.90, 0.99, 1};
    private static final String[] ONSETS = {"b", "bl", "br", "d", "dr", "f", "fl", "g", "gr", "k", "kl", "m", "n", "p", "pl", "r",
            "s", "sk", "st", "t", "tr", "v", "z", "zh", "qu", "x"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ae", "ou", "y"};
    private static final String[] CODAS = {"", "", "n", "rt", "x", "m", "sk", "lp", "nd", "q"};

    private SimilarityProfile() {
    }

    /** One model's distributions: each a sorted array of cosines. */
    public record Model(String model, double[] relevant, double[] others, double[] queryBest, double[] nonsenseBest) {
        /** The share of relevant pairs whose cosine lies below {@code floor}. */
        public double relevantBelow(double floor) {
            return (double) Arrays.stream(relevant).filter(c -> c < floor).count() / Math.max(1, relevant.length);
        }

        /** The share of real queries whose nearest document lies below {@code floor} (they would match nothing by meaning). */
        public double queriesEmptyBelow(double floor) {
            return (double) Arrays.stream(queryBest).filter(c -> c < floor).count() / Math.max(1, queryBest.length);
        }
    }

    /** Profiles each of {@code options}' models over the request's queries and corpus, with {@code nonsense} nonsense queries. */
    public static List<Model> profile(Evaluation.Request request, RetrieverOptions options, int nonsense, long seed,
                                      EmbeddingProgress progress) {
        BeirDataset dataset = request.open();
        List<BeirDoc> corpus = request.corpus(dataset);
        List<BeirQuery> gibberish = nonsenseQueries(nonsense, seed);
        List<Model> out = new ArrayList<>();
        for (String name : options.models()) {
            try (ExactCosines model = ExactCosines.build(corpus, name, progress)) {
                out.add(profile(model, dataset, gibberish));
            }
        }
        return out;
    }

    private static Model profile(ExactCosines model, BeirDataset dataset, List<BeirQuery> gibberish) {
        List<BeirQuery> queries = dataset.queries();
        List<float[]> vectors = model.queryVectors(queries);
        List<Double> relevant = new ArrayList<>();
        List<Double> others = new ArrayList<>();
        double[] queryBest = new double[queries.size()];
        for (int q = 0; q < queries.size(); q++) {
            Map<String, Integer> judged = dataset.qrels().of(queries.get(q).id());
            double best = -1;
            for (Map.Entry<String, Float> e : model.scores(vectors.get(q)).entrySet()) {
                (judged.getOrDefault(e.getKey(), 0) > 0 ? relevant : others).add((double) e.getValue());
                best = Math.max(best, e.getValue());
            }
            queryBest[q] = best;
        }
        List<float[]> nonsenseVectors = model.queryVectors(gibberish);
        double[] nonsenseBest = new double[gibberish.size()];
        for (int q = 0; q < gibberish.size(); q++) {
            nonsenseBest[q] = model.scores(nonsenseVectors.get(q)).values().stream().mapToDouble(Float::doubleValue).max().orElse(-1);
        }
        return new Model(model.model(), sorted(relevant), sorted(others), sortedCopy(queryBest), sortedCopy(nonsenseBest));
    }

    /** {@code n} queries of one to four pseudo-words, drawn with {@code seed}. */
    static List<BeirQuery> nonsenseQueries(int n, long seed) {
        Random random = new Random(seed);
        List<BeirQuery> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int words = 1 + random.nextInt(4);
            List<String> text = new ArrayList<>();
            for (int w = 0; w < words; w++) {
                StringBuilder word = new StringBuilder();
                int syllables = 1 + random.nextInt(3);
                for (int s = 0; s < syllables; s++) {
                    word.append(pick(ONSETS, random)).append(pick(VOWELS, random)).append(pick(CODAS, random));
                }
                text.add(word.toString());
            }
            out.add(new BeirQuery("nonsense-" + i, String.join(" ", text)));
        }
        return out;
    }

    /** The profile as a table: one row per distribution, one column per quantile. */
    public static String format(List<Model> models) {
        StringBuilder out = new StringBuilder();
        for (Model m : models) {
            out.append(m.model()).append(String.format(Locale.ROOT, " (%d relevant pairs, %d other pairs, %d queries, %d nonsense queries)%n",
                    m.relevant().length, m.others().length, m.queryBest().length, m.nonsenseBest().length));
            out.append(String.format(Locale.ROOT, "  %-32s", "cosine quantile"));
            for (double q : QUANTILES) {
                out.append(String.format(Locale.ROOT, "%8s", q == 0 ? "min" : q == 1 ? "max" : "p" + Math.round(q * 100)));
            }
            out.append('\n');
            row(out, "relevant pairs", m.relevant());
            row(out, "other pairs", m.others());
            row(out, "query's nearest document", m.queryBest());
            row(out, "nonsense query's nearest", m.nonsenseBest());
            double floor = Math.ceil(quantile(m.nonsenseBest(), 1) * 100) / 100;
            out.append(String.format(Locale.ROOT, "  a floor of %.2f (the nonsense maximum, rounded up): %.1f %% of relevant pairs below it, "
                    + "%.1f %% of queries left without a dense match%n", floor, 100 * m.relevantBelow(floor), 100 * m.queriesEmptyBelow(floor)));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String label, double[] sorted) {
        out.append(String.format(Locale.ROOT, "  %-32s", label));
        for (double q : QUANTILES) {
            out.append(String.format(Locale.ROOT, "%8.4f", quantile(sorted, q)));
        }
        out.append('\n');
    }

    /** The nearest-rank quantile of sorted values; NaN when there are none. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String pick(String[] options, Random random) {
        return options[random.nextInt(options.length)];
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double[] sortedCopy(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
