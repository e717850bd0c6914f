package dev.paperscope.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperscope.search.answers.AnswerRanking;
import dev.paperscope.search.answers.Evidence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Evaluates {@code ask} (or a baseline) on the question set: for answerable questions, how often a right
 * answer (the span, from the right paper: {@link AskQuestion#answeredBy}) is ranked first and in the top 3,
 * and how often the library is said to answer them; for unanswerable ones, how often it is said not to.
 * Ranking and decision are read apart ({@link AnswerRanking}).
 */
public final class AskEvaluation {
    /** The checked-in question set. */
    public static final String RESOURCE = "/regressions/ask-questions.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private AskEvaluation() {
    }

    /**
     * The figures of one run.
     *
     * @param first     share of answerable questions whose first answer is right (decision ignored)
     * @param top3      share with a right answer in the first three
     * @param kept      share of answerable questions said to be answerable
     * @param flagged   share of unanswerable questions said not to be
     * @param p50Ms     median time per question
     * @param misses    ids of answerable questions with no right answer in the first three
     * @param notFirst  for each answerable question whose first answer is wrong: its id, question and first answer
     * @param decided   each question's best score and coverage, for calibrating the decision
     */
    public record Report(String split, int answerable, int unanswerable, double first, double top3, double kept, double flagged,
                         long p50Ms, long p90Ms, List<String> misses, List<String> notFirst, List<Decided> decided) {
        public String format() {
            return String.format(Locale.ROOT, "%s: %d answerable, %d unanswerable%n"
                            + "  first %.3f  top3 %.3f  answerable kept %.3f  unanswerable flagged %.3f  p50 %d ms  p90 %d ms%n"
                            + "  missed (not in top 3): %s%n",
                    split, answerable, unanswerable, first, top3, kept, flagged, p50Ms, p90Ms, misses.isEmpty() ? "none" : String.join(" ", misses));
        }
    }

    /** A question's id and kind, and what the decision reads of its ranking. */
    public record Decided(String id, boolean answerable, Evidence evidence) {
        /** One line: id, kind, then the evidence's figures (for calibrating the decision). */
        public String format() {
            Evidence e = evidence;
            return String.format(Locale.ROOT, "%s %s score %.3f coverage %.3f paper %.3f named %.3f absent %.3f margin %.3f typed %s", id,
                    answerable ? "answerable" : "unanswerable", e.score(), e.coverage(), e.paper(), e.named(), e.absent(), e.margin(), e.typed());
        }
    }

    /**
     * For each triple of thresholds (score, coverage, named) in the grids: the share of answerable questions kept and of
     * unanswerable ones flagged, were the decision taken with them. One line per triple.
     */
    public static String calibration(Report report, double[] scores, double[] coverages, double[] named) {
        StringBuilder sb = new StringBuilder();
        for (double t : scores) {
            for (double c : coverages) {
                for (double m : named) {
                    int kept = 0;
                    int flagged = 0;
                    for (Decided d : report.decided()) {
                        Evidence e = d.evidence();
                        boolean says = e.score() >= t && e.coverage() >= c && e.named() >= m;
                        kept += d.answerable() && says ? 1 : 0;
                        flagged += !d.answerable() && !says ? 1 : 0;
                    }
                    sb.append(String.format(Locale.ROOT, "  decision %.3f,%.2f,%.2f: answerable kept %.3f  unanswerable flagged %.3f%n", t, c,
                            m, share(kept, report.answerable()), share(flagged, report.unanswerable())));
                }
            }
        }
        return sb.toString();
    }

    public static List<AskQuestion> load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new DatasetException(file + ": " + e.getMessage(), e);
        }
    }

    public static List<AskQuestion> loadResource() {
        try (InputStream in = AskEvaluation.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DatasetException("missing resource " + RESOURCE);
            }
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new DatasetException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static List<AskQuestion> parse(InputStream in, String name) throws IOException {
        List<AskQuestion> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNo = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(JSON.readValue(line, AskQuestion.class));
            } catch (IOException | IllegalArgumentException e) {
                throw new DatasetException(name + ":" + lineNo + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    /** The questions of {@code split} ("dev", "test" or "all"), in file order. */
    public static List<AskQuestion> of(List<AskQuestion> all, String split) {
        if (!List.of("dev", "test", "all").contains(split)) {
            throw new IllegalArgumentException("split must be dev, test or all, not " + split);
        }
        return all.stream().filter(q -> split.equals("all") || q.split().equals(split)).toList();
    }

    /** Asks each question (at least 3 answers each) and scores the rankings and decisions. */
    public static Report run(String split, List<AskQuestion> questions, Function<String, AnswerRanking> ask) {
        int answerable = 0;
        int unanswerable = 0;
        int first = 0;
        int top3 = 0;
        int kept = 0;
        int flagged = 0;
        List<String> misses = new ArrayList<>();
        List<String> notFirst = new ArrayList<>();
        List<Decided> decided = new ArrayList<>();
        long[] took = new long[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            AskQuestion q = questions.get(i);
            long started = System.nanoTime();
            AnswerRanking r = ask.apply(q.question());
            took[i] = (System.nanoTime() - started) / 1_000_000;
            decided.add(new Decided(q.id(), q.answerable(), r.evidence()));
            if (q.answerable()) {
                answerable++;
                kept += r.answerable() ? 1 : 0;
                List<Boolean> right = r.ranked().stream().limit(3).map(q::answeredBy).toList();
                first += !right.isEmpty() && right.getFirst() ? 1 : 0;
                if (right.isEmpty() || !right.getFirst()) {
                    notFirst.add(q.id() + " " + q.question() + " => " + (r.ranked().isEmpty() ? "(nothing)" : r.ranked().getFirst().text()));
                }
                if (right.contains(true)) {
                    top3++;
                } else {
                    misses.add(q.id());
                }
            } else {
                unanswerable++;
                flagged += r.answerable() ? 0 : 1;
            }
        }
        Arrays.sort(took);
        return new Report(split, answerable, unanswerable, share(first, answerable), share(top3, answerable), share(kept, answerable),
                share(flagged, unanswerable), percentile(took, 50), percentile(took, 90), misses, notFirst, decided);
    }

    private static double share(int n, int of) {
        return of == 0 ? Double.NaN : (double) n / of;
    }

    private static long percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
