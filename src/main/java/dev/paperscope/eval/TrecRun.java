package dev.paperscope.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * TREC run files: one line per retrieved document, {@code qid Q0 docid rank score tag}, whitespace
 * separated. As in trec_eval, the rank column is informational; order comes from the scores.
 */
public final class TrecRun {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TAG = Pattern.compile("\\S+");

    private TrecRun() {
    }

    /**
     * Writes {@code run} in its own order, ranks from 1. Scores are written in full (shortest
     * round-trip form) rather than rounded, so that rounding cannot create ties that reorder documents
     * when trec_eval or {@link #read} sorts them again.
     */
    public static void write(Path file, Map<String, List<ScoredDoc>> run, String tag) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(out, run, tag);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static void write(Writer out, Map<String, List<ScoredDoc>> run, String tag) throws IOException {
        if (!TAG.matcher(tag).matches()) {
            throw new IllegalArgumentException("run tag must be one word, was \"" + tag + "\"");
        }
        for (var entry : run.entrySet()) {
            int rank = 1;
            for (ScoredDoc doc : entry.getValue()) {
                out.write(entry.getKey() + " Q0 " + doc.docId() + " " + rank++ + " " + doc.score() + " " + tag + "\n");
            }
        }
    }

    /** Reads a run: query ids in first-seen order, each query's documents in file order. */
    public static Map<String, List<ScoredDoc>> read(Path file) {
        Map<String, List<ScoredDoc>> run = new LinkedHashMap<>();
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        TextLines.forEachLine(file, (line, text) -> {
            String[] cols = WHITESPACE.split(text.strip());
            if (cols.length != 6) {
                throw DatasetException.at(file, line, "expected 6 columns \"qid Q0 docid rank score tag\", found " + cols.length);
            }
            double score = score(file, line, cols[4]);
            if (!seen.computeIfAbsent(cols[0], q -> new HashSet<>()).add(cols[2])) {
                // trec_eval rejects such runs too ("duplicate docs"): the document's rank would be ambiguous.
                throw DatasetException.at(file, line, "document " + cols[2] + " appears twice for query " + cols[0]);
            }
            run.computeIfAbsent(cols[0], q -> new ArrayList<>()).add(new ScoredDoc(cols[2], score));
        });
        return run;
    }

    private static double score(Path file, long line, String text) {
        try {
            double score = Double.parseDouble(text);
            if (Double.isFinite(score)) {
                return score;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw DatasetException.at(file, line, "score must be a finite number, was \"" + text + "\"");
    }
}
