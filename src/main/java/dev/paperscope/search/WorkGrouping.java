package dev.paperscope.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Turns a ranking of records into a ranking of works: one hit per work, at the rank of its best record,
 * listing every record of the work (those that matched first, in rank order, then the others by file
 * and line). The hit's id is the work id, its title the work's, and the rest (authors, snippet, venue,
 * score) comes from the best record. Record rankings are deterministic, so work rankings are too.
 *
 * <p>Several records of one work may match, so the record ranking is read in widening windows until
 * {@code limit} works are found or the matches run out.
 */
public final class WorkGrouping {
    /** Records read per work wanted, in the first window. */
    static final int WINDOW_FACTOR = 3;
    static final int MIN_WINDOW = 50;
    private final WorkDirectory directory;

    public WorkGrouping(WorkDirectory directory) {
        this.directory = directory;
    }

    /**
     * @param records runs the record search for a window size (at most {@link SearchResults#MAX_LIMIT})
     */
    public SearchResults group(int limit, IntFunction<SearchResults> records) {
        SearchResults.checkLimit(limit);
        int window = Math.min(SearchResults.MAX_LIMIT, Math.max(MIN_WINDOW, limit * WINDOW_FACTOR));
        while (true) {
            SearchResults page = records.apply(window);
            Map<String, List<SearchHit>> byWork = byWork(page.hits());
            boolean exhausted = page.hits().size() < window || window == SearchResults.MAX_LIMIT;
            if (byWork.size() >= limit || exhausted) {
                return page.withHits(workHits(byWork, limit)).withNotes(notes(page, byWork.size() >= limit || page.totalExact()));
            }
            window = Math.min(SearchResults.MAX_LIMIT, window * 4);
        }
    }

    private Map<String, List<SearchHit>> byWork(List<SearchHit> hits) {
        Map<String, String> workOf = directory.workOf(hits.stream().map(SearchHit::id).toList());
        Map<String, List<SearchHit>> out = new LinkedHashMap<>();
        for (SearchHit h : hits) {
            // A record not yet resolved stands alone, under its own id.
            out.computeIfAbsent(workOf.getOrDefault(h.id(), h.id()), k -> new ArrayList<>()).add(h);
        }
        return out;
    }

    private List<SearchHit> workHits(Map<String, List<SearchHit>> byWork, int limit) {
        List<String> ids = byWork.keySet().stream().limit(limit).toList();
        Map<String, WorkDirectory.WorkEntry> works = directory.works(ids);
        List<SearchHit> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            List<SearchHit> matched = byWork.get(id);
            SearchHit best = matched.getFirst();
            WorkDirectory.WorkEntry work = works.get(id);
            if (work == null) {
                out.add(best);
                continue;
            }
            out.add(new SearchHit(id, best.score(), work.title() != null ? work.title() : best.title(), best.kind(), best.authors(),
                    best.venue(), best.year(), best.room(), best.start(), records(matched, work), best.snippet()));
        }
        return out;
    }

    private static List<RecordRef> records(List<SearchHit> matched, WorkDirectory.WorkEntry work) {
        Set<String> first = new LinkedHashSet<>();
        matched.forEach(h -> first.add(h.id()));
        List<RecordRef> out = new ArrayList<>();
        Map<String, RecordRef> byId = new LinkedHashMap<>();
        work.records().forEach(r -> byId.put(r.id(), r));
        first.stream().map(byId::get).filter(r -> r != null).forEach(out::add);
        work.records().stream().filter(r -> !first.contains(r.id()))
                .sorted(Comparator.comparing(RecordRef::file).thenComparingInt(RecordRef::line)).forEach(out::add);
        return out;
    }

    private static List<String> notes(SearchResults page, boolean complete) {
        List<String> notes = new ArrayList<>(page.notes());
        if (!complete) {
            notes.add("grouped the best " + SearchResults.MAX_LIMIT + " matching records into works; more may match");
        }
        return notes;
    }
}
