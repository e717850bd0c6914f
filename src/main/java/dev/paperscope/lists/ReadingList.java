package dev.paperscope.lists;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A named reading list with its items in order. */
public record ReadingList(String name, Instant createdAt, List<ListItem> items) {
    public ReadingList {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        items = List.copyOf(items);
    }

    public List<String> itemIds() {
        return items.stream().map(ListItem::itemId).toList();
    }
}
