package dev.paperscope.eval;

import dev.paperscope.ingest.Sha256;
import dev.paperscope.search.answers.Answer;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One question of the {@code ask} regression set. An answerable one names the answering sentence by a
 * distinctive {@code span} of it and, where the paper has a title, the paper's {@code title}; an answer is
 * right when its sentence holds the span and its paper's title is that title (compared on letters and
 * digits). Questions fall in the {@code dev} or {@code test} half by their id ({@link #split}).
 */
public record AskQuestion(String id, String question, boolean answerable, String title, String span, String source) {
    public AskQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        if (question.isBlank()) {
            throw new IllegalArgumentException(id + ": the question is blank");
        }
        if (answerable && (span == null || span.isBlank())) {
            throw new IllegalArgumentException(id + ": an answerable question needs the span that answers it");
        }
    }

    /**
     * "dev" or "test": by the number an id ends with, odd or even (so each group of the set, numbered in order,
     * splits in halves), else by the first byte of the SHA-256 of the id.
     */
    public String split() {
        Matcher m = TRAILING_NUMBER.matcher(id);
        int n = m.find() ? Integer.parseInt(m.group(1)) : Integer.parseInt(Sha256.hex(id).substring(0, 2), 16);
        return n % 2 == 1 ? "dev" : "test";
    }

    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d{1,9})$");

    public boolean answeredBy(Answer a) {
        if (!answerable || !prose(a.text()).contains(prose(span))) {
            return false;
        }
        if (title == null) {
            return true;
        }
        String expected = letters(title);
        String got = a.title() == null ? "" : letters(a.title());
        return !got.isEmpty() && (got.contains(expected) || expected.contains(got));
    }

    /** NFKC, lower case, line-end hyphens joined, whitespace runs as one space, TeX's {@code \%} as {@code %}. */
    static String prose(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.replaceAll("-\\s*\\n\\s*", "").replace("\\%", "%").replaceAll("\\s+", " ").strip();
    }

    static String letters(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.replaceAll("^\\s*\\[(oral|spotlight)\\]\\s*", "").replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
