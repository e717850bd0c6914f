package dev.paperscope.app;

import dev.paperscope.resolve.PersonName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The authors of a recommended work who also wrote a kept work, for the recommendation's explanation
 * ("by X, an author in your list"). Names are matched by their folded keys ({@link PersonName#keys()}: accents,
 * middle names and nicknames aside), and named as the recommended work spells them, in its author order, each
 * person once, at most {@link Recommendation#BY_AUTHORS}. A string that holds no name matches nothing.
 */
final class SharedAuthors {
    private final Set<String> keptKeys = new HashSet<>();

    /** @param keptAuthors the author lists of the kept works */
    SharedAuthors(Collection<List<String>> keptAuthors) {
        keptAuthors.forEach(authors -> authors.forEach(a -> keptKeys.addAll(keys(a))));
    }

    /** Those of {@code authors} who wrote a kept work. */
    List<String> of(List<String> authors) {
        List<String> shared = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (String author : authors) {
            Set<String> keys = keys(author);
            if (shared.size() < Recommendation.BY_AUTHORS && keys.stream().anyMatch(keptKeys::contains)
                    && keys.stream().noneMatch(named::contains)) {
                shared.add(author.strip());
                named.addAll(keys);
            }
        }
        return shared;
    }

    private static Set<String> keys(String written) {
        if (written == null || written.isBlank()) {
            return Set.of();
        }
        try {
            return PersonName.parse(written).keys();
        } catch (IllegalArgumentException e) {
            return Set.of(); // no name in it: it can match nothing
        }
    }
}
