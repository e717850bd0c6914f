package dev.paperscope.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One person as far as the records tell: every spelling seen, the records that name them, and why
 * spellings whose keys differ were joined ({@code joins}, empty when all spellings share one key).
 */
public record AuthorIdentity(String id, String name, Set<String> spellings, Set<String> keys, List<String> recordIds,
                             List<String> joins) {
    public AuthorIdentity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        spellings = Set.copyOf(spellings);
        keys = Set.copyOf(keys);
        recordIds = List.copyOf(recordIds);
        joins = List.copyOf(joins);
    }
}
