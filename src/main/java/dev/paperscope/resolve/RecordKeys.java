package dev.paperscope.resolve;

import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * The keys resolution looks a record up by, stored per record (the catalog's {@code resolve_keys}) so that
 * an incremental resolution finds a change's neighbours and the global counts it needs with keyed queries
 * instead of reading every record: {@code t:} its title key, {@code w:} its rarest title word, {@code x:}
 * each title word (word frequencies are counts of these), {@code a:} / {@code ta:} its authors' keys when
 * it has no title / a title (blocks and title-less candidate lists), {@code ul:} those title-less keys'
 * last names, {@code p:} / {@code pf:} a paper's title and its first {@link BlogAbout#MIN_NAMED_TITLE_WORDS}
 * words, {@code b:} every run of that many words of a post's text and {@code s:} the title a post states,
 * and {@code sf:} the page (source file) it was read from. Titles are stated or recovered ({@link TitleKey}).
 */
public final class RecordKeys {
    public static final String TITLE = "t:";
    public static final String RAREST = "w:";
    public static final String WORD = "x:";
    public static final String UNTITLED_AUTHOR = "a:";
    public static final String TITLED_AUTHOR = "ta:";
    public static final String UNTITLED_LAST_NAME = "ul:";
    public static final String PAPER_TITLE = "p:";
    public static final String PAPER_START = "pf:";
    public static final String POST_RUN = "b:";
    public static final String POST_STATED = "s:";
    public static final String PAGE = "sf:";
    /** Blocks and candidate lists larger than this are not followed ({@link Blocks#MAX_BLOCK}). */
    public static final int MAX_BLOCK = Blocks.MAX_BLOCK;

    private RecordKeys() {
    }

    /** The title resolution compares: stated, else recovered (null: none), as a key. */
    public static TitleKey title(SourceRecord r, String recoveredTitle) {
        String title = r.title() != null ? r.title() : recoveredTitle;
        return title == null ? TitleKey.of("") : TitleKey.of(title);
    }

    /** A record's keys, its rarest word chosen by {@code frequency} (in how many titles a word occurs). */
    public static List<String> of(SourceRecord r, TitleKey t, ToIntFunction<String> frequency) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> authors = new TreeSet<>(AuthorOverlap.keys(r.authors()));
        if (!t.isEmpty()) {
            out.add(TITLE + t.normalized());
            Blocks.rarestWord(t, frequency).ifPresent(w -> out.add(RAREST + w));
            t.tokens().forEach(w -> out.add(WORD + w));
            authors.forEach(k -> out.add(TITLED_AUTHOR + k));
            if (r.kind() != RecordKind.BLOG_POST) {
                out.add(PAPER_TITLE + t.normalized());
                start(t.tokens()).ifPresent(s -> out.add(PAPER_START + s));
            }
        } else {
            authors.forEach(k -> out.add(UNTITLED_AUTHOR + k));
            authors.forEach(k -> out.add(UNTITLED_LAST_NAME + WorkScope.lastName(k)));
        }
        if (r.kind() == RecordKind.BLOG_POST) {
            postRuns(r).forEach(s -> out.add(POST_RUN + s));
            Object stated = r.extra().get("paper_title");
            if (stated != null && !TitleKey.of(stated.toString()).isEmpty()) {
                out.add(POST_STATED + TitleKey.of(stated.toString()).normalized());
            }
        }
        out.add(PAGE + r.source().file());
        return List.copyOf(out);
    }

    /** Every record's keys, word frequencies taken from all of them (what a whole resolution stores). */
    public static Map<String, List<String>> ofAll(List<SourceRecord> records, Map<String, TitleRecovery> recoveries) {
        Map<String, TitleKey> titles = WorkResolver.titleKeys(records, recoveries);
        Map<String, Integer> frequency = Blocks.wordFrequency(titles.values());
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (SourceRecord r : records) {
            out.put(r.id(), of(r, titles.get(r.id()), frequency::get));
        }
        return out;
    }

    /** The first words of a title a post must contain to name it (empty: too short to be named by its words). */
    public static java.util.Optional<String> start(List<String> tokens) {
        if (tokens.size() < BlogAbout.MIN_NAMED_TITLE_WORDS) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.join(" ", tokens.subList(0, BlogAbout.MIN_NAMED_TITLE_WORDS)));
    }

    /** The last name of an author key (its last word), what title-less records are found by ({@code ul:}). */
    public static String lastName(String authorKey) {
        return WorkScope.lastName(authorKey);
    }

    /** The author keys resolution compares a record's authors by ({@link AuthorOverlap#keys}), sorted. */
    public static Set<String> authorKeys(SourceRecord r) {
        return new TreeSet<>(AuthorOverlap.keys(r.authors()));
    }

    private static Set<String> postRuns(SourceRecord post) {
        String text = (post.title() == null ? "" : post.title()) + "\n" + (post.abstractText() == null ? "" : post.abstractText());
        List<String> words = TitleKey.of(text).tokens();
        Set<String> out = new LinkedHashSet<>();
        int n = BlogAbout.MIN_NAMED_TITLE_WORDS;
        for (int i = 0; i + n <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + n)));
        }
        return out;
    }

    /** Counts of keys over all records, for a whole resolution's {@link KeyCounts}. */
    static KeyCounts countsOf(Map<String, List<String>> keys) {
        Map<String, Integer> counts = new HashMap<>();
        keys.values().forEach(ks -> ks.forEach(k -> counts.merge(k, 1, Integer::sum)));
        return k -> counts.getOrDefault(k, 0);
    }

    static List<String> withPrefix(List<String> keys, String prefix) {
        List<String> out = new ArrayList<>();
        keys.stream().filter(k -> k.startsWith(prefix)).forEach(k -> out.add(k.substring(prefix.length())));
        return out;
    }
}
