package dev.paperscope.export;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Authors as a page mentions them in prose: "Song et al.", "Ho and Salimans". */
final class MentionedAuthors {
    private static final Pattern ET_AL = Pattern.compile("\\s*(,\\s*)?et\\s+al\\.?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND = Pattern.compile("\\s+(and|&)\\s+|,\\s*");

    private MentionedAuthors() {
    }

    /** The first name mentioned: "Song et al." → Song. */
    static String first(String mention) {
        List<String> named = named(mention);
        return named.isEmpty() ? mention.strip() : named.getFirst();
    }

    /** Every name mentioned: "Ho and Salimans" → [Ho, Salimans]. */
    static List<String> named(String mention) {
        String names = ET_AL.matcher(mention.strip()).replaceFirst("");
        return Arrays.stream(AND.split(names)).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    /** Whether the mention stands for more people than it names ("et al."). */
    static boolean etAl(String mention) {
        return ET_AL.matcher(mention.strip()).find();
    }
}
