package dev.paperscope.app;

import dev.paperscope.search.SearchHit;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One recommended work, as a search hit of a work (its {@code score} is the method's), and the kept
 * papers it is closest to, closest first: why it was recommended.
 */
public record Recommendation(SearchHit hit, List<Kept> closeTo) {
    public Recommendation {
        Objects.requireNonNull(hit, "hit");
        closeTo = List.copyOf(closeTo);
    }

    /** A kept paper, by work id and title (the id when it has none). */
    public record Kept(String id, String title) {
        public Kept {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
        }
    }

    /** "close to “A” and “B” in your list", or that nothing kept shares its words or meaning. */
    public String explanation(String where) {
        if (closeTo.isEmpty()) {
            return "like " + where + " as a whole";
        }
        return "close to " + closeTo.stream().map(k -> "“" + k.title() + "”").collect(Collectors.joining(" and ")) + " in " + where;
    }
}
