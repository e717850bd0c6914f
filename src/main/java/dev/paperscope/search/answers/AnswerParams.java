package dev.paperscope.search.answers;

/**
 * The weights of {@code ask}'s sentence score and its answerable decision, calibrated on the dev half of the
 * question set (docs/BENCHMARKS.md). A sentence scores {@code lexical * (coverage + bm25) / 2 + dense * cosine
 * + prior / (1 + rank)} (plus {@code number} when the question asks for a quantity and the sentence states a number),
 * divided by the sum of the weights that apply. The dense weight is 0: calibrated on dev with MiniLM sentence cosines
 * (0, 0.25, 0.5, 1), no weight above 0 raised top 3 (docs/BENCHMARKS.md); 40 passages besides 20 records raised it.
 *
 * @param records   records retrieved per question (each read as its passages)
 * @param passages  passages retrieved per question besides (BM25 and dense over the passage index); 0 for records only
 * @param denseTop  sentences (best by the other evidence) whose cosine with the question is computed
 * @param lexical   weight of the lexical evidence
 * @param dense     weight of the cosine with the question
 * @param prior     weight of the passage's retrieval rank
 * @param number    weight of a number in the sentence when the question asks for a quantity ("how many", "by how much")
 * @param lambda    MMR's trade-off: 1 ranks by score alone; lower favours answers from papers not yet shown
 * @param threshold the best answer's score below which the library is said not to answer the question
 * @param minCoverage the best answer's idf-weighted share of question terms below which it is not an answer
 * @param minNamed  the idf-weighted share of the question's named terms (models, datasets, versions: {@link Evidence#named})
 *                  the best answer's paper must hold; 0 reads no names
 */
public record AnswerParams(int records, int passages, int denseTop, double lexical, double dense, double prior, double number, double lambda,
                           double threshold, double minCoverage, double minNamed) {
    public static final AnswerParams DEFAULT = new AnswerParams(20, 40, 24, 1.0, 0.0, 1.0, 0.3, 0.95, 0.45, 0.35, 0.8);

    public AnswerParams {
        if (records < 1 || records > 200) {
            throw new IllegalArgumentException("records must lie in 1..200, was " + records);
        }
        if (passages < 0 || passages > 200) {
            throw new IllegalArgumentException("passages must lie in 0..200, was " + passages);
        }
        if (denseTop < 0 || denseTop > 500) {
            throw new IllegalArgumentException("denseTop must lie in 0..500, was " + denseTop);
        }
        if (lexical < 0 || dense < 0 || prior < 0 || number < 0 || lexical + dense + prior <= 0) {
            throw new IllegalArgumentException("weights must be >= 0 and not all 0");
        }
        if (lambda <= 0 || lambda > 1) {
            throw new IllegalArgumentException("lambda must lie in (0, 1], was " + lambda);
        }
        if (!(minCoverage >= 0 && minCoverage <= 1) || !(minNamed >= 0 && minNamed <= 1)) {
            throw new IllegalArgumentException("minCoverage and minNamed must lie in 0..1, were " + minCoverage + ", " + minNamed);
        }
    }

    /** The decision: whether the library is said to answer a question whose best sentence has this evidence. */
    public boolean answerable(Evidence e) {
        return e.score() >= threshold && e.coverage() >= minCoverage && e.named() >= minNamed;
    }

    public AnswerParams withThreshold(double newThreshold, double newMinCoverage, double newMinNamed) {
        return new AnswerParams(records, passages, denseTop, lexical, dense, prior, number, lambda, newThreshold, newMinCoverage, newMinNamed);
    }

    public AnswerParams withRetrieval(int newRecords, int newPassages) {
        return new AnswerParams(newRecords, newPassages, denseTop, lexical, dense, prior, number, lambda, threshold, minCoverage, minNamed);
    }

    public AnswerParams withWeights(double newLexical, double newDense, double newPrior, double newNumber, double newLambda) {
        return new AnswerParams(records, passages, denseTop, newLexical, newDense, newPrior, newNumber, newLambda, threshold, minCoverage, minNamed);
    }
}
