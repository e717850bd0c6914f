package dev.paperscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an author line such as {@code Ines Chami*, Sami Abu-El-Haija, Bryan Perozzi} and tells whether it
 * is one: every part must look like a person's name (capitalised words, initials, particles such as
 * "van" or "de"), so that role lines ("Workshop Organizers include: …") and sentences are refused.
 */
final class CommaSeparatedNames {
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.\\-]*|\\(\\p{Lu}[\\p{L}\\p{M}'’.\\-]*\\)");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "del", "della", "di", "du",
            "dos", "des", "la", "le", "bin", "al", "el", "ter", "ten", "zu", "y");
    private static final int MAX_WORDS = 6;
    private static final int MAX_NAME_CHARS = 50;

    /** Names as written, minus trailing {@code *} footnote markers; {@code marked} lists the names that had one. */
    record Names(List<String> names, List<String> marked) {
        Names {
            names = List.copyOf(names);
            marked = List.copyOf(marked);
        }
    }

    private CommaSeparatedNames() {
    }

    static Optional<Names> parse(String line) {
        String text = PageText.strip(line);
        if (text.isEmpty() || text.contains(":") || text.contains(";")) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        List<String> marked = new ArrayList<>();
        for (String part : SEPARATOR.split(text, -1)) {
            String name = PageText.strip(part);
            String unmarked = PageText.strip(name.replaceFirst("\\*+$", ""));
            if (!isName(unmarked)) {
                return Optional.empty();
            }
            names.add(unmarked);
            if (!unmarked.equals(name)) {
                marked.add(unmarked);
            }
        }
        return Optional.of(new Names(names, marked));
    }

    private static boolean isName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_CHARS) {
            return false;
        }
        String[] words = name.split("\\s+");
        if (words.length > MAX_WORDS || !CAPITALISED.matcher(words[0]).matches()) {
            return false;
        }
        for (String word : words) {
            if (!CAPITALISED.matcher(word).matches() && !PARTICLES.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
