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

    /** The names a header line lists, or an empty list when the line is not a list of names. */
    static List<String> names(String line) {
        if (isContact(line)) {
            return List.of();
        }
        String cleaned = MARKS.matcher(PARENTHESES.matcher(line).replaceAll(" ")).replaceAll(" ").replaceAll("\\s+", " ").strip();
        List<String> names = new ArrayList<>();
        for (String part : SEPARATORS.split(cleaned)) {
            String p = part.strip().replaceAll("^[,.;:]+|[,;:]+$", "").strip();
            if (p.isEmpty()) {
                continue;
            }
            if (!isName(p)) {
                return List.of();
            }
            names.add(p);
        }
        return names;
    }

    /** Two to six words, each capitalised, an initial or a particle, none an affiliation's. */
    static boolean isName(String s) {
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
        return capitalised >= 2 && !INITIAL.matcher(last).matches() && !isAllCapsAcronym(tokens);
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
