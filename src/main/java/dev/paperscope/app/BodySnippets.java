package dev.paperscope.app;

import dev.paperscope.ingest.RecordPassage;
import dev.paperscope.search.Hits;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import dev.paperscope.search.passages.PassageHit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Snippets from a paper's body: a record hit whose snippet marks none of the query's words (they matched
 * in the PDF body, which record search reads at a modest weight but cannot quote) shows instead the body
 * passage BM25 ranks best for the query among that record's, with its page: "p. 4: … **words** …".
 */
final class BodySnippets {
    /** Passages read for a page of record hits: the best body passages of the query, whatever their record. */
    static final int DEPTH = 50;

    private BodySnippets() {
    }

    static SearchResults apply(SearchResults results, SearchOptions options, LibraryPassages passages) {
        if (results.hits().stream().allMatch(BodySnippets::marked) || !passages.ready()) {
            return results;
        }
        Map<String, PassageHit> best = new HashMap<>();
        for (PassageHit p : passages.search(results.query(), DEPTH, options.withRetriever(Retriever.BM25)).hits()) {
            if (p.part().equals(RecordPassage.BODY) && p.snippet().contains(Hits.MARK)) {
                best.putIfAbsent(p.record(), p);
            }
        }
        if (best.isEmpty()) {
            return results;
        }
        List<SearchHit> hits = new ArrayList<>(results.hits().size());
        for (SearchHit h : results.hits()) {
            PassageHit p = marked(h) ? null : best.get(h.id());
            hits.add(p == null ? h : new SearchHit(h.id(), h.score(), h.title(), h.kind(), h.authors(), h.venue(), h.year(), h.room(),
                    h.start(), h.records(), snippet(p)));
        }
        return results.withHits(hits);
    }

    static String snippet(PassageHit p) {
        return (p.source().page() == null ? "" : "p. " + p.source().page() + ": ") + p.snippet();
    }

    private static boolean marked(SearchHit h) {
        return h.snippet() != null && h.snippet().contains(Hits.MARK);
    }
}
