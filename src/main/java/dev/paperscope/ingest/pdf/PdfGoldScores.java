package dev.paperscope.ingest.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperscope.ingest.ParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Measures header extraction against a hand-checked {@code gold.jsonl} (one line per PDF: {@code file},
 * {@code title}, {@code authors}, {@code abstract_start}, {@code venue}, {@code year}, {@code doi},
 * {@code arxiv_id}; null where the page prints none). Values are compared after NFKC and with runs of
 * white space as one space: title, venue, DOI and arXiv id exactly, the author list exactly (names and
 * order), the abstract by its start. A file the reader refuses has no values, which is right where the
 * gold has none (a slide with no title) and a miss elsewhere.
 */
public final class PdfGoldScores {
    public static final List<String> FIELDS = List.of("title", "authors", "abstract_start", "venue", "year", "doi", "arxiv_id");
    /** Share of the gold's question sentences found whole in one passage of the right page (body text quality). */
    public static final String QA_SENTENCES = "qa_sentence_on_page";

    /** One field of one file that did not match: what the gold says and what was read (or the error). */
    public record Miss(String file, String field, String expected, String got) {
    }

    /** Exact-match rate per field over {@code files} files (and {@link #QA_SENTENCES} over the sentences), and every miss. */
    public record Report(int files, Map<String, Double> rates, List<Miss> misses) {
        public Report {
            rates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rates));
            misses = List.copyOf(misses);
        }

        public double rate(String field) {
            return rates.getOrDefault(field, 0.0);
        }
    }

    private PdfGoldScores() {
    }

    /** Scores every PDF {@code gold} lists, read from the gold file's folder. */
    public static Report score(Path gold) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Integer> hits = new LinkedHashMap<>();
        FIELDS.forEach(f -> hits.put(f, 0));
        List<Miss> misses = new ArrayList<>();
        int files = 0;
        int sentences = 0;
        int sentencesFound = 0;
        for (String line : Files.readAllLines(gold)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode g = mapper.readTree(line);
            String file = g.path("file").asText();
            files++;
            PdfPaper paper = null;
            String error = null;
            try {
                paper = PdfPapers.read(file, Files.readAllBytes(gold.resolveSibling(file)));
            } catch (ParseException e) {
                error = e.getMessage();
            }
            for (String field : FIELDS) {
                String expected = expected(g, field);
                String got = paper == null ? (field.equals("authors") ? "[]" : null) : got(paper, field, expected);
                if (Objects.equals(expected, got)) {
                    hits.merge(field, 1, Integer::sum);
                } else {
                    misses.add(new Miss(file, field, expected, paper == null ? "(refused: " + error + ")" : got));
                }
            }
            for (JsonNode qa : g.path("qa")) {
                sentences++;
                String sentence = key(qa.path("sentence").asText());
                int page = qa.path("page").asInt();
                boolean found = paper != null && paper.passages().stream().anyMatch(p -> p.page() == page && key(p.text()).contains(sentence));
                if (found) {
                    sentencesFound++;
                } else {
                    misses.add(new Miss(file, QA_SENTENCES, "page " + page + ": " + qa.path("sentence").asText(), paper == null ? null
                            : paper.passages().stream().filter(p -> key(p.text()).contains(sentence.substring(0, Math.min(30, sentence.length()))))
                                    .map(p -> "page " + p.page() + ": " + p.text()).findFirst().orElse("(not in any passage)")));
                }
            }
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        for (String f : FIELDS) {
            rates.put(f, files == 0 ? 0 : hits.get(f) / (double) files);
        }
        rates.put(QA_SENTENCES, sentences == 0 ? 0 : sentencesFound / (double) sentences);
        return new Report(files, rates, misses);
    }

    private static String expected(JsonNode g, String field) {
        JsonNode v = g.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return field.equals("authors") ? "[]" : null;
        }
        if (field.equals("authors")) {
            List<String> names = new ArrayList<>();
            v.forEach(n -> names.add(norm(n.asText())));
            return names.toString();
        }
        return norm(v.asText());
    }

    private static String got(PdfPaper p, String field, String expected) {
        return switch (field) {
            case "title" -> norm(p.title());
            case "authors" -> p.authors().stream().map(PdfGoldScores::norm).toList().toString();
            case "abstract_start" -> {
                String a = norm(p.abstractText());
                yield a == null || expected == null ? a : a.substring(0, Math.min(a.length(), expected.length()));
            }
            case "venue" -> norm(p.venue());
            case "year" -> p.year() == null ? null : p.year().toString();
            case "doi" -> norm(p.doi());
            case "arxiv_id" -> norm(p.arxivId());
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** Letters and digits only, lower case: a sentence is found in a passage whatever the spacing and quotes. */
    private static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** NFKC, white space runs as one space, stripped; null stays null. */
    static String norm(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }
}
