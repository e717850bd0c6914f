package dev.paperscope.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Distinctive terms of each topic by class-based TF-IDF (c-TF-IDF, as BERTopic labels its topics): all of a
 * topic's text is one document; a term weighs its frequency in the topic (per word of the topic) times
 * log(1 + A / f), with A the mean words per topic and f the term's frequency over all topics. Words are
 * Lucene's standard tokens, lower-cased, without English stop words (Lucene's list, the one the index's
 * English analysis uses) or the few words every paper abstract uses; words of one or two letters and
 * words with digits are left out. Ties break by the word, so labels are deterministic.
 */
final class TopicLabels {
    /** Words every abstract uses, whatever its field: they would label every topic (c-TF-IDF only damps them). */
    static final Set<String> SCHOLARLY_WORDS = Set.of("paper", "papers", "propose", "proposed", "proposes", "show", "shows",
            "using", "use", "based", "approach", "approaches", "method", "methods", "results", "result", "also", "new", "novel",
            "work", "present", "introduce", "introduced", "introduces", "demonstrate", "existing", "however", "via", "well",
            "can", "such", "which", "while", "our", "their", "they", "we", "its", "these", "this", "than", "more", "other",
            "both", "each", "one", "two", "first", "including", "achieve", "achieves", "state", "art", "significantly", "et", "al",
            "figure", "following", "from", "have", "has", "been", "table", "code", "like", "over", "between", "into", "through",
            // and what every machine-learning abstract says, whatever its field
            "model", "models", "learning", "data", "training", "trained", "train", "performance", "task", "tasks", "problem",
            "problems", "framework", "improve", "improves", "improved", "better", "different", "across", "without", "able");
    private static final CharArraySet STOP = stopWords();
    /** One analyzer for every call: Lucene reuses its token streams per thread. */
    private static final Analyzer ANALYZER = new StandardAnalyzer(STOP);

    private TopicLabels() {
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        set.addAll(SCHOLARLY_WORDS);
        return CharArraySet.unmodifiableSet(set);
    }

    /** The words of {@code text} that may label a topic, in order. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream tokens = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = term.toString();
                if (word.length() > 2 && word.chars().allMatch(Character::isLetter)) {
                    out.add(word);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read words of a string", e);
        }
        return out;
    }

    /** The best {@code count} terms of each topic, best first; {@code texts.get(t)} are topic t's texts. */
    static List<List<String>> terms(List<List<String>> texts, int count) {
        List<Map<String, Integer>> tf = new ArrayList<>();
        Map<String, Integer> overall = new HashMap<>();
        long words = 0;
        for (List<String> topic : texts) {
            Map<String, Integer> counts = new HashMap<>();
            for (String text : topic) {
                for (String w : words(text)) {
                    counts.merge(w, 1, Integer::sum);
                    overall.merge(w, 1, Integer::sum);
                    words++;
                }
            }
            tf.add(counts);
        }
        double meanWords = texts.isEmpty() ? 0 : (double) words / texts.size();
        List<List<String>> out = new ArrayList<>();
        for (Map<String, Integer> counts : tf) {
            double topicWords = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).sum());
            Map<String, Double> weight = new HashMap<>();
            counts.forEach((w, c) -> weight.put(w, c / topicWords * Math.log(1 + meanWords / overall.get(w))));
            out.add(weight.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                    .limit(count).map(Map.Entry::getKey).toList());
        }
        return out;
    }
}
