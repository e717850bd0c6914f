package dev.paperscope.resolve;

/**
 * How many current records carry a {@link RecordKeys} key, over the whole catalog: word frequencies
 * ({@code x:} keys), block sizes ({@code t:}, {@code w:}, {@code a:}) and title-less candidate lists
 * ({@code ta:}). A resolution of part of the catalog takes them from here (a whole resolution counts its
 * records; an incremental one asks the stored key table), so its blocks are the whole catalog's.
 */
@FunctionalInterface
public interface KeyCounts {
    /** The number of current records with this key (0 when none). */
    int count(String key);

    /** In how many titles a word occurs. */
    default int frequency(String word) {
        return count(RecordKeys.WORD + word);
    }
}
