package dev.paperscope.api;

import dev.paperscope.app.AuthorCandidate;
import dev.paperscope.app.AuthorMatch;
import dev.paperscope.app.AuthorProfile;
import dev.paperscope.app.Counted;
import dev.paperscope.app.Paperscope;
import dev.paperscope.app.WorkView;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.search.Facets;
import dev.paperscope.search.Matched;
import dev.paperscope.search.RetrieverUnavailableException;
import dev.paperscope.search.SearchResults;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The data folder as the HTTP layer sees it. Searches, works and records are read concurrently: the
 * index allows it, and every catalog method is one synchronized transaction. {@link #exclusive} is for
 * the user's data (agenda, lists) and for anything that needs several catalog calls to agree.
 */
public final class Library {
    /** Values shown per facet field. */
    public static final int FACET_VALUES = 12;
    private final Paperscope paperscope;
    private final ReentrantLock catalogLock = new ReentrantLock();

    public Library(Paperscope paperscope) {
        this.paperscope = Objects.requireNonNull(paperscope, "paperscope");
    }

    /** Runs {@code action} with the data folder to itself: for writes and for the user's agenda and lists. */
    public <T> T exclusive(Function<Paperscope, T> action) {
        catalogLock.lock();
        try {
            return action.apply(paperscope);
        } finally {
            catalogLock.unlock();
        }
    }

    /**
     * One page of results for {@code request} (works or records, as it asks), with facet counts over every
     * record its query matches with the chosen retriever (the set the total counts): facets count records
     * in either grouping.
     */
    public SearchAnswer search(SearchRequest request) {
        String query = request.effectiveQuery();
        Matched matched;
        try {
            matched = request.grouping() == SearchRequest.Grouping.WORKS
                    ? paperscope.searches().worksFaceted(query, request.rankDepth(), request.options(), FACET_VALUES)
                    : paperscope.searches().recordsFaceted(query, request.rankDepth(), request.options(), FACET_VALUES);
        } catch (RetrieverUnavailableException e) {
            if (request.retriever().isEmpty()) {
                throw e;
            }
            // The retriever the client chose cannot run on this data folder (dense or hybrid without vectors).
            throw ApiException.badRequest("retriever " + request.retriever().get().name().toLowerCase(Locale.ROOT)
                    + " cannot run here: " + e.getMessage());
        }
        SearchResults ranked = matched.results();
        boolean more = ranked.hits().size() > request.offset() + request.limit() && request.offset() + request.limit() < SearchRequest.MAX_DEPTH;
        return new SearchAnswer(request, request.page(ranked), more, matched.facets());
    }

    public Optional<SourceRecord> record(String id) {
        return paperscope.works().record(id);
    }

    /** An author's profile: a lookup in the resolution's identities, not behind the write lock. */
    public Optional<AuthorProfile> author(String name) {
        return paperscope.authors().profile(name);
    }

    /**
     * The person {@code name} means: by any spelling, or else the one person a partial name fits (a surname
     * alone); when several fit, a 404 naming them with their work counts.
     */
    public AuthorProfile authorOrCandidates(String name) {
        AuthorMatch match = paperscope.authors().find(name);
        if (match.profile().isPresent()) {
            return match.profile().get();
        }
        List<AuthorCandidate> candidates = match.candidates();
        if (candidates.isEmpty()) {
            throw ApiException.notFound("no record names an author '" + name + "'");
        }
        throw ApiException.notFound(Counted.of(candidates.size(), "person", "people") + " fit '" + name + "': "
                + String.join("; ", candidates.stream().limit(20).map(c -> c.name() + " (" + Counted.of(c.works(), "work") + ")").toList())
                + (candidates.size() > 20 ? "; …" : ""));
    }

    public Optional<SearchResults> related(String recordId, int limit) {
        return paperscope.works().related(recordId, limit);
    }

    /** Records related to a work, less the work's own (see {@link dev.paperscope.app.Works#relatedToWork}). */
    public SearchResults relatedToWork(WorkView view, int limit) {
        return paperscope.works().relatedToWork(view, limit);
    }

    /** Where a work or record id that is no longer one went (a merged-away work, a re-keyed record); empty when it did not. */
    public Optional<String> redirect(String id) {
        return paperscope.works().redirect(id);
    }

    /** The stored work with this id, with its records and what was recovered for them; empty for an unknown id. */
    public Optional<WorkView> work(String id) {
        return paperscope.works().view(id);
    }

    /** The stored work a record belongs to. */
    public Optional<WorkView> workOfRecord(String recordId) {
        return paperscope.works().viewOfRecord(recordId);
    }

    public dev.paperscope.app.BackendStatus searchBackend() {
        return paperscope.searchBackend();
    }

    public long recordCount() {
        return paperscope.recordCount();
    }

    /** Runs a read of the user's data or the planner beside writes: each catalog and user-data call is one transaction. */
    public <T> T read(Function<Paperscope, T> action) {
        return action.apply(paperscope);
    }

    /** A page of results for a request. */
    public record SearchAnswer(SearchRequest request, SearchResults results, boolean more, Facets facets) {
        public SearchAnswer {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(results, "results");
            Objects.requireNonNull(facets, "facets");
        }
    }
}
