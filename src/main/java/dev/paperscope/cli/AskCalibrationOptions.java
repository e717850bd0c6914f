package dev.paperscope.cli;

import dev.paperscope.search.answers.AnswerParams;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * What {@code eval-ask} may evaluate instead of {@code ask}'s defaults, to calibrate them on the dev half: the
 * retrieval depth, the score weights (each {@code --weights} one variant) and the answerable decision.
 */
final class AskCalibrationOptions {
    @Option(names = "--retrieval", split = ",", paramLabel = "RECORDS,PASSAGES",
            description = "Records and passages retrieved per question (PASSAGES 0: records only).")
    List<Integer> retrieval;
    @Option(names = "--weights", paramLabel = "LEX,DENSE,PRIOR,NUMBER,LAMBDA",
            description = "Score weights and MMR lambda to evaluate instead of the defaults; repeat to compare several.")
    List<String> weights;
    @Option(names = "--sentence-model", paramLabel = "NAME",
            description = "Score sentences' cosines with this model although the folder is opened without models (retrieval stays BM25).")
    String sentenceModel;
    @Option(names = "--decision", split = ",", paramLabel = "SCORE,COVERAGE[,NAMED]",
            description = "Answerable thresholds to evaluate instead of the defaults (NAMED: share of the question's names the answer's paper holds).")
    List<Double> decision;

    /**
     * The parameters to evaluate, one per {@code --weights} (or {@code base} with the other options applied).
     *
     * @throws IllegalArgumentException when an option has the wrong number of values or a value out of range
     */
    List<AnswerParams> variants(AnswerParams base) {
        AnswerParams p = base;
        if (retrieval != null) {
            require(retrieval.size() == 2, "--retrieval takes two numbers: RECORDS,PASSAGES");
            p = p.withRetrieval(retrieval.get(0), retrieval.get(1));
        }
        if (decision != null) {
            require(decision.size() == 2 || decision.size() == 3, "--decision takes two or three numbers: SCORE,COVERAGE[,NAMED]");
            p = p.withThreshold(decision.get(0), decision.get(1), decision.size() == 3 ? decision.get(2) : p.minNamed());
        }
        if (weights == null) {
            return List.of(p);
        }
        List<AnswerParams> out = new ArrayList<>();
        for (String w : weights) {
            String[] v = w.split(",");
            require(v.length == 5, "--weights takes five numbers: LEX,DENSE,PRIOR,NUMBER,LAMBDA");
            double[] d = new double[5];
            for (int i = 0; i < 5; i++) {
                try {
                    d[i] = Double.parseDouble(v[i].strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--weights: not a number: " + v[i], e);
                }
            }
            out.add(p.withWeights(d[0], d[1], d[2], d[3], d[4]));
        }
        return out;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
