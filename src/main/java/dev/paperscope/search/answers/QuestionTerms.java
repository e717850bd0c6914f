package dev.paperscope.search.answers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The content words of a question (analysed as {@link Terms}): the question's own words ("what", "how
 * many", "does") say what kind of answer is wanted, not what it is about, so they are left out.
 */
final class QuestionTerms {
    private static final Set<String> QUESTION_WORDS = Set.of("what", "which", "who", "whom", "whose", "how", "many", "much",
            "does", "do", "did", "why", "when", "where", "can", "could", "would", "should", "has", "have", "had", "been", "being",
            "were", "i", "we", "you", "me", "my", "our", "its", "about", "there", "any", "some", "paper", "papers", "work");

    /** Questions whose answer is a quantity: "how many", "by how much", "what percentage", "how large"... */
    private static final Pattern QUANTITY = Pattern.compile("(?i)\\b(how (many|much|large|big|long|fast|deep|high|low|small|often)"
            + "|what (share|fraction|percentage|proportion|size|accuracy|score|speed|rate|level|number)"
            + "|which (size|level|number|sparsity)|what [\\w-]+ (accuracy|score|rate))\\b");

    private QuestionTerms() {
    }

    /** Whether the question asks for a quantity (a count, a size, a score, a share). */
    static boolean asksForQuantity(String question) {
        return QUANTITY.matcher(question).find();
    }

    /**
     * The content terms that name something (a model, a dataset, a metric, a version): their word in the question holds a
     * digit or a capital after its first letter, or starts with a capital and is not the question's first word
     * ("Falcon-180B", "LibriSpeech", "FID", "v3", "GLaM").
     * Distinct, in order of first appearance; a subset of {@link #of}.
     */
    static List<String> named(String question) {
        Set<String> out = new LinkedHashSet<>();
        List<Terms.Term> terms = Terms.of(question);
        for (Terms.Term t : terms) {
            String word = question.substring(t.start(), t.end());
            if (QUESTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean first = question.substring(0, t.start()).isBlank();
            boolean inner = word.substring(1).chars().anyMatch(Character::isUpperCase);
            if (word.chars().anyMatch(Character::isDigit) || inner || !first && Character.isUpperCase(word.charAt(0))) {
                out.add(t.text());
            }
        }
        return List.copyOf(out);
    }

    /** Distinct content terms, in order of first appearance. */
    static List<String> of(String question) {
        Set<String> out = new LinkedHashSet<>();
        for (Terms.Term t : Terms.of(question)) {
            String word = question.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
            if (!QUESTION_WORDS.contains(word)) {
                out.add(t.text());
            }
        }
        return List.copyOf(out);
    }
}
