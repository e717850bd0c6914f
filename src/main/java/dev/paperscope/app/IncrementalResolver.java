package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.FileChange;
import dev.paperscope.catalog.FileRole;
import dev.paperscope.catalog.Recovery;
import dev.paperscope.catalog.ResolutionDelta;
import dev.paperscope.catalog.StoredFile;
import dev.paperscope.catalog.StoredWork;
import dev.paperscope.catalog.WorkDecision;
import dev.paperscope.ingest.Source;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.resolve.Constraints;
import dev.paperscope.resolve.ScopeSearch;
import dev.paperscope.resolve.TitleRecovery;
import dev.paperscope.resolve.Work;
import dev.paperscope.resolve.WorkIds;
import dev.paperscope.resolve.WorkJson;
import dev.paperscope.resolve.WorkResolver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves only what the files changed since the stored resolution can affect and stores only the rows that
 * change, with the result a whole resolution would store. The scope is found by a search over the stored
 * resolution keys ({@link KeyedScope}, {@link ScopeSearch}) from the changed and gone records, reading a
 * record only when it enters; only the scope is resolved, with the whole catalog's word frequencies and
 * block sizes counted from the keys. Titles recovered from references and schedule years are redone for the
 * touched pages only ({@link TouchedPages}); author keys come from {@link #authorKeyChanges}. Falls back
 * (returns why) when the stored resolution is of another version or other decisions, when the reference
 * files changed, or when the scope is most of the catalog.
 */
final class IncrementalResolver {
    /** A scope above this share of the catalog resolves the whole catalog instead. */
    static final double MAX_SCOPE_SHARE = 0.5;
    static final String RACED = "the catalog changed while resolving";
    private static final Logger LOG = LoggerFactory.getLogger(IncrementalResolver.class);

    /** Records parsed from the catalog by the last incremental run of this process, for tests and the debug log. */
    private static final AtomicReference<Reads> LAST_READS = new AtomicReference<>(new Reads(0, 0));

    private IncrementalResolver() {
    }

    /** Records one incremental run read: all of them, and those read by {@link #authorKeyChanges}. */
    record Reads(long all, long authorIdentities) {
        long outsideAuthorIdentities() {
            return all - authorIdentities;
        }
    }

    /** What the last incremental run of this process read (0 before the first). */
    static Reads lastReads() {
        return LAST_READS.get();
    }

    /** One incremental resolution as of {@code generation}; empty when stored, else why not (nothing stored). */
    static Optional<String> runOnce(Catalog catalog, String version, long generation) {
        long t0 = System.nanoTime();
        long read0 = catalog.recordsRead();
        Optional<String> stamp = catalog.derived().resolutionStamp();
        if (stamp.isEmpty() || !stamp.get().startsWith(version + ":g")) {
            return Optional.of("no stored resolution of version " + version);
        }
        List<WorkDecision> decisions = catalog.derived().decisions();
        long newestDecision = decisions.stream().mapToLong(WorkDecision::id).max().orElse(0);
        String s = stamp.get();
        int d = s.lastIndexOf(":d");
        long stampedGeneration;
        try {
            stampedGeneration = Long.parseLong(s.substring(version.length() + 2, d));
            if (Long.parseLong(s.substring(d + 2)) != newestDecision) {
                return Optional.of("the users' merge and split decisions changed");
            }
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.of("the stored stamp '" + s + "' cannot be read");
        }
        Laps laps = new Laps();
        List<FileChange> changes = catalog.changesSince(stampedGeneration);
        Map<String, List<String>> storedOfFiles = catalog.derived().keys().recordsOfFiles(changes.stream().map(FileChange::file).toList());
        if (!catalog.derived().keys().referencesAsStored()) {
            return Optional.of("the reference files changed: recovered titles and schedule years may change anywhere");
        }
        Map<String, SourceRecord> changed = new LinkedHashMap<>();
        for (FileChange change : changes) {
            Optional<StoredFile> file = catalog.file(change.file());
            if (file.isPresent() && file.get().role() == FileRole.SOURCE) {
                catalog.recordsOf(change.file()).forEach(r -> changed.put(r.id(), r));
            }
        }
        Set<String> gone = new TreeSet<>();
        storedOfFiles.values().forEach(gone::addAll);
        gone.removeAll(changed.keySet());
        long total = catalog.recordCount();
        int limit = (int) Math.min(Integer.MAX_VALUE, (long) (MAX_SCOPE_SHARE * total));
        if (changed.size() > limit) {
            return Optional.of("the change holds " + changed.size() + " of " + total + " records");
        }
        laps.lap("changed records");
        TouchedPages pages = TouchedPages.of(catalog, changed, gone);
        laps.lap("recovered titles");
        List<SourceRecord> rekeyed = new ArrayList<>(changed.values());
        rekeyed.addAll(pages.retitled(changed.keySet()));
        KeyedScope keyed = new KeyedScope(catalog, rekeyed, pages.recoveredTitles(), gone);
        Set<String> moved = keyed.moveRarestWords();
        Set<String> touched = new TreeSet<>(changed.keySet());
        touched.addAll(gone);
        ResolutionDelta.Details before = catalog.derived().detailsOf(touched);
        Set<String> seeds = new TreeSet<>(keyed.overlaid());
        seeds.addAll(moved);
        seeds.addAll(keyed.seeds(before.authorKeys().values()));
        seeds.addAll(keyed.previousWorkMates(touched));
        Constraints constraints = Resolver.constraints(decisions);
        Set<String> scope = ScopeSearch.closure(keyed, seeds, constraints, limit);
        laps.lap("scope");
        if (scope.size() > limit) {
            return Optional.of("the change reaches more than " + limit + " of " + total + " records");
        }
        List<SourceRecord> inScope = catalog.sourceRecords(scope);
        Map<String, SourceRecord> byId = new LinkedHashMap<>();
        inScope.forEach(r -> byId.put(r.id(), r));
        Map<String, TitleRecovery> recovered = new HashMap<>();
        for (SourceRecord r : inScope) {
            TitleRecovery t = pages.records().contains(r.id()) ? pages.recovered().get(r.id())
                    : keyed.storedRecovery(r.id()).map(rec -> titleOnly(r.id(), rec)).orElse(null);
            if (t != null) {
                recovered.put(r.id(), t);
            }
        }
        List<Work> fresh = WorkResolver.resolveScoped(inScope, recovered, constraints, keyed);
        Set<String> involved = new TreeSet<>(scope);
        involved.addAll(gone);
        Map<String, List<String>> previousInScope = catalog.derived().membersOfWorks(new TreeSet<>(catalog.derived().workIdsOf(involved).values()));
        WorkIds.Assignment assignment = WorkIds.assign(fresh, previousInScope,
                (Predicate<String>) id -> !catalog.derived().existingWorkIds(List.of(id)).isEmpty());
        List<StoredWork> works = assignment.works().stream()
                .map(w -> new StoredWork(w.id(), w.title(), w.recordIds(), WorkJson.toNode(w, byId, recovered).toString())).toList();
        laps.lap("works");
        long readBefore = catalog.recordsRead();
        long namesBefore = catalog.derived().authorNames().recordsRead();
        Map<String, List<String>> authorKeys = authorKeyChanges(catalog, changed.values(), gone);
        // author identities read records' author lists through the author names table, which counts its own reads
        long identityReads = catalog.recordsRead() - readBefore + catalog.derived().authorNames().recordsRead() - namesBefore;
        laps.lap("author identities");
        Map<String, List<String>> resolveKeys = new LinkedHashMap<>();
        inScope.forEach(r -> resolveKeys.put(r.id(), keyed.keys(r)));
        ResolutionDelta delta = pages.delta(catalog, gone, authorKeys, involved, previousInScope.keySet(), works, assignment.redirects(),
                resolveKeys);
        if (!catalog.derived().storeResolutionDelta(generation, version, delta)) {
            return Optional.of(RACED);
        }
        laps.lap("store");
        Reads reads = new Reads(catalog.recordsRead() - read0 + catalog.derived().authorNames().recordsRead() - namesBefore, identityReads);
        LAST_READS.set(reads);
        LOG.debug("resolved {} of {} records incrementally ({} changed, {} gone, {} rarest words moved) into {} works in {} ms ({});"
                + " records read: {}, of which {} by author identities", scope.size(), total, changed.size(), gone.size(), moved.size(),
                works.size(), (System.nanoTime() - t0) / 1_000_000, laps, reads.all(), reads.authorIdentities());
        return Optional.empty();
    }

    /**
     * The records whose stored author keys change, with their new keys (an empty list: the record now has none
     * or is gone): the identities the change's author keys reach, from the stored author names
     * ({@link IncrementalAuthorKeys}), reading only the records of those identities.
     */
    static Map<String, List<String>> authorKeyChanges(Catalog catalog, Collection<SourceRecord> changed, Set<String> removed) {
        return IncrementalAuthorKeys.changes(catalog, changed, removed);
    }

    /** A stored recovery as resolution reads it (only its title counts for works; the source is the stored one's). */
    private static TitleRecovery titleOnly(String id, Recovery r) {
        return new TitleRecovery(id, r.title(), r.venue(), r.year(), new Source(r.sourceFile(), Math.max(1, r.sourceLine()), "", "stored"),
                r.sourceId(), r.confidence(), r.rule(), r.evidence());
    }

    /** Milliseconds per phase of one run, for the debug log (where an incremental step's time goes). */
    private static final class Laps {
        private final StringBuilder text = new StringBuilder();
        private long last = System.nanoTime();

        void lap(String phase) {
            long now = System.nanoTime();
            text.append(text.isEmpty() ? "" : ", ").append(phase).append(' ').append((now - last) / 1_000_000).append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
