package dev.paperscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line shapes shared by conference-site pages (oral listings, award listings, session schedules): author
 * lines with names joined by {@code " · "}, lone-name author lines, {@code [ Room ]} lines and abstract
 * paragraphs. These pages carry no markup, so every decision here is made from the shape of one line and,
 * for lone names, of the line after it.
 */
final class ConferenceLines {
    private static final Pattern ROOM = Pattern.compile("^\\[\\s*([^\\[\\]]+?)\\s*]$");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*·\\s*");
    /** How sites mark a cut name list: a dangling separator, or a separator and an ellipsis. */
    private static final Pattern LIST_CUT = Pattern.compile("\\s*·\\s*(?:…|\\.\\.\\.)?\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?:\\s|$)");
    /** Footnote and affiliation markers that sites append to names ("Jane Doe*"). */
    private static final Pattern TRAILING_MARKERS = Pattern.compile("[*†‡]+$");
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{M}'’.-]+[*†‡]*");
    private static final Set<String> NAME_PARTICLES = Set.of("al", "bin", "da", "das", "de", "del", "della", "den",
            "der", "des", "di", "do", "dos", "du", "el", "ibn", "la", "le", "st.", "ten", "ter", "van", "von", "y", "zu");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?…]$");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[:;?!]");
    private static final Pattern LABEL_END = Pattern.compile(".*[.:;,?!]$");
    private static final int MIN_PARAGRAPH_WORDS = 12;
    private static final int MAX_NAME_WORDS = 6;

    private ConferenceLines() {
    }

    static boolean isRoom(String line) {
        return ROOM.matcher(line.strip()).matches();
    }

    /** The room named by a {@code [ Room ]} line, or null when the line is not one. */
    static String room(String line) {
        Matcher m = ROOM.matcher(line.strip());
        return m.matches() ? PageText.strip(m.group(1)) : null; // "[&nbsp;Hall J&nbsp;]" on a saved page
    }

    /**
     * An abstract-like paragraph: long enough that no title, label or name list is mistaken for it, and
     * with at least one sentence end (so a long title without a full stop is not one).
     */
    static boolean isParagraph(String line) {
        String s = line.strip();
        return wordCount(s) >= MIN_PARAGRAPH_WORDS && SENTENCE_END.matcher(s).find() && !isSeparatedAuthorLine(s);
    }

    /**
     * Text where an abstract is expected (after an entry's author or room line): a paragraph, or a shorter
     * line that still reads as prose because it ends a sentence. Labels, names and rooms do not.
     */
    static boolean isAbstractText(String line) {
        String s = line.strip();
        return isParagraph(s) || wordCount(s) >= 2 && ENDS_SENTENCE.matcher(s).matches() && !isSeparatedAuthorLine(s) && !isRoom(s);
    }

    /**
     * Names joined by {@code " · "}, possibly ending with a dangling separator or an ellipsis where the site
     * cut the list.
     */
    static boolean isSeparatedAuthorLine(String line) {
        String s = line.strip();
        if (!s.contains("·") || s.startsWith("·")) {
            return false;
        }
        NameList list = splitNames(s);
        return (list.names().size() >= 2 || list.truncated() && list.names().size() == 1)
                && list.names().stream().allMatch(ConferenceLines::isNamePart);
    }

    /**
     * A line holding one author and nothing else: two to four capitalised words (particles such as "van"
     * or "de" allowed inside), no digits and no sentence punctuation. On its own this shape also fits
     * labels and short titles, so callers use {@link #isAuthorLineAt} which also looks at the next line.
     */
    static boolean isLoneName(String line) {
        if (line.length() > 4 * 60) { // far over the 60 characters a name may have, even with spaces around
            return false;
        }
        String s = TRAILING_MARKERS.matcher(line.strip()).replaceFirst("");
        String[] words = s.split("\\s+");
        if (words.length < 2 || words.length > 4 || s.length() > 60) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            boolean edge = i == 0 || i == words.length - 1;
            if (!isNameWord(words[i], edge)) {
                return false;
            }
        }
        String last = words[words.length - 1];
        return last.length() >= 2 && !last.endsWith(".");
    }

    private static boolean isNameWord(String word, boolean edge) {
        if (!NAME_WORD.matcher(word).matches()) {
            return false;
        }
        if (Character.isUpperCase(word.codePointAt(0))) {
            return true;
        }
        return !edge && NAME_PARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the author line of an entry starts at {@code index}: a separated name list, or a lone name
     * directly followed by what follows authors in these listings (a room line or an abstract paragraph).
     */
    static boolean isAuthorLineAt(List<String> lines, int index) {
        String line = lines.get(index);
        if (isSeparatedAuthorLine(line)) {
            return true;
        }
        if (!isLoneName(line)) {
            return false;
        }
        int next = nextNonBlank(lines, index + 1);
        return next >= 0 && (isRoom(lines.get(next)) || isParagraph(lines.get(next)));
    }

    /** Reads the names of an author line; the caller has established that it is one. */
    static AuthorLine authors(String line) {
        NameList list = splitNames(line.strip());
        List<String> names = new ArrayList<>();
        List<String> marked = new ArrayList<>();
        for (String part : list.names()) {
            String name = TRAILING_MARKERS.matcher(part).replaceFirst("").strip();
            if (!name.equals(part)) {
                marked.add(part);
            }
            names.add(name);
        }
        return new AuthorLine(List.copyOf(names), list.truncated(), List.copyOf(marked));
    }

    private static NameList splitNames(String line) {
        Matcher cut = LIST_CUT.matcher(line);
        boolean truncated = cut.find();
        String body = truncated ? line.substring(0, cut.start()) : line;
        List<String> names = new ArrayList<>();
        for (String part : NAME_SEPARATOR.split(body)) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        return new NameList(names, truncated);
    }

    private record NameList(List<String> names, boolean truncated) {
    }

    /** One name of a separated list: a few words, letters, no digits and no sentence punctuation. */
    private static boolean isNamePart(String part) {
        int words = wordCount(part);
        if (words == 0 || words > MAX_NAME_WORDS || part.length() > 60) {
            return false;
        }
        if (!part.codePoints().anyMatch(Character::isLetter) || part.codePoints().anyMatch(Character::isDigit)) {
            return false;
        }
        if (SENTENCE_PUNCTUATION.matcher(part).find()) {
            return false;
        }
        String bare = TRAILING_MARKERS.matcher(part).replaceFirst("");
        String lastWord = bare.substring(bare.lastIndexOf(' ') + 1);
        // "Jr." or an initial may end a name; a longer word with a full stop ends a sentence.
        return !lastWord.endsWith(".") || lastWord.length() <= 3;
    }

    /**
     * A short line that can name an award or a category: one to six words, no sentence punctuation at
     * its end, and none of the other shapes. Whether it really is a label depends on what follows it.
     */
    static boolean isLabel(String line) {
        String s = line.strip();
        int words = wordCount(s);
        return words >= 1 && words <= MAX_NAME_WORDS && s.length() <= 60 && !LABEL_END.matcher(s).matches()
                && !s.contains("·") && !isRoom(s) && !isParagraph(s);
    }

    /** A label line whose next non-blank line is the author line of an entry. */
    static boolean isLabelAt(List<String> lines, int index) {
        if (!isLabel(lines.get(index)) || isAuthorLineAt(lines, index)) {
            return false;
        }
        int next = nextNonBlank(lines, index + 1);
        return next >= 0 && isAuthorLineAt(lines, next);
    }

    /** Index of the first non-blank line at or after {@code from}, or -1. */
    static int nextNonBlank(List<String> lines, int from) {
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the last non-blank line before {@code before}, or -1. */
    static int previousNonBlank(List<String> lines, int before) {
        for (int i = Math.min(before, lines.size()) - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The record's lines exactly as in the file, from {@code first} to {@code last} (0-based, inclusive). */
    static String raw(List<String> lines, int first, int last) {
        return String.join("\n", lines.subList(first, last + 1));
    }

    /** Sites shorten long abstracts with an ellipsis; the text is kept as written and the cut is noted. */
    static void noteShortenedAbstract(SourceRecord.Builder record, String abstractText) {
        if (abstractText != null && (abstractText.endsWith("…") || abstractText.endsWith("..."))) {
            record.derived("abstract", "the page shortened the abstract (it ends with an ellipsis); kept as written");
        }
    }

    /** A line cut to a readable length for error messages. */
    static String quote(String line) {
        String s = line.strip();
        return "'" + (s.length() > 70 ? s.substring(0, 70) + "…" : s) + "'";
    }

    /** Words as {@code s.strip().split("\\s+")} counts them, without building the array (lines can be long). */
    static int wordCount(String s) {
        String stripped = s.strip();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            boolean space = c == ' ' || c >= '\t' && c <= '\r';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** The names of one author line, whether the site cut the list, and which names lost a footnote marker. */
    record AuthorLine(List<String> names, boolean truncated, List<String> markedNames) {
        void describe(SourceRecord.Builder record) {
            record.authors(names);
            if (truncated) {
                record.derived("authors", "the author line ends with a dangling ' · ' separator: the page cut"
                        + " the list, so only the first " + names.size() + " names are known");
            }
            if (!markedNames.isEmpty()) {
                record.derived("authors", "footnote markers (*, †, ‡) stripped from " + String.join(", ", markedNames));
            }
        }
    }
}
