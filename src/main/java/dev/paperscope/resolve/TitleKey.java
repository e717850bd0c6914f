package dev.paperscope.resolve;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A title reduced to what survives retyping: case, accents, punctuation, LaTeX markup and spacing are
 * dropped, so "Top-$k$ Sampling" and "Top-k sampling" get one key. {@code tokens} supports fuzzy
 * comparison of titles that differ by a word.
 */
public record TitleKey(String normalized, List<String> tokens) {
    private static final Pattern LATEX_COMMAND = Pattern.compile("\\\\[a-zA-Z]+\\*?");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    public TitleKey {
        Objects.requireNonNull(normalized, "normalized");
        tokens = List.copyOf(tokens);
    }

    public static TitleKey of(String title) {
        Objects.requireNonNull(title, "title");
        String s = LATEX_COMMAND.matcher(title).replaceAll(" ");
        s = Folding.toAscii(s);
        s = NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        List<String> tokens = s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
        return new TitleKey(s, tokens);
    }

    public boolean isEmpty() {
        return normalized.isEmpty();
    }

    /** Jaccard similarity of the two titles' word sets, in [0, 1]. */
    public double jaccard(TitleKey other) {
        Set<String> a = new HashSet<>(tokens);
        Set<String> b = new HashSet<>(other.tokens);
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        a.retainAll(b);
        return (double) a.size() / union.size();
    }
}
