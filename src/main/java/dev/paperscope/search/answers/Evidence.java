package dev.paperscope.search.answers;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the answerable decision reads of a ranking, all about its best sentence. The idf of a question term is taken over
 * the candidate sentences (as {@link SentenceScorer} does), so a term no candidate holds weighs most.
 *
 * @param score    the best sentence's combined score (0..1)
 * @param coverage the idf-weighted share of the question's terms the best sentence holds (titles' words discounted)
 * @param paper    the idf-weighted share of the question's terms its paper holds: the sentence, the paper's other
 *                 candidate passages and its title
 * @param named    the idf-weighted share of the question's named terms ({@link QuestionTerms#named}: models, datasets,
 *                 versions) its paper holds; 1 when the question names nothing
 * @param absent   the idf-weighted share of the question's terms that no candidate passage or title holds at all
 * @param margin   how much the best sentence's score exceeds the best of another paper (its score when there is none)
 * @param typed    false when the question asks for a quantity and the best sentence states no number
 */
public record Evidence(double score, double coverage, double paper, double named, double absent, double margin, boolean typed) {
    /** A ranking with no sentence at all. */
    public static final Evidence NONE = new Evidence(0, 0, 0, 0, 1, 0, false);

    public Evidence {
        for (double v : new double[] {coverage, paper, named, absent}) {
            if (!(v >= 0 && v <= 1 + 1e-9)) {
                throw new IllegalArgumentException("shares must lie in 0..1: " + coverage + ", " + paper + ", " + named + ", " + absent);
            }
        }
    }

    /** Only a score (baselines without a decision of their own). */
    public static Evidence scoreOnly(double score) {
        return new Evidence(score, 0, 0, 0, 0, score, true);
    }

    /**
     * The evidence for {@code top} among {@code scored} (every candidate sentence, with its score) for a question of
     * content terms {@code terms}, of which {@code named} name something; {@code quantity} when it asks for one.
     */
    static Evidence of(List<String> terms, List<String> named, boolean quantity, ScoredSentence top, List<ScoredSentence> scored) {
        Map<String, Integer> df = new HashMap<>();
        Set<String> anywhere = new HashSet<>();
        Set<String> paperTerms = new HashSet<>(Terms.words(top.candidate().title() == null ? "" : top.candidate().title()));
        Set<String> titlesSeen = new HashSet<>();
        double other = 0;
        for (ScoredSentence s : scored) {
            Set<String> words = new HashSet<>();
            s.terms().forEach(t -> words.add(t.text()));
            for (String q : terms) {
                if (words.contains(q)) {
                    df.merge(q, 1, Integer::sum);
                }
            }
            anywhere.addAll(words);
            String title = s.candidate().title();
            if (title != null && titlesSeen.add(title)) {
                anywhere.addAll(Terms.words(title));
            }
            if (s.candidate().paper().equals(top.candidate().paper())) {
                paperTerms.addAll(words);
            } else {
                other = Math.max(other, s.score());
            }
        }
        int n = scored.size();
        return new Evidence(top.score(), Math.min(1, top.coverage()), share(terms, paperTerms::contains, df, n),
                named.isEmpty() ? 1 : share(named, paperTerms::contains, df, n), share(terms, q -> !anywhere.contains(q), df, n),
                top.score() - other, !quantity || SentenceScorer.statesNumber(top.span().text()));
    }

    private static double share(List<String> terms, java.util.function.Predicate<String> held, Map<String, Integer> df, int n) {
        double all = 0;
        double part = 0;
        for (String q : terms) {
            double idf = SentenceScorer.idf(n, df.getOrDefault(q, 0));
            all += idf;
            part += held.test(q) ? idf : 0;
        }
        return all > 0 ? Math.min(1, part / all) : 0;
    }
}
