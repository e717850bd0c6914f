package dev.paperscope.search.answers;

import dev.paperscope.ingest.Sentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Extractive answers: candidate passages for the question, their sentences scored by lexical evidence
 * ({@link SentenceScorer}), the best {@link AnswerParams#denseTop()} of them also by their cosine with the
 * question, re-ranked by MMR so that answers from papers not yet shown come forward, each with its answering
 * span ({@link Highlight}); the library is said to answer the question only when the best sentence scores and
 * covers the question's terms enough. Thread-safe when its sources are.
 */
public final class AnswerEngine {
    /** Answers per question: at most this many. */
    public static final int MAX_LIMIT = 50;
    private final CandidateSource source;
    private final Optional<SentenceVectors> vectors;
    private final AnswerParams params;

    /** Without vectors the dense weight is dropped (the scores stay 0..1) and the threshold is the same. */
    public AnswerEngine(CandidateSource source, Optional<SentenceVectors> vectors, AnswerParams params) {
        this.source = Objects.requireNonNull(source, "source");
        this.vectors = Objects.requireNonNull(vectors, "vectors");
        Objects.requireNonNull(params, "params");
        this.params = vectors.isPresent() ? params : params.withWeights(params.lexical(), 0, params.prior(), params.number(), params.lambda());
    }

    public AnswerParams params() {
        return params;
    }

    /** The best {@code limit} sentences for {@code question} and the answerable decision. */
    public AnswerRanking rank(String question, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must lie in 1.." + MAX_LIMIT + ", was " + limit);
        }
        List<String> terms = QuestionTerms.of(question);
        if (terms.isEmpty()) {
            return new AnswerRanking(question, List.of(), Evidence.NONE, false);
        }
        boolean quantity = QuestionTerms.asksForQuantity(question);
        List<ScoredSentence> scored = SentenceScorer.lexical(terms, source.candidates(question, params.records()));
        List<ScoredSentence> pool = new ArrayList<>();
        for (ScoredSentence s : scored) {
            pool.add(s.withScores(s.bm25(), Double.NaN, SentenceScorer.combine(s, Double.NaN, quantity, params)));
        }
        pool.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        List<ScoredSentence> all = List.copyOf(pool);
        pool = distinct(pool);
        pool = new ArrayList<>(pool.subList(0, Math.min(pool.size(), Math.max(params.denseTop(), limit))));
        if (vectors.isPresent() && params.dense() > 0 && !pool.isEmpty()) {
            float[] q = vectors.get().question(question);
            List<float[]> v = vectors.get().sentences(pool.stream().map(s -> s.span().text()).toList());
            for (int i = 0; i < pool.size(); i++) {
                ScoredSentence s = pool.get(i);
                double cosine = SentenceVectors.cosine(q, v.get(i));
                pool.set(i, s.withScores(s.bm25(), cosine, SentenceScorer.combine(s, cosine, quantity, params)));
            }
            pool.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        }
        List<ScoredSentence> picked = Mmr.select(pool, ScoredSentence::score, AnswerEngine::similarity, params.lambda(), limit);
        if (picked.isEmpty()) {
            return new AnswerRanking(question, List.of(), Evidence.NONE, false);
        }
        Evidence evidence = Evidence.of(terms, QuestionTerms.named(question), quantity, picked.getFirst(), all);
        return new AnswerRanking(question, picked.stream().map(AnswerEngine::answer).toList(), evidence, params.answerable(evidence));
    }

    /** What users see: {@link #rank} with the decision applied. */
    public AnswerSet ask(String question, int limit) {
        long started = System.nanoTime();
        AnswerRanking ranking = rank(question, limit);
        return ranking.toSet((System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The best-placed of the sentences one paper says in the same words (two pages quoting one abstract are two
     * records of one work): one answer, not the same sentence twice. {@code sorted} is best first.
     */
    static List<ScoredSentence> distinct(List<ScoredSentence> sorted) {
        Set<String> seen = new HashSet<>();
        List<ScoredSentence> out = new ArrayList<>();
        for (ScoredSentence s : sorted) {
            if (seen.add(s.candidate().paper() + '\u0000' + s.span().text().strip().toLowerCase(Locale.ROOT))) {
                out.add(s);
            }
        }
        return out;
    }

    /** Two answers are alike when they come from one paper or say the same words. */
    static double similarity(ScoredSentence a, ScoredSentence b) {
        if (a.candidate().paper().equals(b.candidate().paper())) {
            return 1;
        }
        return a.span().text().equalsIgnoreCase(b.span().text()) ? 1 : 0;
    }

    private static Answer answer(ScoredSentence s) {
        Candidate c = s.candidate();
        int[] span = Highlight.span(s.span().text(), s.terms(), s.matched());
        return new Answer(s.span().text(), Math.round(s.score() * 1000) / 1000.0, span[0], span[1], c.recordId(), c.workId(),
                c.title(), c.file(), c.line(), c.page(), context(c.text(), s.span()));
    }

    /** The sentence with the one before and after it in its passage. */
    static String context(String passage, Sentences.Span sentence) {
        List<Sentences.Span> all = Sentences.split(passage);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).start() == sentence.start()) {
                StringBuilder sb = new StringBuilder();
                for (int j = Math.max(0, i - 1); j <= Math.min(all.size() - 1, i + 1); j++) {
                    sb.append(sb.isEmpty() ? "" : " ").append(all.get(j).text());
                }
                return sb.toString();
            }
        }
        return sentence.text();
    }
}
