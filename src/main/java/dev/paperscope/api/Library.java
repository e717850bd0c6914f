package dev.paperscope.api;

import dev.paperscope.app.AuthorProfile;
import dev.paperscope.app.Paperscope;
import dev.paperscope.app.Resolution;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.resolve.Work;
import dev.paperscope.search.Facets;
import dev.paperscope.search.SearchResults;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The data folder as the HTTP layer sees it. Searches run concurrently (the index allows it); anything
 * that reads the catalog runs under one lock, because the catalog holds a single connection meant for
 * one thread at a time. Works are resolved from the catalog once per catalog generation, not per request.
 */
public final class Library {
    /** Values shown per facet field. */
    public static final int FACET_VALUES = 12;
    private final Paperscope paperscope;
    private final ReentrantLock catalogLock = new ReentrantLock();
    private long resolvedGeneration = -1;
    private Resolution resolution;

    public Library(Paperscope paperscope) {
        this.paperscope = Objects.requireNonNull(paperscope, "paperscope");
    }

    /** Runs {@code action} with the catalog to itself: for every call that reads or writes the catalog. */
    public <T> T exclusive(Function<Paperscope, T> action) {
        catalogLock.lock();
        try {
            return action.apply(paperscope);
        } finally {
            catalogLock.unlock();
        }
    }

    /** One page of results for {@code request}, with facet counts over every hit of its query. */
    public SearchAnswer search(SearchRequest request) {
        String query = request.effectiveQuery();
        SearchResults ranked;
        try {
            ranked = paperscope.search(query, request.offset() + request.limit(), request.options());
        } catch (IllegalStateException e) {
            if (request.retriever().isEmpty()) {
                throw e;
            }
            // The retriever the client chose cannot run on this data folder (dense or hybrid without vectors).
            throw ApiException.badRequest("retriever " + request.retriever().get().name().toLowerCase(java.util.Locale.ROOT)
                    + " cannot run here: " + e.getMessage());
        }
        return new SearchAnswer(request, SearchRequest.page(ranked, request.offset()), paperscope.facets(query, FACET_VALUES));
    }

    public Optional<SourceRecord> record(String id) {
        return exclusive(ps -> ps.catalog().record(id));
    }

    public Optional<AuthorProfile> author(String name) {
        return exclusive(ps -> ps.author(name));
    }

    public Optional<SearchResults> related(String recordId, int limit) {
        return paperscope.related(recordId, limit);
    }

    /**
     * Records related to a work: the neighbours of its first record, less the work's own records (a
     * work's records are copies of one another, so one record's neighbours stand for the work's).
     */
    public SearchResults relatedToWork(WorkView view, int limit) {
        java.util.Set<String> own = new java.util.HashSet<>(view.work().recordIds());
        SearchResults near = paperscope.related(view.work().recordIds().getFirst(), limit + own.size())
                .orElse(new SearchResults("", 0, true, List.of(), 0, List.of()));
        List<dev.paperscope.search.SearchHit> others = near.hits().stream().filter(h -> !own.contains(h.id())).limit(limit).toList();
        return new SearchResults(near.query(), others.size(), true, others, near.millis(), near.notes());
    }

    /** A work with its records in catalog order; empty for an unknown id. */
    public Optional<WorkView> work(String id) {
        return exclusive(ps -> {
            Resolution r = resolution(ps);
            return r.works().stream().filter(w -> w.id().equals(id)).findFirst().map(w -> view(r, w));
        });
    }

    /** The work a record belongs to. */
    public Optional<WorkView> workOfRecord(String recordId) {
        return exclusive(ps -> {
            Resolution r = resolution(ps);
            String workId = r.workOfRecord().get(recordId);
            return r.works().stream().filter(w -> w.id().equals(workId)).findFirst().map(w -> view(r, w));
        });
    }

    public long recordCount() {
        return exclusive(Paperscope::recordCount);
    }

    private Resolution resolution(Paperscope ps) {
        long generation = ps.catalog().generation();
        if (resolution == null || generation != resolvedGeneration) {
            resolution = ps.resolve();
            resolvedGeneration = generation;
        }
        return resolution;
    }

    private static WorkView view(Resolution r, Work w) {
        var byId = r.recordsById();
        List<SourceRecord> records = w.recordIds().stream().map(byId::get).filter(Objects::nonNull).toList();
        return new WorkView(w, records);
    }

    /** A work and the source records that state it. */
    public record WorkView(Work work, List<SourceRecord> records) {
        public WorkView {
            Objects.requireNonNull(work, "work");
            records = List.copyOf(records);
        }
    }

    /** A page of results for a request. */
    public record SearchAnswer(SearchRequest request, SearchResults results, Facets facets) {
        public SearchAnswer {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(results, "results");
            Objects.requireNonNull(facets, "facets");
        }
    }
}
