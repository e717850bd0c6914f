package dev.paperscope.app;

import dev.paperscope.search.SearchHit;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One recommended work, as a search hit of a work (its {@code score} is the method's), the kept
 * papers it is closest to, closest first: why it was recommended; and its authors who also wrote a kept
 * paper (as the recommendation spells them, at most {@link #BY_AUTHORS}), which the explanation names
 * without changing the rank (docs/DECISIONS.md: shared authors did not predict a list's topic).
 */
public record Recommendation(SearchHit hit, List<Kept> closeTo, List<String> byAuthors) {
    /** How many shared authors an explanation names at most. */
    public static final int BY_AUTHORS = 2;

    public Recommendation {
        Objects.requireNonNull(hit, "hit");
        closeTo = List.copyOf(closeTo);
        byAuthors = List.copyOf(byAuthors);
        if (byAuthors.size() > BY_AUTHORS) {
            throw new IllegalArgumentException("at most " + BY_AUTHORS + " shared authors are named, got " + byAuthors.size());
        }
    }

    /** A recommendation that shares no author with what is kept. */
    public Recommendation(SearchHit hit, List<Kept> closeTo) {
        this(hit, closeTo, List.of());
    }

    /** A kept paper, by work id and title (the id when it has none). */
    public record Kept(String id, String title) {
        public Kept {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
        }
    }

    /**
     * "close to “A” and “B” in your list", or that nothing kept shares its words or meaning; then, when it has
     * them, "; by X, an author in your list" ("by X and Y, authors in …").
     */
    public String explanation(String where) {
        String close = closeTo.isEmpty() ? "like " + where + " as a whole"
                : "close to " + closeTo.stream().map(k -> "“" + k.title() + "”").collect(Collectors.joining(" and ")) + " in " + where;
        if (byAuthors.isEmpty()) {
            return close;
        }
        return close + "; by " + String.join(" and ", byAuthors) + (byAuthors.size() == 1 ? ", an author in " : ", authors in ") + where;
    }
}
