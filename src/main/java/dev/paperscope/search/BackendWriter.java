package dev.paperscope.search;

import dev.paperscope.catalog.ResolvedRecord;
import java.util.List;
import java.util.Map;

/**
 * The writes of a search backend that is filled record by record from the catalog: an OpenSearch index, written
 * by {@code app.OpenSearchSync}. The embedded index is not one: it follows the catalog itself
 * ({@code SearchIndex.catchUp}, {@code rebuild}), so {@link LuceneBackend} and a search's snapshot of it only
 * read ({@link SearchBackend}). Split from the reads so that no backend has writes that refuse (docs/DECISIONS.md,
 * "Search backends: reads and writes apart").
 */
public interface BackendWriter {
    /** Writes records (a record id already there is replaced) with each model's vectors by record id; visible after {@link #commit}. */
    void upsert(List<ResolvedRecord> records, List<Map<String, float[]>> vectorsByModel);

    /** Removes one file's records (before its new version is written). */
    void deleteFile(String file);

    /** Makes writes visible and records the catalog generation the index now reflects ({@link SearchBackend#generation}). */
    void commit(long catalogGeneration);
}
