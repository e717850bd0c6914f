package dev.paperscope.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.search.SearchJson;
import dev.paperscope.search.SearchResults;

/**
 * The JSON shape of recommendations, shared by {@code recommend --json} and {@code GET /api/v1/recommend}:
 * search results of works ({@link SearchJson}), whose {@code query} says what was learnt from, each hit
 * with its {@code explanation}, the kept works it is {@code close_to} and its authors who wrote a kept work
 * ({@code by_authors}); plus the {@code method} and the
 * {@code kept} work ids.
 */
public final class RecommendJson {
    private RecommendJson() {
    }

    public static ObjectNode toNode(RecommendAnswer answer) {
        SearchResults results = new SearchResults("like " + answer.basis().where(), answer.recommendations().size(), true,
                answer.recommendations().stream().map(Recommendation::hit).toList(), answer.millis(), answer.notes());
        ObjectNode root = SearchJson.toNode(results);
        ArrayNode hits = (ArrayNode) root.get("hits");
        for (int i = 0; i < hits.size(); i++) {
            Recommendation r = answer.recommendations().get(i);
            ObjectNode hit = (ObjectNode) hits.get(i);
            hit.put("explanation", answer.explanation(r));
            ArrayNode close = hit.putArray("close_to");
            r.closeTo().forEach(k -> close.addObject().put("id", k.id()).put("title", k.title()));
            ArrayNode by = hit.putArray("by_authors");
            r.byAuthors().forEach(by::add);
        }
        root.put("method", answer.method());
        ArrayNode kept = root.putArray("kept");
        answer.kept().forEach(kept::add);
        return root;
    }
}
