package dev.paperscope.eval;

import java.util.List;
import java.util.Objects;

/**
 * One judged recommendation: a list of papers that share {@code keyword} (ids), to be recommended from
 * the rest; a recommendation is relevant when it carries the keyword too. {@code papers} counts the
 * keyword's papers in the whole conference.
 */
public record KeywordTask(String keyword, int papers, List<String> kept) {
    public KeywordTask {
        Objects.requireNonNull(keyword, "keyword");
        kept = List.copyOf(kept);
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("a task keeps at least one paper");
        }
    }
}
