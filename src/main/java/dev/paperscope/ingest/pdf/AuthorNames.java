package dev.paperscope.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a line of a paper's header as a list of person names, or as none when it is something else: an
 * e-mail, an affiliation, an address. Footnote and affiliation marks (∗, †, digits, a superscript's
 * remains) are dropped; names are split at commas, semicolons, "and" and ampersands.
 */
final class AuthorNames {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+\\-{}|,()]+@[\\w\\-]+(\\.[\\w\\-]+)+|https?://|www\\.");
    private static final Pattern MARKS = Pattern.compile("[*∗†‡§¶⋆★♠♣♦♥#\\d]+|\\(\\s*[\\d,]+\\s*\\)");
    /** "(MIT)", "(equal contribution)": what a name line adds in parentheses is not part of a name. */
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]{0,80}\\)");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(,\\s*and\\s+|,|;|\\band\\b|&|·|•|\\|)\\s*");
    /** In a line set in capitals, "AND" joins names too. */
    private static final Pattern CAPS_SEPARATORS = Pattern.compile("\\s*(,\\s*AND\\s+|,|;|\\bAND\\b|&|·|•|\\|)\\s*");
    /** Words that make a part of a name line an institution's ("KENJI WATANABE, University of Tokyo"). */
    private static final Set<String> INSTITUTION = Set.of("university", "universität", "université", "universidad", "università",
            "universitat", "universiteit", "institute", "institut", "instituto", "istituto", "research", "laboratory", "laboratories",
            "lab", "labs", "college", "school", "department", "faculty", "academy", "hospital", "inc", "corp", "ltd", "gmbh");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.(-?\\p{Lu}\\.)*|\\p{Lu}\\.?-\\p{Lu}\\.");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\p{L}\\p{M}*|\\p{Lu}\\p{Ll}?\\.?");
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "di", "del", "della", "la", "le", "du",
            "dos", "das", "y", "bin", "ben", "al", "el", "zu", "ter", "ten", "st.");
    /** Words of affiliations and addresses, never of a person's name. */
    private static final Set<String> AFFILIATION = Set.of("university", "universität", "université", "universidad", "università",
            "institute", "institut", "instituto", "department", "dept", "school", "college", "laboratory", "laboratories", "lab",
            "labs", "research", "center", "centre", "inc", "corp", "corporation", "ltd", "llc", "gmbh", "division", "faculty",
            "sciences", "science", "engineering", "group", "foundation", "academy", "hospital", "street", "road", "avenue", "ave",
            "usa", "uk", "china", "germany", "france", "canada", "india", "japan", "italy", "technology", "informatics",
            "computer", "computing", "systems", "national", "program", "team", "ai", "company", "campus", "box", "suite",
            "abstract", "introduction", "proceedings", "conference", "workshop", "journal", "equal", "contribution", "correspondence");

    private AuthorNames() {
    }

    static boolean isContact(String line) {
        return EMAIL.matcher(line).find();
    }

    /**
     * The names a header line lists, or an empty list when the line is not a list of names. Names set in
     * capitals are taken from a line of capitals listing two or more ("JANE DOE AND JOHN ROE") or before
     * an institution; a lone line of capitals may be an acronym ("MIT CSAIL"). A line that goes on from
     * its names to an institution ("Jane Doe, University of X, Country") gives the names before it.
     */
    static List<String> names(String line) {
        if (isContact(line)) {
            return List.of();
        }
        String cleaned = MARKS.matcher(PARENTHESES.matcher(line).replaceAll(" ")).replaceAll(" ").replaceAll("\\s+", " ").strip();
        boolean capsLine = cleaned.codePoints().noneMatch(Character::isLowerCase);
        List<String> names = new ArrayList<>();
        boolean caps = false;
        for (String part : (capsLine ? CAPS_SEPARATORS : SEPARATORS).split(cleaned)) {
            String p = part.strip().replaceAll("^[,.;:]+|[,;:]+$", "").strip();
            if (p.isEmpty()) {
                continue;
            }
            if (isName(p)) {
                names.add(p);
            } else if (isCapitalsName(p)) {
                names.add(p);
                caps = true;
            } else if (!names.isEmpty() && isInstitution(p)) {
                return names;
            } else {
                return List.of();
            }
        }
        return caps && !(capsLine && names.size() >= 2) ? List.of() : names;
    }

    /** A line that is one name in capitals and nothing else ("JANE DOE"), or null: an author only where no other line names one. */
    static String loneCapitalsName(String line) {
        if (isContact(line)) {
            return null;
        }
        String p = MARKS.matcher(line).replaceAll(" ").replaceAll("\\s+", " ").strip().replaceAll("[,;:]+$", "");
        return p.codePoints().filter(Character::isLetter).count() >= 5 && isCapitalsName(p) ? p : null;
    }

    private static boolean isInstitution(String part) {
        for (String t : part.split(" ")) {
            if (INSTITUTION.contains(t.toLowerCase(Locale.ROOT).replaceAll("[.,]$", ""))) {
                return true;
            }
        }
        return false;
    }

    /** A name set in capitals: every word in capitals, and a name but for that. */
    private static boolean isCapitalsName(String s) {
        return s.codePoints().noneMatch(Character::isLowerCase) && isName(s, false);
    }

    /** Two to six words, each capitalised, an initial or a particle, none an affiliation's. */
    static boolean isName(String s) {
        return isName(s, true);
    }

    private static boolean isName(String s, boolean rejectAcronyms) {
        String[] tokens = s.split(" ");
        if (tokens.length < 2 || tokens.length > 6) {
            return false;
        }
        int capitalised = 0;
        for (String t : tokens) {
            String lower = t.toLowerCase(Locale.ROOT).replaceAll("[.,]$", "");
            if (AFFILIATION.contains(lower)) {
                return false;
            }
            if (PARTICLES.contains(t.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (INITIAL.matcher(t).matches() || WORD.matcher(t).matches()) {
                capitalised++;
                continue;
            }
            return false;
        }
        String last = tokens[tokens.length - 1];
        return capitalised >= 2 && !INITIAL.matcher(last).matches() && !(rejectAcronyms && isAllCapsAcronym(tokens));
    }

    private static boolean isAllCapsAcronym(String[] tokens) {
        for (String t : tokens) {
            if (t.chars().filter(Character::isUpperCase).count() >= 2 && t.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) {
                return true; // "MIT CSAIL", "UC Berkeley"
            }
        }
        return false;
    }
}
