package dev.paperscope.resolve;

import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds the one paper a blog post presents: the title the post states for its own work (a quoted title
 * before "presented at VENUE", kept by the parser as {@code paper_title}), else the single paper title
 * its text names. A post naming two or more papers (a lab's list of accepted papers) presents none of
 * them; a title of fewer than {@link #MIN_NAMED_TITLE_WORDS} words is too generic to count as named.
 * Titles are compared as {@link TitleKey}s, by looking up each run of the post's words in a table of
 * paper titles, so the cost grows with the posts' length, not with posts times papers.
 */
final class BlogAbout {
    static final String STATED = "about-stated-title";
    static final String NAMED = "about-named-title";
    static final int MIN_NAMED_TITLE_WORDS = 4;

    private BlogAbout() {
    }

    /** The about links of every blog post in {@code records} that presents exactly one paper's work. */
    static List<About> find(List<SourceRecord> records, Map<String, TitleKey> titles, UnionFind sets) {
        return find(records, titles, sets, null);
    }

    /** As above, for the posts in {@code scope} only (null: all); the papers' titles come from all records. */
    static List<About> find(List<SourceRecord> records, Map<String, TitleKey> titles, UnionFind sets, Set<String> scope) {
        Map<String, String> paperByTitle = new HashMap<>();
        Map<String, Integer> worksByTitle = new HashMap<>();
        Map<String, Set<String>> rootsByTitle = new HashMap<>();
        int longest = 0;
        for (SourceRecord r : records) {
            TitleKey t = titles.get(r.id());
            if (r.kind() == RecordKind.BLOG_POST || t.isEmpty()) {
                continue;
            }
            paperByTitle.merge(t.normalized(), r.id(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            rootsByTitle.computeIfAbsent(t.normalized(), k -> new TreeSet<>()).add(sets.find(r.id()));
            longest = Math.max(longest, t.tokens().size());
        }
        rootsByTitle.forEach((k, roots) -> worksByTitle.put(k, roots.size()));
        List<About> out = new ArrayList<>();
        for (SourceRecord post : records) {
            if (post.kind() == RecordKind.BLOG_POST && (scope == null || scope.contains(post.id()))) {
                link(post, paperByTitle, worksByTitle, longest).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Every paper title (normalized) a post might present: its stated title and each run of its words that is
     * one of {@code paperTitles}, before the rules that pick one. A superset of what {@link #find} looks up.
     */
    static Set<String> namedTitles(SourceRecord post, Set<String> paperTitles, int longest) {
        Set<String> out = new TreeSet<>();
        Object stated = post.extra().get("paper_title");
        if (stated != null && paperTitles.contains(TitleKey.of(stated.toString()).normalized())) {
            out.add(TitleKey.of(stated.toString()).normalized());
        }
        String text = (post.title() == null ? "" : post.title()) + "\n" + (post.abstractText() == null ? "" : post.abstractText());
        List<String> words = TitleKey.of(text).tokens();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder run = new StringBuilder();
            for (int n = 1; n <= longest && i + n <= words.size(); n++) {
                run.append(n > 1 ? " " : "").append(words.get(i + n - 1));
                if (n >= MIN_NAMED_TITLE_WORDS && paperTitles.contains(run.toString())) {
                    out.add(run.toString());
                }
            }
        }
        return out;
    }

    private static Optional<About> link(SourceRecord post, Map<String, String> paperByTitle, Map<String, Integer> worksByTitle, int longest) {
        Object stated = post.extra().get("paper_title");
        if (stated != null) {
            String key = TitleKey.of(stated.toString()).normalized();
            if (paperByTitle.containsKey(key) && worksByTitle.get(key) == 1) {
                return Optional.of(new About(post.id(), paperByTitle.get(key), STATED, 0.95,
                        "the post states its work's title '" + stated + "'"));
            }
        }
        String text = (post.title() == null ? "" : post.title()) + "\n" + (post.abstractText() == null ? "" : post.abstractText());
        List<String> words = TitleKey.of(text).tokens();
        Map<String, Integer> named = new TreeMap<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder run = new StringBuilder();
            for (int n = 1; n <= longest && i + n <= words.size(); n++) {
                run.append(n > 1 ? " " : "").append(words.get(i + n - 1));
                if (n >= MIN_NAMED_TITLE_WORDS && paperByTitle.containsKey(run.toString())) {
                    named.merge(run.toString(), 1, Integer::sum);
                }
            }
        }
        // A title inside a longer named title ("Diffusion Models" in "... Diffusion Models with ...") is not named on its own.
        named.keySet().removeIf(k -> named.keySet().stream().anyMatch(o -> !o.equals(k) && (" " + o + " ").contains(" " + k + " ")));
        if (named.size() != 1) {
            return Optional.empty();
        }
        String key = named.keySet().iterator().next();
        if (worksByTitle.get(key) != 1) {
            return Optional.empty();
        }
        return Optional.of(new About(post.id(), paperByTitle.get(key), NAMED, 0.8,
                "the post names one paper's title, '" + key + "', and no other paper's"));
    }
}
