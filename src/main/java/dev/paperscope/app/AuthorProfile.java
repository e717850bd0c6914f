package dev.paperscope.app;

import dev.paperscope.resolve.AuthorIdentity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the catalog knows of one person: the identity (every spelling seen, and why spellings were
 * joined), their works, the venues those appeared at, and co-authors with how many works they share.
 */
public record AuthorProfile(AuthorIdentity identity, List<WorkRef> works, Map<String, Integer> venues,
                            Map<String, Integer> coauthors) {
    public AuthorProfile {
        Objects.requireNonNull(identity, "identity");
        works = List.copyOf(works);
        // Insertion order is meaningful (co-authors by shared works), so copies keep it.
        venues = Collections.unmodifiableMap(new LinkedHashMap<>(venues));
        coauthors = Collections.unmodifiableMap(new LinkedHashMap<>(coauthors));
    }

    /** A work of the author, with the records that name them. */
    public record WorkRef(String id, String title, List<String> recordIds) {
        public WorkRef {
            Objects.requireNonNull(id, "id");
            recordIds = List.copyOf(recordIds);
        }
    }
}
