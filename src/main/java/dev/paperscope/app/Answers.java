package dev.paperscope.app;

import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.search.answers.Answer;
import dev.paperscope.search.answers.AnswerEngine;
import dev.paperscope.search.answers.AnswerParams;
import dev.paperscope.search.answers.AnswerRanking;
import dev.paperscope.search.answers.AnswerSet;
import dev.paperscope.search.answers.Candidate;
import dev.paperscope.search.answers.CandidateSource;
import dev.paperscope.search.answers.SentenceVectors;
import dev.paperscope.search.dense.Embedder;
import java.util.List;
import java.util.Optional;

/**
 * Answers to questions with citations ({@code ask}): {@link AnswerEngine} over candidate passages of the
 * folder's own hybrid search, with the sentences' lines found in their files. The CLI, the API, the web page
 * and the evaluation all ask through here.
 */
public final class Answers {
    /** Answers shown unless asked for another number. */
    public static final int DEFAULT_LIMIT = 5;
    private final Works works;
    private final CandidateSource source;
    private final Optional<SentenceVectors> vectors;
    private final AnswerEngine engine;

    Answers(Searching searching, Works works, List<? extends Embedder> embedders, AnswerParams params) {
        this(works, new RecordCandidates((q, limit) -> searching.records(q, limit, SearchOptions.DEFAULT, 0).results().hits(),
                        works::record, works::find),
                // The last model of the setup re-scores searches (MiniLM by default): the fastest to embed sentences with.
                embedders.isEmpty() ? Optional.empty() : Optional.of(new CachedSentenceVectors(embedders.getLast())), params);
    }

    private Answers(Works works, CandidateSource source, Optional<SentenceVectors> vectors, AnswerParams params) {
        this.works = works;
        this.source = source;
        this.vectors = vectors;
        this.engine = new AnswerEngine(source, vectors, params);
    }

    /** The same answers with other weights or decision (the evaluation calibrates them); caches are shared. */
    public Answers withParams(AnswerParams params) {
        return new Answers(works, source, vectors, params);
    }

    /** A stored record's passages as {@code ask} reads them (for baselines that index every sentence). */
    public static List<Candidate> passages(ResolvedRecord r) {
        return RecordCandidates.passages(r.record(), r.workId(), r.title(), 0);
    }

    /**
     * The answers to {@code question}, best first, at most {@code limit} (1..{@link AnswerEngine#MAX_LIMIT}), or
     * none with {@code answerable} false when nothing in the library answers it.
     *
     * @throws IllegalArgumentException when the limit is out of range or the question is blank or too long
     */
    public AnswerSet ask(String question, int limit) {
        long started = System.nanoTime();
        AnswerRanking ranking = ranked(question, limit);
        return ranking.toSet((System.nanoTime() - started) / 1_000_000);
    }

    /** The ranked sentences and the decision apart (for the evaluation), each with the line that holds it. */
    public AnswerRanking ranked(String question, int limit) {
        check(question);
        AnswerRanking r = engine.rank(question.strip(), limit);
        List<Answer> located = r.ranked().stream().map(this::located).toList();
        return new AnswerRanking(r.question(), located, r.score(), r.coverage(), r.answerable());
    }

    public AnswerParams params() {
        return engine.params();
    }

    /** Longest question accepted, as the search's query limit. */
    public static final int MAX_QUESTION_CHARS = 1000;

    static void check(String question) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("the question is empty");
        }
        if (question.length() > MAX_QUESTION_CHARS) {
            throw new IllegalArgumentException("the question is " + question.length() + " characters long; the limit is " + MAX_QUESTION_CHARS);
        }
    }

    private Answer located(Answer a) {
        return works.record(a.record()).map(r -> a.withLine(SentenceLines.line(r, a.text()))).orElse(a);
    }
}
