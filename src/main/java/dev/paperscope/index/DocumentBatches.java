package dev.paperscope.index;

import dev.paperscope.catalog.ResolvedRecord;
import java.io.IOException;

/** Adds records' documents to an index writer in batches (so vectors are asked for a batch at once). */
interface DocumentBatches {
    void add(ResolvedRecord r) throws IOException;

    /** Writes what is pending. */
    void flush() throws IOException;
}
