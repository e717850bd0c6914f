package dev.paperscope.app;

import dev.paperscope.catalog.AuthorNames;
import dev.paperscope.catalog.Catalog;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.resolve.IncrementalIdentities;
import dev.paperscope.resolve.PersonName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Author keys after a change from the catalog's author-name table ({@link AuthorNames}) and the stored
 * keys, reading only the records of the identities the change can reach ({@link IncrementalIdentities}),
 * and the table's rows: all of them with a whole resolution, the changed records' before an incremental one.
 */
final class IncrementalAuthorKeys {
    private static final Logger LOG = LoggerFactory.getLogger(IncrementalAuthorKeys.class);
    /** Incremental steps that found the table and the stored keys in disagreement and computed over all records (tests expect none). */
    static final AtomicLong FALLBACKS = new AtomicLong();

    private IncrementalAuthorKeys() {
    }

    /** The rows of one record: each spelling that is a name, under its key and each middle-name variant. */
    static List<AuthorNames.Row> rowsOf(SourceRecord r) {
        List<AuthorNames.Row> out = new ArrayList<>();
        for (String written : r.authors()) {
            PersonName n;
            try {
                n = PersonName.parse(written);
            } catch (IllegalArgumentException e) {
                continue;
            }
            for (String variant : n.keys()) {
                out.add(new AuthorNames.Row(r.id(), written, n.key(), variant, n.first(), n.last()));
            }
        }
        return out;
    }

    /** Rewrites the whole table from these records, read at {@code generation}; false when the catalog moved since. */
    static boolean fillAt(Catalog catalog, long generation, List<SourceRecord> records) {
        List<AuthorNames.Row> rows = new ArrayList<>();
        records.forEach(r -> rows.addAll(rowsOf(r)));
        return catalog.derived().authorNames().replaceAllAt(generation, rows);
    }

    /** See {@link IncrementalResolver#authorKeyChanges}. */
    static Map<String, List<String>> changes(Catalog catalog, Collection<SourceRecord> changed, Set<String> removed) {
        AuthorNames names = catalog.derived().authorNames();
        Set<String> changedIds = new TreeSet<>();
        changed.forEach(r -> changedIds.add(r.id()));
        Set<String> gone = new TreeSet<>(removed);
        gone.addAll(names.rekeyedInto(changedIds));
        gone.removeAll(changedIds);
        Set<String> rewrite = new TreeSet<>(changedIds);
        rewrite.addAll(gone);
        long t0 = System.nanoTime();
        names.refresh(rewrite, IncrementalAuthorKeys::rowsOf);
        long read = names.recordsRead();
        try {
            Map<String, List<String>> out = IncrementalIdentities.changes(new CatalogNames(names), changedIds, gone);
            LOG.debug("author keys of {} changed and {} removed records: read the names of {} records, {} records' keys change, {} ms",
                    changedIds.size(), gone.size(), names.recordsRead() - read, out.size(), (System.nanoTime() - t0) / 1_000_000);
            return out;
        } catch (IllegalStateException e) {
            FALLBACKS.incrementAndGet();
            LOG.warn("the stored author keys disagree with the author names ({}); computing author identities over the whole catalog", e.getMessage());
            return whole(catalog);
        }
    }

    /** Every record's keys against the stored ones, from all records; the table is rewritten from them. */
    private static Map<String, List<String>> whole(Catalog catalog) {
        long generation = catalog.generation();
        List<SourceRecord> records = new ArrayList<>();
        catalog.forEachRecord(records::add);
        fillAt(catalog, generation, records);
        Map<String, List<String>> keys = Resolver.authorKeys(records);
        Map<String, List<String>> stored = catalog.derived().details().authorKeys();
        Map<String, List<String>> out = new LinkedHashMap<>();
        keys.forEach((id, k) -> {
            if (!k.equals(stored.get(id))) {
                out.put(id, k);
            }
        });
        stored.keySet().stream().filter(id -> !keys.containsKey(id)).forEach(id -> out.put(id, List.of()));
        return out;
    }

    /** The table and the stored keys, as {@link IncrementalIdentities} reads them. */
    private record CatalogNames(AuthorNames names) implements IncrementalIdentities.Names {
        @Override
        public Map<String, Set<String>> recordsByKey(Collection<String> keys) {
            return names.recordsByKey(keys);
        }

        @Override
        public Map<String, List<String>> spellingsOf(Collection<String> recordIds) {
            return new HashMap<>(names.spellingsOf(recordIds));
        }

        @Override
        public Set<String> keysWithFirst(String first, int minLength, int maxLength) {
            return names.keysWithFirst(first, minLength, maxLength);
        }

        @Override
        public Set<String> keysWithLast(String last, String firstPrefix) {
            return names.keysWithLast(last, firstPrefix);
        }

        @Override
        public Set<String> keysListing(String variant) {
            return names.keysListing(variant);
        }

        @Override
        public Map<String, List<String>> storedKeys(Collection<String> recordIds) {
            return names.storedKeys(recordIds);
        }
    }
}
