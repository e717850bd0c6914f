package dev.paperscope.search.dense;

import dev.paperscope.search.Ranked;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Dense candidates of one query with every embedding model's exact score for each, so that combining
 * models never has to guess a score a model's top-k left out. Immutable.
 *
 * <p>One model's ranking is its own scores. Two models (an ensemble) are combined with equal weights,
 * each model's scores min-max scaled over the candidates first: their cosines live on different scales
 * (MiniLM's spread wide, BGE's crowd near the top), so adding raw scores would let the wider one decide.
 * A candidate without a vector for a model scores 0 there.
 *
 * @param candidates the candidate ids, in a fixed order
 * @param perModel   per model (in index field order), the candidates' scores; a candidate is absent when
 *                   the record has no vector of that model
 */
public record ModelScores(List<String> candidates, List<Map<String, Float>> perModel) {
    private static final Comparator<Ranked> BEST_FIRST =
            Comparator.comparingDouble((Ranked r) -> -r.score()).thenComparing(Ranked::id);

    public ModelScores {
        candidates = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(candidates, "candidates")));
        perModel = perModel.stream().map(Map::copyOf).toList();
        if (perModel.isEmpty()) {
            throw new IllegalArgumentException("dense scores need at least one model");
        }
    }

    /** The candidates ranked by the models together, best first, ties by id. */
    public List<Ranked> ranked() {
        return combine(candidates, perModel);
    }

    /**
     * The combination {@link ModelScores} describes, for callers that hold exact scores already (the
     * evaluation harness): one model as it scored, several by the mean of their min-max scaled scores.
     */
    public static List<Ranked> combine(List<String> candidates, List<Map<String, Float>> perModel) {
        List<Ranked> out = new ArrayList<>(candidates.size());
        Set<String> seen = new LinkedHashSet<>();
        if (perModel.size() == 1) {
            for (String id : candidates) {
                Float score = perModel.getFirst().get(id);
                if (score != null && seen.add(id)) {
                    out.add(new Ranked(id, score));
                }
            }
        } else {
            double[] total = new double[candidates.size()];
            for (Map<String, Float> scores : perModel) {
                addScaled(candidates, scores, total, 1.0 / perModel.size());
            }
            for (int i = 0; i < candidates.size(); i++) {
                if (seen.add(candidates.get(i))) {
                    out.add(new Ranked(candidates.get(i), (float) total[i]));
                }
            }
        }
        out.sort(BEST_FIRST);
        return out;
    }

    private static void addScaled(List<String> candidates, Map<String, Float> scores, double[] total, double weight) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (String id : candidates) {
            Float s = scores.get(id);
            if (s != null) {
                min = Math.min(min, s);
                max = Math.max(max, s);
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            Float s = scores.get(candidates.get(i));
            if (s != null) {
                total[i] += weight * (max > min ? (s - min) / (max - min) : 1);
            }
        }
    }
}
