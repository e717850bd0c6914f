package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.Recovery;
import dev.paperscope.catalog.StoredWork;
import dev.paperscope.catalog.WorkDecision;
import dev.paperscope.catalog.YearCorrection;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.resolve.AuthorIdentities;
import dev.paperscope.resolve.Constraints;
import dev.paperscope.resolve.RecordKeys;
import dev.paperscope.resolve.RedatedTalk;
import dev.paperscope.resolve.ReferenceMatcher;
import dev.paperscope.resolve.ScheduleYears;
import dev.paperscope.resolve.TitleRecovery;
import dev.paperscope.resolve.Work;
import dev.paperscope.resolve.WorkIds;
import dev.paperscope.resolve.WorkJson;
import dev.paperscope.resolve.WorkResolver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the resolve stage and stores its results as derived data: titles (and
 * venue, year) recovered from reference files, schedule pages' years taken from the reference records
 * that hold their talks, and works under the users' decisions. Runs after every
 * ingest that changed something, after a decision, and on open when the stored results are stale (a
 * process killed between a records commit and this one); {@link #refresh} resolves only what the changed
 * files can affect when that is exact ({@link IncrementalResolver}), {@link #run} always the whole catalog.
 * Never on a read: reads look up what the
 * last resolution stored ({@link ResolvedView}, the derived tables), and {@link #runs()} counts the
 * resolutions so a test can tell.
 */
final class Resolver {
    /** Part of the stored stamp: bump it when resolution rules change, so catalogs resolve again. */
    static final String VERSION = "resolve-5";
    /** A system property that, true, makes every refresh resolve the whole catalog (benchmarks compare both). */
    static final String WHOLE_PROPERTY = "paperscope.resolve.whole";
    private static final Logger LOG = LoggerFactory.getLogger(Resolver.class);
    private final Catalog catalog;
    private final AtomicLong runs = new AtomicLong();
    private final AtomicLong incrementalRuns = new AtomicLong();
    private volatile boolean incremental = true;

    Resolver(Catalog catalog) {
        this.catalog = catalog;
    }

    Catalog catalog() {
        return catalog;
    }

    /** Whole resolutions this resolver ran (passes that another process's change made it repeat count once). */
    long runs() {
        return runs.get();
    }

    /** Resolves again unless the stored results reflect the catalog and decisions as they are. */
    boolean refresh() {
        if (catalog.derived().resolutionIsCurrent(VERSION)) {
            return false;
        }
        if (!incremental || Boolean.getBoolean(WHOLE_PROPERTY) || !runIncrementally()) {
            run();
        }
        return true;
    }

    /** Of {@link #runs()}, those that resolved only what changed. */
    long incrementalRuns() {
        return incrementalRuns.get();
    }

    /** Whether {@link #refresh} may resolve only what changed ({@link IncrementalResolver}); off, it always resolves all. */
    void incremental(boolean on) {
        incremental = on;
    }

    /** Resolves what changed since the stored resolution; false (nothing stored) when only a whole resolution is exact. */
    private boolean runIncrementally() {
        for (int pass = 1; pass < MAX_PASSES; pass++) {
            Optional<String> why = IncrementalResolver.runOnce(catalog, VERSION, catalog.generation());
            if (why.isEmpty()) {
                runs.incrementAndGet();
                incrementalRuns.incrementAndGet();
                return true;
            }
            if (!why.get().equals(IncrementalResolver.RACED)) {
                LOG.debug("resolving the whole catalog, not only what changed: {}", why.get());
                return false;
            }
            LOG.debug("the catalog changed while resolving what changed (pass {}); resolving again", pass);
        }
        return false;
    }

    /** Passes of {@link #run} when other processes keep changing the catalog while it resolves. */
    private static final int MAX_PASSES = 5;

    /**
     * Resolves the whole catalog and stores the result, stamped with the generation it read. When another
     * process stored a file while this one was resolving, the result is not stored and the pass runs
     * again: otherwise that file's records would sit under a stamp that claims them, without works.
     */
    void run() {
        runs.incrementAndGet();
        for (int pass = 1; pass < MAX_PASSES; pass++) {
            if (runOnce(catalog, catalog.generation())) {
                return;
            }
            LOG.debug("the catalog changed while resolving (pass {}); resolving again", pass);
        }
        LOG.warn("the catalog kept changing while works were resolved ({} passes); storing the last pass", MAX_PASSES);
        runOnce(catalog, -1);
    }

    /** One resolution of the catalog as read after {@code generation} (-1: store whatever changed meanwhile). */
    private static boolean runOnce(Catalog catalog, long generation) {
        long t0 = System.nanoTime();
        List<SourceRecord> records = new ArrayList<>();
        catalog.forEachRecord(records::add);
        List<SourceRecord> references = new ArrayList<>();
        catalog.forEachReferenceRecord(references::add);
        Map<String, TitleRecovery> recovered = references.isEmpty() ? Map.of() : new ReferenceMatcher(references).recoverAll(records);
        WorkIds.Assignment assignment = WorkIds.assign(
                WorkResolver.resolve(records, recovered, constraints(catalog.derived().decisions())), previousWorks(catalog, records));
        List<Work> works = assignment.works();
        Map<String, SourceRecord> byId = new LinkedHashMap<>();
        records.forEach(r -> byId.put(r.id(), r));
        List<StoredWork> stored = works.stream()
                .map(w -> new StoredWork(w.id(), w.title(), w.recordIds(), WorkJson.toNode(w, byId, recovered).toString())).toList();
        Map<String, Recovery> recoveries = new LinkedHashMap<>();
        recovered.forEach((id, t) -> recoveries.put(id, recovery(byId.get(id), t)));
        Map<String, YearCorrection> years = new LinkedHashMap<>();
        if (!references.isEmpty()) {
            new ScheduleYears(references).redate(records, recovered).forEach((id, t) -> years.put(id, yearCorrection(t)));
        }
        if (!IncrementalAuthorKeys.fillAt(catalog, generation, records)
                || !catalog.derived().storeResolutionAt(generation, VERSION, stored, recoveries, authorKeys(records), years, assignment.redirects(),
                        RecordKeys.ofAll(records, recovered))) {
            return false;
        }
        LOG.debug("resolved {} records ({} references) into {} works in {} ms", records.size(), references.size(), works.size(),
                (System.nanoTime() - t0) / 1_000_000);
        return true;
    }

    /** The stored works' members, with records re-keyed since (a corrected title) under their new ids. */
    static Map<String, List<String>> previousWorks(Catalog catalog, List<SourceRecord> records) {
        Map<String, List<String>> previous = catalog.derived().workMembers();
        Set<String> present = new HashSet<>();
        records.forEach(r -> present.add(r.id()));
        Set<String> gone = new TreeSet<>();
        previous.values().forEach(ids -> ids.stream().filter(id -> !present.contains(id)).forEach(gone::add));
        if (gone.isEmpty()) {
            return previous;
        }
        Map<String, String> moved = catalog.derived().redirects(gone);
        Map<String, List<String>> out = new LinkedHashMap<>();
        previous.forEach((work, ids) -> out.put(work, ids.stream().map(id -> moved.getOrDefault(id, id)).toList()));
        return out;
    }

    /** Per record, every name key of every identity among its authors (sorted, for stable change detection). */
    static Map<String, List<String>> authorKeys(List<SourceRecord> records) {
        AuthorIdentities identities = AuthorIdentities.of(records);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (SourceRecord r : records) {
            Set<String> keys = new TreeSet<>();
            r.authors().forEach(a -> identities.find(a).ifPresent(i -> keys.addAll(i.keys())));
            if (!keys.isEmpty()) {
                out.put(r.id(), List.copyOf(keys));
            }
        }
        return out;
    }

    /** Only what the record lacked: a stated venue or year is never replaced. */
    static Recovery recovery(SourceRecord r, TitleRecovery t) {
        return new Recovery(t.title(), r.venue() == null ? t.venue() : null, r.year() == null ? t.year() : null,
                t.source().file(), t.source().line(), t.referenceId(), t.confidence(), t.rule(), t.evidence());
    }

    static YearCorrection yearCorrection(RedatedTalk t) {
        return new YearCorrection(t.year(), t.start(), t.end(), t.references(), t.agreeing(), t.matched(), t.rule(), t.evidence());
    }

    static Constraints constraints(List<WorkDecision> decisions) {
        Constraints.Builder b = Constraints.builder();
        for (WorkDecision d : decisions) {
            switch (d.kind()) {
                case MERGE -> b.merge(d.id(), d.left(), d.right());
                case SPLIT -> b.split(d.id(), d.left(), d.right());
            }
        }
        return b.build();
    }
}
