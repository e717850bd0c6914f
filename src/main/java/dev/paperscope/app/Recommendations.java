package dev.paperscope.app;

import dev.paperscope.catalog.StoredWork;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.lists.ReadingList;
import dev.paperscope.planner.AgendaEntry;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import dev.paperscope.search.WorkDirectory;
import dev.paperscope.search.WorkGrouping;
import dev.paperscope.search.recommend.LibraryCorpus;
import dev.paperscope.search.recommend.RecommendMethod;
import dev.paperscope.search.recommend.Recommended;
import dev.paperscope.search.recommend.Recommender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Papers like the ones a user keeps ({@link Paperscope#recommendations()}): the works of a reading list,
 * the starred talks, some works, or all of them, learnt against the rest of the library
 * ({@link Recommender}), kept works left out, each explained by the kept papers it is closest to. The
 * library's works are read from the index once per index generation and shared by every request.
 */
public final class Recommendations {
    /** The most works a query may restrict the candidates to (the best matches of a work search). */
    public static final int MAX_QUERY_WORKS = 1000;
    private final SearchIndex index;
    private final Works works;
    private final UserStores user;
    private final WorkDirectory directory;
    private final BiFunction<String, Integer, SearchResults> searchWorks;
    private LibraryCorpus cached;

    Recommendations(SearchIndex index, Works works, UserStores user, WorkDirectory directory,
                    BiFunction<String, Integer, SearchResults> searchWorks) {
        this.index = index;
        this.works = works;
        this.user = user;
        this.directory = directory;
        this.searchWorks = searchWorks;
    }

    /**
     * Up to {@code limit} works like those of {@code basis}, among the matches of {@code query} when given;
     * {@code method} empty: the best measured (the embedding-free one when the index has no vectors).
     *
     * @throws dev.paperscope.lists.ListException when the named list does not exist
     * @throws IllegalArgumentException on a bad limit, or a method that needs vectors the index lacks
     */
    public RecommendAnswer recommend(RecommendationBasis basis, Optional<String> query, int limit, Optional<RecommendMethod> method) {
        SearchResults.checkLimit(limit);
        long t0 = System.nanoTime();
        List<String> notes = new ArrayList<>();
        LibraryCorpus library = library();
        RecommendMethod chosen = method.orElse(library.corpus().hasVectors() ? RecommendMethod.DEFAULT : RecommendMethod.WITHOUT_VECTORS);
        if (chosen.needsVectors() && !library.corpus().hasVectors()) {
            throw new IllegalArgumentException("recommendation method " + chosen.externalName() + " needs embeddings, and the index has none");
        }
        if (method.isEmpty() && !library.corpus().hasVectors()) {
            notes.add("the index has no vectors: recommended by words (" + chosen.externalName() + ")");
        }
        Set<String> named = keptIds(basis);
        List<String> kept = new ArrayList<>();
        int missing = 0;
        for (String id : named) {
            String work = works.find(id).map(StoredWork::id).orElse(works.currentId(id));
            if (library.corpus().position(work).isPresent()) {
                if (!kept.contains(work)) {
                    kept.add(work);
                }
            } else {
                missing++;
            }
        }
        if (missing > 0) {
            notes.add(missing + " kept id(s) are not in the library any more and were left out");
        }
        if (kept.isEmpty()) {
            notes.add(named.isEmpty() ? "nothing is kept in " + basis.where() + " yet: add papers to learn from"
                    : "none of the papers in " + basis.where() + " is in the library: nothing to learn from");
            return new RecommendAnswer(basis, kept, chosen.externalName(), List.of(), notes, millis(t0));
        }
        Predicate<String> candidate = query.filter(q -> !q.isBlank()).map(q -> inQuery(q, notes)).orElse(id -> true);
        List<Recommended> ranked = Recommender.recommend(library.corpus(), kept, candidate, limit, chosen);
        if (ranked.isEmpty()) {
            notes.add("nothing to recommend: every candidate paper is already kept" + (query.isPresent() ? " or outside the query" : ""));
        }
        return new RecommendAnswer(basis, kept, chosen.externalName(), explained(library, kept, ranked, limit), notes, millis(t0));
    }

    /** The work or record ids the basis keeps, in its order, each once. */
    private Set<String> keptIds(RecommendationBasis basis) {
        Set<String> ids = new LinkedHashSet<>();
        switch (basis) {
            case RecommendationBasis.ReadingList l -> ids.addAll(user.lists().get(l.name()).itemIds());
            case RecommendationBasis.Starred s -> user.planner().agenda().entries().forEach(e -> ids.add(e.workId()));
            case RecommendationBasis.Works w -> ids.addAll(w.ids());
            case RecommendationBasis.Everything e -> {
                user.lists().all().stream().map(ReadingList::itemIds).forEach(ids::addAll);
                user.planner().agenda().entries().stream().map(AgendaEntry::workId).forEach(ids::add);
            }
        }
        return ids;
    }

    private Predicate<String> inQuery(String query, List<String> notes) {
        SearchResults matches = searchWorks.apply(query, MAX_QUERY_WORKS);
        Set<String> ids = new LinkedHashSet<>(matches.hits().stream().map(SearchHit::id).toList());
        notes.add("candidates: the " + ids.size() + " work(s) best matching \"" + query + "\""
                + (matches.hits().size() >= MAX_QUERY_WORKS ? " (the first " + MAX_QUERY_WORKS + ")" : ""));
        return ids::contains;
    }

    /** Work hits (every record of the work listed) in rank order, each with the kept works it is closest to and the authors it shares with them. */
    private List<Recommendation> explained(LibraryCorpus library, List<String> kept, List<Recommended> ranked, int limit) {
        SharedAuthors shared = new SharedAuthors(kept.stream().map(library.hits()::get).filter(Objects::nonNull).map(SearchHit::authors)
                .toList());
        Map<String, Recommended> byId = new HashMap<>();
        List<SearchHit> recordHits = new ArrayList<>();
        for (Recommended r : ranked) {
            SearchHit h = library.hits().get(r.id());
            recordHits.add(new SearchHit(h.id(), (float) r.score(), h.title(), h.kind(), h.authors(), h.venue(), h.year(), h.room(), h.start(),
                    h.records(), h.snippet()));
            byId.put(r.id(), r);
            byId.put(h.id(), r);
        }
        SearchResults grouped = new WorkGrouping(directory).group(limit,
                window -> new SearchResults("", recordHits.size(), true, recordHits, 0, List.of()));
        List<Recommendation> out = new ArrayList<>();
        for (SearchHit hit : grouped.hits()) {
            Recommended r = Optional.ofNullable(byId.get(hit.id())).orElseGet(() -> byId.get(hit.records().getFirst().id()));
            List<Recommendation.Kept> close = r == null ? List.of()
                    : r.closeTo().stream().map(id -> new Recommendation.Kept(id, title(library, id))).toList();
            out.add(new Recommendation(hit, close, shared.of(hit.authors())));
        }
        return out;
    }

    private String title(LibraryCorpus library, String workId) {
        return works.find(workId).map(StoredWork::title)
                .or(() -> Optional.ofNullable(library.hits().get(workId)).map(SearchHit::title))
                .orElse(workId);
    }

    /** The library's works as the index holds them now, read again only when the index has changed. */
    private synchronized LibraryCorpus library() {
        if (cached == null || cached.generation() != index.generation()) {
            cached = LibraryCorpus.read(index);
        }
        return cached;
    }

    private static double millis(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }
}
