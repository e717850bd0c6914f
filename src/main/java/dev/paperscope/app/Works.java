package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.DerivedData;
import dev.paperscope.catalog.Recovery;
import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.catalog.StoredWork;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.ingest.Derivation;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.resolve.About;
import dev.paperscope.resolve.Work;
import dev.paperscope.resolve.WorkJson;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import dev.paperscope.search.related.RelatedSearch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Works and records by id, as the last resolution stored them ({@link Paperscope#works()}): lookups in
 * the catalog's derived tables (stamped with the catalog generation they reflect), never a resolution
 * and never a write. Ids that were merged away or re-keyed are followed to where they went.
 */
public final class Works {
    private final Catalog catalog;
    private final DerivedData derived;
    private final SearchIndex index;

    Works(Catalog catalog, SearchIndex index) {
        this.catalog = catalog;
        this.derived = catalog.derived();
        this.index = index;
    }

    /** The stored works in resolver order. */
    public List<StoredWork> all() {
        return derived.works();
    }

    /** The source or reference record with this id, as stored. */
    public Optional<SourceRecord> record(String id) {
        return catalog.record(id);
    }

    /**
     * The stored work with this id, or the work of the record with this id, following a redirect; empty
     * when neither exists. {@link StoredWork#json()} holds its records (with provenance), merges, rules and evidence.
     */
    public Optional<StoredWork> find(String workOrRecordId) {
        return derived.work(workOrRecordId).or(() -> derived.workOfRecord(workOrRecordId))
                .or(() -> derived.redirect(workOrRecordId).flatMap(to -> derived.work(to).or(() -> derived.workOfRecord(to))));
    }

    /**
     * The id a work or record id stands for now: itself while it is a work or record, else where it was
     * redirected (a work merged into another, a record re-keyed by a schema migration), else itself.
     * Reading lists, stars and links hold ids; they are looked up through this, so they never dangle while
     * the paper is in the library.
     */
    public String currentId(String id) {
        if (derived.work(id).isPresent() || catalog.record(id).isPresent()) {
            return id;
        }
        return derived.redirect(id).orElse(id);
    }

    /** Where a work or record id that is no longer one went (a merged-away work, a re-keyed record); empty when it did not. */
    public Optional<String> redirect(String id) {
        return derived.redirect(id);
    }

    /** The work of this very id (not of a record, not redirected) with its records, recoveries and about links. */
    public Optional<WorkView> view(String workId) {
        return find(workId).filter(w -> w.id().equals(workId)).map(this::view);
    }

    /** The work that holds this very record, as its page shows it. */
    public Optional<WorkView> viewOfRecord(String recordId) {
        return find(recordId).filter(w -> w.recordIds().contains(recordId)).map(this::view);
    }

    private WorkView view(StoredWork stored) {
        List<SourceRecord> records = new ArrayList<>();
        Map<String, Recovery> recovered = new LinkedHashMap<>();
        for (String id : stored.recordIds()) {
            // A record removed since the resolution was stored is left out, not an error.
            derived.resolved(id).ifPresent(r -> {
                records.add(r.record());
                r.recovery().ifPresent(rec -> recovered.put(id, rec));
            });
        }
        Work work = WorkJson.fromJson(stored.json());
        return new WorkView(work, records, recovered, aboutLinks(work));
    }

    /** The other side of each of the work's about links: the paper a post presents, or the posts presenting the paper. */
    private List<WorkView.AboutLink> aboutLinks(Work work) {
        Set<String> own = new HashSet<>(work.recordIds());
        List<WorkView.AboutLink> out = new ArrayList<>();
        for (About a : work.about()) {
            boolean isPost = own.contains(a.post());
            String other = isPost ? a.paper() : a.post();
            catalog.record(other).ifPresent(r -> find(other).filter(w -> w.recordIds().contains(other))
                    .ifPresent(w -> out.add(new WorkView.AboutLink(a, isPost, w.id(), w.title() != null ? w.title() : r.title()))));
        }
        return out;
    }

    /** Records related to record {@code id}, best first; a work id stands for its first record; empty when there is no such record. */
    public Optional<SearchResults> related(String id, int limit) {
        String current = currentId(id);
        String recordId = derived.work(current).map(w -> w.recordIds().getFirst()).orElse(current);
        return new RelatedSearch(index).related(recordId, limit);
    }

    /** Neighbours fetched per related work asked for: room for other works' further records, which are left out. */
    private static final int RELATED_POOL = 3;

    /**
     * Works related to a work, one hit each (the best-placed of its records): the neighbours of the work's first
     * record, less the work's own records (a work's records are copies of one another, so one record's
     * neighbours stand for the work's) and less further records of a work already listed.
     */
    public SearchResults relatedToWork(WorkView view, int limit) {
        Set<String> own = new HashSet<>(view.work().recordIds());
        SearchResults near = related(view.work().recordIds().getFirst(), RELATED_POOL * limit + own.size())
                .orElse(new SearchResults("", 0, true, List.of(), 0, List.of()));
        Map<String, String> workOf = derived.workIdsOf(near.hits().stream().map(SearchHit::id).toList());
        Set<String> listed = new HashSet<>();
        List<SearchHit> others = near.hits().stream().filter(h -> !own.contains(h.id()))
                .filter(h -> listed.add(workOf.getOrDefault(h.id(), h.id()))).limit(limit).toList();
        return new SearchResults(near.query(), others.size(), true, others, near.millis(), near.notes());
    }

    /** The records an id names for a citation: the record, or the work's records; titles recovered where pages lack them. */
    List<SourceRecord> citable(String given) {
        String id = currentId(given);
        return catalog.record(id).map(List::of).orElseGet(() -> recordsOfWork(id)).stream().map(this::withRecoveredTitle).toList();
    }

    /** A record without a title of its own, with the title recovered from a reference list (saying so), if any. */
    private SourceRecord withRecoveredTitle(SourceRecord r) {
        if (r.title() != null) {
            return r;
        }
        return derived.resolved(r.id()).flatMap(ResolvedRecord::recovery).map(rec -> {
            List<Derivation> derivations = new ArrayList<>(r.derived());
            derivations.add(new Derivation("title", "recovered from " + rec.sourceFile() + " line " + rec.sourceLine()));
            return new SourceRecord(r.id(), r.kind(), rec.title(), r.authors(), r.abstractText(), r.venue(), r.year(), r.room(), r.session(),
                    r.moderator(), r.start(), r.end(), r.award(), r.section(), r.url(), r.authorMention(), r.source(), r.extra(),
                    derivations, r.raw());
        }).orElse(r);
    }

    boolean isWorkOrRecord(String given) {
        String id = currentId(given);
        return catalog.record(id).isPresent() || !recordsOfWork(id).isEmpty();
    }

    /** The records of a stored work, in the work's order; empty when no work has this id. */
    private List<SourceRecord> recordsOfWork(String workId) {
        return derived.work(workId).map(w -> w.recordIds().stream().map(catalog::record).flatMap(Optional::stream).toList())
                .orElse(List.of());
    }

    /**
     * The records of the works some ids name (work ids, or record ids standing for their works; an id that
     * names nothing adds nothing), with a few batched catalog reads whatever the number of ids.
     */
    List<ResolvedRecord> recordsOfWorksNamedBy(Collection<String> ids) {
        Set<String> workIds = new LinkedHashSet<>(derived.worksById(ids).keySet());
        workIds.addAll(derived.workIdsOf(ids).values());
        Set<String> recordIds = new LinkedHashSet<>();
        derived.worksById(workIds).values().forEach(w -> recordIds.addAll(w.recordIds()));
        ids.stream().filter(id -> !workIds.contains(id)).forEach(recordIds::add); // a record without a work is its own
        return List.copyOf(derived.resolvedAmong(recordIds).values());
    }

    /** Every source record with its work (the planner dates them by the references' year where they correct a page's). */
    List<ResolvedRecord> allRecords() {
        List<ResolvedRecord> records = new ArrayList<>();
        derived.forEachResolved(records::add);
        return records;
    }
}
