package dev.paperscope.ingest;

import java.util.ArrayList;
import java.util.List;

/** One entry of a reading list while it is being read: its title line and the summary items under it. */
final class ReadingListEntry {
    /** One bullet (or display-maths line) of the summary; {@code line} is 1-based. */
    record Item(int line, String text) {
    }

    private final int titleIndex;
    private final String title;
    private final String section;
    private final List<Item> items = new ArrayList<>();
    private int lastIndex;

    ReadingListEntry(int titleIndex, String title, String section) {
        this.titleIndex = titleIndex;
        this.title = title;
        this.section = section;
        this.lastIndex = titleIndex;
    }

    int titleIndex() {
        return titleIndex;
    }

    void addItem(int index, String text) {
        items.add(new Item(index + 1, text));
        lastIndex = index;
    }

    /** An indented line that is not a bullet continues the bullet above it. */
    void continueItem(int index, String text) {
        if (items.isEmpty()) {
            addItem(index, text);
            return;
        }
        Item last = items.removeLast();
        items.add(new Item(last.line(), last.text() + " " + text));
        lastIndex = index;
    }

    SourceRecord toRecord(SourceDocument doc, String format) {
        SourceRecord.Builder b = SourceRecord.builder(RecordKind.PAPER, doc.sourceAt(titleIndex + 1, format))
                .title(title)
                .section(section)
                .abstractText(String.join("\n", items.stream().map(Item::text).toList()))
                .raw(String.join("\n", doc.lines().subList(titleIndex, lastIndex + 1)));
        AuthorMentions.applyFirst(title, items, b);
        return b.build();
    }
}
