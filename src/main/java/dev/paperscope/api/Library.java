package dev.paperscope.api;

import dev.paperscope.app.AuthorProfile;
import dev.paperscope.app.Paperscope;
import dev.paperscope.catalog.Recovery;
import dev.paperscope.catalog.StoredWork;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.resolve.Work;
import dev.paperscope.resolve.WorkJson;
import dev.paperscope.search.Facets;
import dev.paperscope.search.SearchResults;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        dev.paperscope.search.Matched matched;
        try {
            matched = request.grouping() == SearchRequest.Grouping.WORKS
                    ? paperscope.searchWorksFaceted(query, request.rankDepth(), request.options(), FACET_VALUES)
                    : paperscope.searchFaceted(query, request.rankDepth(), request.options(), FACET_VALUES);
        } catch (IllegalStateException e) {
            if (request.retriever().isEmpty()) {
                throw e;
            }
            // The retriever the client chose cannot run on this data folder (dense or hybrid without vectors).
            throw ApiException.badRequest("retriever " + request.retriever().get().name().toLowerCase(java.util.Locale.ROOT)
                    + " cannot run here: " + e.getMessage());
        }
        SearchResults ranked = matched.results();
        boolean more = ranked.hits().size() > request.offset() + request.limit() && request.offset() + request.limit() < SearchRequest.MAX_DEPTH;
        return new SearchAnswer(request, request.page(ranked), more, matched.facets());
    }

    public Optional<SourceRecord> record(String id) {
        return paperscope.catalog().record(id);
    }

    /** An author's profile: a lookup in the resolution's identities, not behind the write lock. */
    public Optional<AuthorProfile> author(String name) {
        return paperscope.author(name);
    }

    /**
     * The person {@code name} means: by any spelling, or else the one person a partial name fits (a surname
     * alone); when several fit, a 404 naming them with their work counts.
     */
    public AuthorProfile authorOrCandidates(String name) {
        return read(ps -> {
            Optional<AuthorProfile> exact = ps.author(name);
            if (exact.isPresent()) {
                return exact.get();
            }
            java.util.List<dev.paperscope.app.AuthorCandidate> candidates = ps.authorCandidates(name);
            if (candidates.size() == 1) {
                return ps.author(candidates.getFirst().name()).orElseThrow();
            }
            if (candidates.isEmpty()) {
                throw ApiException.notFound("no record names an author '" + name + "'");
            }
            throw ApiException.notFound(dev.paperscope.app.Counted.of(candidates.size(), "person", "people") + " fit '" + name + "': "
                    + String.join("; ", candidates.stream().limit(20).map(c -> c.name() + " ("
                    + dev.paperscope.app.Counted.of(c.works(), "work") + ")").toList()) + (candidates.size() > 20 ? "; …" : ""));
        });
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

    /** Where a work or record id that is no longer one went (a merged-away work, a re-keyed record); empty when it did not. */
    public Optional<String> redirect(String id) {
        return paperscope.catalog().derived().redirect(id);
    }

    /** The stored work with this id, with its records and what was recovered for them; empty for an unknown id. */
    public Optional<WorkView> work(String id) {
        return paperscope.work(id).filter(w -> w.id().equals(id)).map(this::view);
    }

    /** The stored work a record belongs to. */
    public Optional<WorkView> workOfRecord(String recordId) {
        return paperscope.work(recordId).filter(w -> w.recordIds().contains(recordId)).map(this::view);
    }

    public long recordCount() {
        return paperscope.recordCount();
    }

    /** Runs a read of the user's data or the planner beside writes: each catalog and user-data call is one transaction. */
    public <T> T read(Function<Paperscope, T> action) {
        return action.apply(paperscope);
    }

    private WorkView view(StoredWork stored) {
        List<SourceRecord> records = new ArrayList<>();
        Map<String, Recovery> recovered = new LinkedHashMap<>();
        for (String id : stored.recordIds()) {
            // A record removed since the resolution was stored is left out, not an error.
            paperscope.catalog().derived().resolved(id).ifPresent(r -> {
                records.add(r.record());
                r.recovery().ifPresent(rec -> recovered.put(id, rec));
            });
        }
        Work work = WorkJson.fromJson(stored.json());
        return new WorkView(work, records, recovered, aboutLinks(work));
    }

    /** The other side of each of the work's about links: the paper a post presents, or the posts presenting the paper. */
    private List<AboutLink> aboutLinks(Work work) {
        java.util.Set<String> own = new java.util.HashSet<>(work.recordIds());
        List<AboutLink> out = new ArrayList<>();
        for (dev.paperscope.resolve.About a : work.about()) {
            boolean isPost = own.contains(a.post());
            String other = isPost ? a.paper() : a.post();
            paperscope.catalog().record(other).ifPresent(r -> paperscope.work(other).filter(w -> w.recordIds().contains(other))
                    .ifPresent(w -> out.add(new AboutLink(a, isPost, w.id(), w.title() != null ? w.title() : r.title()))));
        }
        return out;
    }

    /**
     * One about link seen from a work: {@code postIsHere} when this work is the blog post (the link leads to
     * the paper's work), else this work is the paper and the link leads to a post; {@code otherWork} and
     * {@code otherTitle} name the other side.
     */
    public record AboutLink(dev.paperscope.resolve.About about, boolean postIsHere, String otherWork, String otherTitle) {
        public AboutLink {
            Objects.requireNonNull(about, "about");
            Objects.requireNonNull(otherWork, "otherWork");
        }
    }

    /**
     * A work, the source records that state it (catalog order), and the fields recovered from reference
     * data for those that lacked them, by record id.
     */
    public record WorkView(Work work, List<SourceRecord> records, Map<String, Recovery> recoveries, List<AboutLink> about) {
        public WorkView {
            Objects.requireNonNull(work, "work");
            records = List.copyOf(records);
            recoveries = Map.copyOf(recoveries);
            about = List.copyOf(about);
        }

        /** One name per person across the records (spellings of one identity are one entry), in the first record's order. */
        public List<String> authors() {
            return dev.paperscope.resolve.WorkSummary.authors(records);
        }

        /** The record whose abstract the work shows: a paper's own abstract over a summary of it, over a blog post's text. */
        public Optional<SourceRecord> abstractSource() {
            return dev.paperscope.resolve.WorkSummary.abstractSource(records);
        }

        /** The work's title, else the first title a record states; null when none has one. */
        public String title() {
            return work.title() != null ? work.title()
                    : records.stream().map(SourceRecord::title).filter(Objects::nonNull).findFirst().orElse(null);
        }
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
