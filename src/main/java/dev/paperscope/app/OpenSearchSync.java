package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.FileChange;
import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.search.BackendWriter;
import dev.paperscope.search.dense.Passage;
import dev.paperscope.search.opensearch.OpenSearchBackend;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Builds a second index (an OpenSearch backend) from this data folder's catalog: the same resolved records
 * as the embedded index, with the vectors the catalog's embedding store holds for the embedded index's
 * models. No model is run: a record whose passage has no cached vector is indexed without one (and counted).
 */
public final class OpenSearchSync {
    static final int BATCH = 256;
    private final Catalog catalog;
    private final SearchIndex index;

    OpenSearchSync(Catalog catalog, SearchIndex index) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.index = Objects.requireNonNull(index, "index");
    }

    /** What a rebuild wrote: records, and per model how many of them had no cached vector. */
    public record Report(long records, long catalogGeneration, Map<String, Long> withoutVector) {
        public Report {
            withoutVector = Map.copyOf(withoutVector);
        }
    }

    /** The vector spaces of the embedded index, in field order: the models an OpenSearch index mirrors. */
    public List<VectorSpace> vectorSpaces() {
        return index.vectorSpaces();
    }

    /**
     * Writes every record of the catalog into {@code target} with {@code spaces}' cached vectors, then
     * commits the catalog generation read before the pass; {@code progress} receives the running count.
     */
    public Report rebuild(BackendWriter target, List<VectorSpace> spaces, LongConsumer progress) {
        long generation = catalog.generation();
        Map<String, Long> without = new LinkedHashMap<>();
        spaces.forEach(s -> without.put(s.modelId(), 0L));
        List<ResolvedRecord> batch = new ArrayList<>(BATCH);
        long[] count = {0};
        catalog.derived().forEachResolved(r -> {
            batch.add(r);
            if (batch.size() == BATCH) {
                write(target, spaces, batch, without);
                count[0] += batch.size();
                progress.accept(count[0]);
                batch.clear();
            }
        });
        write(target, spaces, batch, without);
        count[0] += batch.size();
        progress.accept(count[0]);
        target.commit(generation);
        return new Report(count[0], generation, without);
    }

    /** What a catch-up sent: the files the catalog changed, the records written and deleted, and the generation reached. */
    public record CatchUp(int files, long written, long deleted, long catalogGeneration, Map<String, Long> withoutVector) {
        public CatchUp {
            withoutVector = Map.copyOf(withoutVector);
        }
    }

    /**
     * Brings {@code target}, which reflects catalog generation {@code from}, up to the catalog the way the embedded
     * index catches up: only the files the catalog's change log names after {@code from} (an ingest, an edit or a
     * removal of a file, or a resolution that changed their records' works, authors or years) are read, their records
     * written again by id, and the records those files no longer hold deleted by id; then the generation reached is
     * committed. Writing a record again is harmless, so a catch-up cut short is simply repeated.
     */
    public CatchUp catchUp(OpenSearchBackend target, List<VectorSpace> spaces, long from) {
        List<FileChange> changes = catalog.changesSince(from);
        long reached = changes.stream().mapToLong(FileChange::generation).max().orElse(catalog.generation());
        Map<String, Long> without = new LinkedHashMap<>();
        spaces.forEach(s -> without.put(s.modelId(), 0L));
        Set<String> written = new HashSet<>();
        for (FileChange change : changes) {
            List<ResolvedRecord> records = catalog.derived().resolvedOf(change.file());
            for (int i = 0; i < records.size(); i += BATCH) {
                write(target, spaces, records.subList(i, Math.min(records.size(), i + BATCH)), without);
            }
            records.forEach(r -> written.add(r.record().id()));
        }
        long deleted = 0;
        for (FileChange change : changes) { // after every write, so that a record moved to another file is kept
            deleted += target.deleteFileExcept(change.file(), written);
        }
        target.commit(reached);
        return new CatchUp(changes.size(), written.size(), deleted, reached, without);
    }

    private void write(BackendWriter target, List<VectorSpace> spaces, List<ResolvedRecord> batch, Map<String, Long> without) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, String> hashById = new LinkedHashMap<>();
        for (ResolvedRecord r : batch) {
            Passage.of(r.record()).ifPresent(p -> hashById.put(r.record().id(), p.sha256()));
        }
        List<Map<String, float[]>> vectorsByModel = new ArrayList<>();
        for (VectorSpace space : spaces) {
            Map<String, float[]> byHash = catalog.embeddings().vectors(space.modelId(), hashById.values());
            Map<String, float[]> byId = new LinkedHashMap<>();
            for (ResolvedRecord r : batch) {
                String hash = hashById.get(r.record().id());
                float[] v = hash == null ? null : byHash.get(hash);
                if (v != null && v.length == space.dimension()) {
                    byId.put(r.record().id(), v);
                } else {
                    without.merge(space.modelId(), 1L, Long::sum);
                }
            }
            vectorsByModel.add(byId);
        }
        target.upsert(batch, vectorsByModel);
    }
}
