package dev.paperscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits the author lists of structured sources into names. A list already given as a list needs no
 * splitting; a single string is split on the separator it uses, and each interpretation is reported so
 * that parsers can record it as a derivation.
 */
final class NameLists {
    private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+|&\\s+)?|\\s+and\\s+|\\s+&\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_MARKERS = Pattern.compile("\\s*[*†‡]+$");

    private NameLists() {
    }

    /** Names in order, and notes on how they were obtained from the text (empty when taken as written). */
    record Names(List<String> names, List<String> notes) {
        Names {
            names = List.copyOf(names);
            notes = List.copyOf(notes);
        }
    }

    /**
     * Splits one string of names: on {@code |} or {@code ;} when present (they never occur inside a name),
     * else on {@code ,}, {@code and} and {@code &}; but "Last, First and Last2, First2" (every name
     * inverted, BibTeX style) is split on {@code and} only and each name put back in "First Last" order.
     */
    static Names split(String text) {
        String s = text.strip();
        List<String> notes = new ArrayList<>();
        List<String> parts;
        if (s.contains("|")) {
            parts = List.of(s.split("\\|"));
            notes.add("split on '|'");
        } else if (s.contains(";")) {
            parts = List.of(s.split(";"));
            notes.add("split on ';'");
        } else if (isInvertedList(s)) {
            parts = AND.splitAsStream(s).map(NameLists::uninvert).toList();
            notes.add("split on 'and'; 'Last, First' names reordered to 'First Last'");
        } else if (LIST_SEPARATOR.matcher(s).find()) {
            parts = List.of(LIST_SEPARATOR.split(s));
            notes.add("split on ',', 'and' and '&'");
        } else {
            parts = List.of(s);
        }
        return finish(parts, notes);
    }

    /** Names already given one by one: only trailing affiliation markers are removed. */
    static Names ofList(List<String> names) {
        return finish(names, new ArrayList<>());
    }

    /**
     * Splits a BibTeX name list on {@code and} outside braces ({@code {Barnes and Noble}} is one name) and
     * puts "Last, First" and "Last, Jr, First" names in "First Last" order. LaTeX is left for the caller.
     */
    static Names splitBibtex(String text) {
        List<String> notes = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        boolean reordered = false;
        for (String name : splitOutsideBraces(text.strip(), AND)) {
            String plain = uninvertOutsideBraces(name);
            reordered |= !plain.equals(name.strip());
            parts.add(plain);
        }
        if (parts.size() > 1) {
            notes.add("BibTeX names split on 'and'");
        }
        if (reordered) {
            notes.add("'Last, First' names reordered to 'First Last'");
        }
        return finish(parts, notes);
    }

    private static Names finish(List<String> parts, List<String> notes) {
        List<String> names = new ArrayList<>();
        boolean markers = false;
        boolean etAl = false;
        for (String part : parts) {
            String name = part.strip();
            String unmarked = TRAILING_MARKERS.matcher(name).replaceFirst("");
            markers |= !unmarked.equals(name);
            if (isEtAl(unmarked)) {
                etAl = true;
            } else if (!unmarked.isEmpty()) {
                names.add(unmarked);
            }
        }
        if (markers) {
            notes.add("trailing '*'/'†' markers removed from names");
        }
        if (etAl) {
            notes.add("'et al.'/'others' dropped: the list names only some authors");
        }
        return new Names(names, notes);
    }

    private static boolean isEtAl(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("others") || n.equals("et al.") || n.equals("et al");
    }

    private static boolean isInvertedList(String s) {
        List<String> parts = List.of(AND.split(s));
        return parts.size() >= 2 && parts.stream().allMatch(p -> p.chars().filter(c -> c == ',').count() == 1);
    }

    private static String uninvert(String name) {
        int comma = name.indexOf(',');
        return comma < 0 ? name.strip() : (name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip()).strip();
    }

    private static String uninvertOutsideBraces(String name) {
        List<String> pieces = splitOutsideBraces(name.strip(), Pattern.compile("\\s*,\\s*"));
        return switch (pieces.size()) {
            case 2 -> pieces.get(1) + " " + pieces.get(0);
            case 3 -> pieces.get(2) + " " + pieces.get(0) + " " + pieces.get(1);
            default -> name.strip();
        };
    }

    /** Splits on a separator pattern, ignoring matches inside {@code {...}} groups. */
    static List<String> splitOutsideBraces(String s, Pattern separator) {
        StringBuilder masked = new StringBuilder(s.length());
        int depth = 0;
        for (char c : s.toCharArray()) {
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            }
            masked.append(depth > 0 && c != '{' ? '\u0001' : c);
        }
        List<String> parts = new ArrayList<>();
        var m = separator.matcher(masked);
        int from = 0;
        while (m.find()) {
            parts.add(s.substring(from, m.start()).strip());
            from = m.end();
        }
        parts.add(s.substring(from).strip());
        return parts;
    }
}
