package dev.paperscope.search.answers;

import dev.paperscope.ingest.Sentences;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lexical evidence of sentences for a question, with idf taken over the candidate sentences themselves:
 * a word every candidate shares (the topic that retrieved them) weighs little, a word few hold (the
 * detail asked about) weighs much, and a question word no candidate holds weighs most, so that a
 * question about something the candidates never mention keeps a low coverage. A question word in the title of a
 * sentence's paper weighs {@link #TITLE_WEIGHT} of its idf for that sentence: it names the paper (retrieval has
 * used it already), and the sentence that only restates the paper's name is rarely the one that answers.
 */
final class SentenceScorer {
    static final double K1 = 1.2;
    static final double B = 0.75;
    static final double TITLE_WEIGHT = 0.3;
    private static final Pattern NUMBER_WORDS = Pattern.compile(
            "(?i)\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|trillions?)\\b");

    private SentenceScorer() {
    }

    /** BM25's idf of a term held by {@code df} of {@code n} sentences. */
    static double idf(int n, int df) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /** Scores each sentence's coverage and BM25 (scaled by the best) against {@code question}; dense and score stay 0. */
    static List<ScoredSentence> lexical(List<String> question, List<Candidate> candidates) {
        List<ScoredSentence> sentences = new ArrayList<>();
        for (Candidate c : candidates) {
            for (Sentences.Span span : Sentences.split(c.text())) {
                sentences.add(new ScoredSentence(c, span, Terms.of(span.text()), Set.of(), 0, 0, Double.NaN, 0));
            }
        }
        int n = sentences.size();
        if (n == 0 || question.isEmpty()) {
            return sentences;
        }
        Set<String> asked = new HashSet<>(question);
        Map<String, Integer> df = new HashMap<>();
        double totalLength = 0;
        for (ScoredSentence s : sentences) {
            totalLength += s.terms().size();
            Set<String> seen = new HashSet<>();
            for (Terms.Term t : s.terms()) {
                if (asked.contains(t.text()) && seen.add(t.text())) {
                    df.merge(t.text(), 1, Integer::sum);
                }
            }
        }
        double avgLength = Math.max(1, totalLength / n);
        Map<String, Set<String>> titleTerms = new HashMap<>();
        List<ScoredSentence> scored = new ArrayList<>(n);
        double best = 0;
        List<Double> raw = new ArrayList<>(n);
        for (ScoredSentence s : sentences) {
            String title = s.candidate().title() == null ? "" : s.candidate().title();
            Set<String> inTitle = titleTerms.computeIfAbsent(title, t -> new HashSet<>(Terms.words(t)));
            double askedWeight = 0;
            for (String q : question) {
                askedWeight += idf(n, df.getOrDefault(q, 0)) * (inTitle.contains(q) ? TITLE_WEIGHT : 1);
            }
            Map<String, Integer> tf = new HashMap<>();
            for (Terms.Term t : s.terms()) {
                if (asked.contains(t.text())) {
                    tf.merge(t.text(), 1, Integer::sum);
                }
            }
            double bm25 = 0;
            double covered = 0;
            for (Map.Entry<String, Integer> e : tf.entrySet()) {
                double idf = idf(n, df.get(e.getKey())) * (inTitle.contains(e.getKey()) ? TITLE_WEIGHT : 1);
                double f = e.getValue();
                bm25 += idf * f * (K1 + 1) / (f + K1 * (1 - B + B * s.terms().size() / avgLength));
                covered += idf;
            }
            raw.add(bm25);
            best = Math.max(best, bm25);
            scored.add(new ScoredSentence(s.candidate(), s.span(), s.terms(), Set.copyOf(tf.keySet()),
                    askedWeight > 0 ? covered / askedWeight : 0, 0, Double.NaN, 0));
        }
        for (int i = 0; i < n; i++) {
            scored.set(i, scored.get(i).withScores(best > 0 ? raw.get(i) / best : 0, Double.NaN, 0));
        }
        return scored;
    }

    /**
     * The combined score of a sentence (0..1), as {@link AnswerParams} defines it; a NaN cosine counts as 0. When
     * {@code quantity} (the question asks for one), a sentence stating a number earns the number weight.
     */
    static double combine(ScoredSentence s, double cosine, boolean quantity, AnswerParams p) {
        double dense = Double.isNaN(cosine) ? 0 : Math.max(0, cosine);
        double lexical = (s.coverage() + s.bm25()) / 2;
        double prior = 1.0 / (1 + s.candidate().rank());
        double sum = p.lexical() * lexical + p.dense() * dense + p.prior() * prior;
        double weights = p.lexical() + p.dense() + p.prior();
        if (quantity) {
            sum += p.number() * (statesNumber(s.span().text()) ? 1 : 0);
            weights += p.number();
        }
        return sum / weights;
    }

    /** Whether a sentence states a number: a digit, or a number word (two to twelve, hundred, thousand, million, billion). */
    static boolean statesNumber(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (Character.isDigit(sentence.charAt(i))) {
                return true;
            }
        }
        return NUMBER_WORDS.matcher(sentence).find();
    }
}
