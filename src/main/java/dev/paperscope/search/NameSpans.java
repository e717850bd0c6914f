package dev.paperscope.search;

import dev.paperscope.index.IndexSchema;
import dev.paperscope.resolve.PersonName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * Finds the names a library knows in a query's free words: a run of words that spells a room, session,
 * venue or award of the index ({@link NameVocabulary}) or an author identity's name key, case and accents
 * ignored, exactly or with one typo in one long word. Longer spans win over shorter ones inside them;
 * spans that partly overlap a chosen one are dropped. A year right after a venue ("NeurIPS 2022") is
 * understood as that year too.
 */
final class NameSpans {
    /** Words shorter than this are never matched with a typo ("hall" is not "ball"). */
    static final int MIN_FUZZY_LENGTH = 5;
    /** Author names are runs of this many words at most (first, middle, last). */
    private static final int MAX_NAME_WORDS = 3;

    private NameSpans() {
    }

    /** A candidate: the tokens [from, to) read as {@code value} of {@code field}; {@code near} when a typo was forgiven. */
    private record Match(int from, int to, String field, String value, boolean near) {
        int length() {
            return to - from;
        }

        boolean overlaps(Match o) {
            return from < o.to && o.from < to;
        }
    }

    /** The names understood in {@code parsed}'s free words; none when it asks for its words only. */
    static List<Understood> of(ParsedQuery parsed, IndexReader reader) {
        String words = parsed.freeWords();
        return parsed.understandNames() && !words.isBlank() ? find(words, reader) : List.of();
    }

    static List<Understood> find(String freeText, IndexReader reader) {
        List<NameTokens.Token> tokens = NameTokens.of(freeText);
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<Match> candidates = new ArrayList<>();
        List<String> terms = tokens.stream().map(NameTokens.Token::term).toList();
        NameVocabulary vocabulary = NameVocabulary.of(reader);
        Terms authorKeys = authorKeys(reader);
        for (int i = 0; i < tokens.size(); i++) {
            for (NameVocabulary.Name name : vocabulary.names()) {
                int n = name.tokens().size();
                if (i + n <= terms.size()) {
                    Optional<Boolean> near = matches(terms.subList(i, i + n), name.tokens());
                    if (near.isPresent()) {
                        candidates.add(new Match(i, i + n, name.field(), name.value(), near.get()));
                    }
                }
            }
            if (authorKeys != null) {
                for (int n = 2; n <= MAX_NAME_WORDS && i + n <= terms.size(); n++) {
                    author(freeText.substring(tokens.get(i).start(), tokens.get(i + n - 1).end()), authorKeys, i, i + n)
                            .ifPresent(candidates::add);
                }
            }
        }
        List<Match> chosen = choose(candidates);
        if (chosen.stream().anyMatch(m -> m.field().equals(IndexSchema.VENUE))) {
            chosen = awardWords(chosen, terms, vocabulary);
        }
        List<Understood> out = new ArrayList<>();
        for (Match m : chosen) {
            out.add(new Understood(m.field(), m.value(), span(freeText, tokens, m.from(), m.to())));
            if (m.field().equals(IndexSchema.VENUE) && m.to() < terms.size() && isYear(terms.get(m.to()))
                    && chosen.stream().noneMatch(o -> o.from() <= m.to() && m.to() < o.to())) {
                out.add(new Understood(IndexSchema.YEAR, terms.get(m.to()), span(freeText, tokens, m.to(), m.to() + 1)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * With a venue named, a word that starts an award's name is that award's short form ("NeurIPS 2022
     * outstanding" for "Outstanding Paper"): awards are named so beside a venue. Without one, such a word
     * is an ordinary word ("outstanding problems") and stays one.
     */
    private static List<Match> awardWords(List<Match> chosen, List<String> terms, NameVocabulary vocabulary) {
        List<Match> out = new ArrayList<>(chosen);
        for (int k = 0; k < terms.size(); k++) {
            int at = k;
            if (isYear(terms.get(k)) || terms.get(k).length() < 4 || out.stream().anyMatch(m -> m.from() <= at && at < m.to())) {
                continue;
            }
            vocabulary.names().stream()
                    .filter(n -> n.field().equals(IndexSchema.AWARD) && n.tokens().size() > 1 && n.tokens().getFirst().equals(terms.get(at)))
                    .map(n -> firstWord(n.value()))
                    .min(Comparator.naturalOrder())
                    .ifPresent(word -> out.add(new Match(at, at + 1, IndexSchema.AWARD, word, false)));
        }
        out.sort(Comparator.comparingInt(Match::from).thenComparingInt(m -> NameVocabulary.FIELDS.indexOf(m.field())));
        return out;
    }

    private static String firstWord(String value) {
        NameTokens.Token first = NameTokens.of(value).getFirst();
        return value.substring(first.start(), first.end());
    }

    /** Longest first, exact before near, leftmost first; a span partly overlapping a chosen one is dropped. */
    private static List<Match> choose(List<Match> candidates) {
        List<Match> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((Match m) -> -m.length()).thenComparing(Match::near).thenComparingInt(Match::from)
                .thenComparingInt(m -> NameVocabulary.FIELDS.indexOf(m.field())).thenComparing(Match::value));
        List<Match> chosen = new ArrayList<>();
        for (Match m : sorted) {
            boolean clash = chosen.stream().anyMatch(c -> c.overlaps(m)
                    && !(c.from() == m.from() && c.to() == m.to() && !c.field().equals(m.field()) && c.near() == m.near()));
            if (!clash) {
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(Match::from).thenComparingInt(m -> NameVocabulary.FIELDS.indexOf(m.field())));
        return chosen;
    }

    /**
     * Empty when {@code words} do not spell {@code name}; else whether a typo was forgiven: at most one word
     * may differ, by one edit, when both are at least {@link #MIN_FUZZY_LENGTH} letters and not numbers,
     * and only in names of two words or more (a one-word name is matched exactly).
     */
    static Optional<Boolean> matches(List<String> words, List<String> name) {
        int near = 0;
        for (int j = 0; j < name.size(); j++) {
            String w = words.get(j);
            String v = name.get(j);
            if (w.equals(v)) {
                continue;
            }
            if (name.size() < 2 || ++near > 1 || !closeEnough(w, v)) {
                return Optional.empty();
            }
        }
        return Optional.of(near > 0);
    }

    private static boolean closeEnough(String word, String value) {
        if (word.length() < MIN_FUZZY_LENGTH || value.length() < MIN_FUZZY_LENGTH || word.chars().anyMatch(Character::isDigit)
                || value.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return new CharacterRunAutomaton(new LevenshteinAutomata(value, true).toAutomaton(1)).run(word);
    }

    /**
     * The author identity {@code written} names, by its name key ({@link PersonName#key}) among the
     * index's author keys; for two words, also the one key a typo away (first letter kept), when only
     * one is, as tokens [from, to).
     */
    private static Optional<Match> author(String written, Terms keys, int from, int to) {
        if (written.chars().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String key;
        try {
            PersonName name = PersonName.parse(written);
            if (name.first().length() < 2) {
                return Optional.empty();
            }
            key = name.key();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        try {
            TermsEnum exact = keys.iterator();
            if (exact.seekExact(new BytesRef(key))) {
                return Optional.of(new Match(from, to, IndexSchema.AUTHOR, display(key), false));
            }
            if (to - from != 2 || key.length() < 2 * MIN_FUZZY_LENGTH) {
                return Optional.empty();
            }
            TermsEnum near = keys.intersect(FuzzyQuery.getFuzzyAutomaton(key, 1, 1, true), null);
            BytesRef first = near.next();
            if (first == null) {
                return Optional.empty();
            }
            String found = first.utf8ToString();
            return near.next() == null ? Optional.of(new Match(from, to, IndexSchema.AUTHOR, display(found), true)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Terms authorKeys(IndexReader reader) {
        try {
            return MultiTerms.getTerms(reader, IndexSchema.AUTHOR_KEY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A name key ("remi munos") as a name ("Remi Munos"). */
    private static String display(String key) {
        StringBuilder out = new StringBuilder(key.length());
        boolean start = true;
        for (char c : key.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }

    private static boolean isYear(String term) {
        return term.length() == 4 && term.chars().allMatch(Character::isDigit) && (term.startsWith("19") || term.startsWith("20"));
    }

    private static String span(String text, List<NameTokens.Token> tokens, int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The name key of an understood author value, as the index holds it. */
    static String authorKey(String value) {
        return PersonName.parse(value).key().toLowerCase(Locale.ROOT);
    }
}
