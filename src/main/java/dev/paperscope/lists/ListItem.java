package dev.paperscope.lists;

import java.time.Instant;
import java.util.Objects;

/** One entry of a reading list: a work or record id at a 1-based position, with the user's note (null when none). */
public record ListItem(String itemId, int position, String note, Instant addedAt) {
    public ListItem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(addedAt, "addedAt");
        if (position < 1) {
            throw new IllegalArgumentException("positions are 1-based, was " + position);
        }
    }
}
