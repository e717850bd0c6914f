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
    private final RecordCandidates records;
    private final LibraryPassages passages;
    private final Optional<SentenceVectors> vectors;
    private final String retrieval;
    private final AnswerEngine engine;

    Answers(Searching searching, LibraryPassages passages, Works works, List<? extends Embedder> embedders, AnswerParams params) {
        this(works, new RecordCandidates((q, limit) -> searching.records(q, limit, SearchOptions.DEFAULT, 0).results().hits(),
                        works::record, works::find), passages,
                // The last model of the setup re-scores searches (MiniLM by default): the fastest to embed sentences with.
                embedders.isEmpty() ? Optional.empty() : Optional.of(new CachedSentenceVectors(embedders.getLast())),
                embedders.isEmpty() ? "bm25" : "hybrid", params);
    }

    private Answers(Works works, RecordCandidates records, LibraryPassages passages, Optional<SentenceVectors> vectors, String retrieval,
                    AnswerParams params) {
        this.works = works;
        this.records = records;
        this.passages = passages;
        this.vectors = vectors;
        this.retrieval = retrieval;
        this.engine = new AnswerEngine(source(params), vectors, params);
    }

    /**
     * Records and, when the folder has a passage index and {@code params} asks for passages, passages: each
     * retrieval asked for as many as {@code params} says (the engine passes its record count; passages take theirs).
     */
    private CandidateSource source(AnswerParams params) {
        if (params.passages() == 0) {
            return records;
        }
        PassageCandidates both = new PassageCandidates(records, (q, n) -> passages.search(q, n).hits(), works::find);
        // Read per question: a folder opened before its first ingest gets its passage index later.
        return (question, limit) -> passages.ready() ? both.candidates(question, limit, params.passages()) : records.candidates(question, limit);
    }

    /**
     * The same answers with sentence cosines from {@code model}: the evaluation of a folder opened without models
     * (retrieval stays BM25) measures the dense sentence evidence apart from dense retrieval with it.
     */
    public Answers withSentenceModel(Embedder model) {
        return new Answers(works, records, passages, Optional.of(new CachedSentenceVectors(model)), "bm25+cosines", engine.params());
    }

    /** The same answers with other weights or decision (the evaluation calibrates them); caches are shared. */
    public Answers withParams(AnswerParams params) {
        return new Answers(works, records, passages, vectors, retrieval, params);
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
        return new AnswerRanking(r.question(), located, r.evidence(), r.answerable());
    }

    public AnswerParams params() {
        return engine.params();
    }

    /**
     * "hybrid" when the folder is opened with embedding models (dense retrieval and sentence cosines), "bm25" without,
     * "bm25+cosines" with a {@link #withSentenceModel sentence model} only.
     */
    public String retrieval() {
        return retrieval;
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
