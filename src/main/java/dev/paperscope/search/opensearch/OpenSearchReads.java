package dev.paperscope.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.index.IndexSchema;
import dev.paperscope.index.opensearch.OpenSearchIndex;
import dev.paperscope.search.FacetCount;
import dev.paperscope.search.Facets;
import dev.paperscope.search.Hits;
import dev.paperscope.search.OpenSearchQueries;
import dev.paperscope.search.Ranked;
import dev.paperscope.search.RecordRef;
import dev.paperscope.search.SearchHit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.VectorSimilarityFunction;

/**
 * What a results page reads from an OpenSearch index beside the rankings: facet counts (terms aggregations on
 * the keyword fields the embedded index counts from doc values), stored fields and snippets of a page, and the
 * exact vector scores of chosen records (their vectors fetched and scored here as the embedded index scores
 * them, {@link VectorSimilarityFunction#DOT_PRODUCT}, so both give the same float).
 */
final class OpenSearchReads {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Terms aggregations count each shard's top values: this many per shard keeps the counts exact at our scale. */
    static final int SHARD_SIZE = 10_000;
    /** Distinct values are counted exactly (a hash set) up to this many, as OpenSearch's cardinality promises. */
    static final int PRECISION_THRESHOLD = 40_000;

    private OpenSearchReads() {
    }

    static Facets facets(OpenSearchIndex index, String query, Collection<String> extraIds, int topPerField) {
        if (topPerField < 1) {
            throw new IllegalArgumentException("topPerField must be at least 1, was " + topPerField);
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0).put("track_total_hits", false);
        body.set("query", matchSet(query, extraIds));
        ObjectNode aggs = body.putObject("aggs");
        for (String field : IndexSchema.FACET_FIELDS) {
            ObjectNode terms = aggs.putObject(field).putObject("terms");
            terms.put("field", IndexSchema.facetField(field)).put("size", topPerField).put("shard_size", Math.max(SHARD_SIZE, topPerField));
            ArrayNode order = terms.putArray("order");
            order.addObject().put("_count", "desc");
            order.addObject().put("_key", "asc");
            aggs.putObject(field + "_distinct").putObject("cardinality").put("field", IndexSchema.facetField(field))
                    .put("precision_threshold", PRECISION_THRESHOLD);
        }
        JsonNode answer = index.search(body, false).path("aggregations");
        Map<String, List<FacetCount>> fields = new LinkedHashMap<>();
        Map<String, Integer> distinct = new LinkedHashMap<>();
        for (String field : IndexSchema.FACET_FIELDS) {
            List<FacetCount> counts = new ArrayList<>();
            for (JsonNode bucket : answer.path(field).path("buckets")) {
                counts.add(new FacetCount(bucket.path("key").asText(), bucket.path("doc_count").asLong()));
            }
            fields.put(field, counts);
            distinct.put(field, answer.path(field + "_distinct").path("value").asInt());
        }
        return new Facets(fields, distinct);
    }

    /** The records {@code query} matches (none for null) and the records with ids {@code extraIds}. */
    private static ObjectNode matchSet(String query, Collection<String> extraIds) {
        if (extraIds.isEmpty()) {
            return query == null ? matchNone() : OpenSearchQueries.query(query);
        }
        ObjectNode ids = ids(extraIds);
        if (query == null) {
            return ids;
        }
        ObjectNode union = JSON.createObjectNode();
        ObjectNode bool = union.putObject("bool");
        bool.putArray("should").add(OpenSearchQueries.query(query)).add(ids);
        bool.put("minimum_should_match", 1);
        return union;
    }

    private static ObjectNode matchNone() {
        ObjectNode none = JSON.createObjectNode();
        none.putObject("match_none");
        return none;
    }

    private static ObjectNode ids(Collection<String> ids) {
        ObjectNode terms = JSON.createObjectNode();
        ArrayNode values = terms.putObject("terms").putArray(IndexSchema.ID);
        ids.forEach(values::add);
        return terms;
    }

    /** Hits for {@code page} in its order with its scores; the abstract's passages that hold the query's words are marked. */
    static List<SearchHit> hits(OpenSearchIndex index, String query, List<Ranked> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("size", page.size()).put("track_total_hits", false);
        body.set("query", ids(page.stream().map(Ranked::id).toList()));
        ArrayNode excludes = body.putObject("_source").putArray("excludes");
        excludes.add(IndexSchema.BODY).add(IndexSchema.TEXT).add(IndexSchema.VECTOR + "*");
        ObjectNode highlight = body.putObject("highlight");
        highlight.put("require_field_match", false).put("type", "unified").put("number_of_fragments", 2);
        highlight.putArray("pre_tags").add(Hits.MARK);
        highlight.putArray("post_tags").add(Hits.MARK);
        highlight.set("highlight_query", OpenSearchQueries.query(query));
        highlight.putObject("fields").putObject(IndexSchema.ABSTRACT);
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode hit : index.search(body, false).path("hits").path("hits")) {
            byId.put(hit.path("_source").path(IndexSchema.ID).asText(), hit);
        }
        List<SearchHit> out = new ArrayList<>(page.size());
        for (Ranked r : page) {
            JsonNode hit = byId.get(r.id());
            if (hit == null) {
                throw new IllegalStateException("record " + r.id() + " is not in OpenSearch index " + index.settings().name());
            }
            out.add(hit(hit, r.score()));
        }
        return out;
    }

    private static SearchHit hit(JsonNode hit, float score) {
        JsonNode s = hit.path("_source");
        List<String> marked = new ArrayList<>();
        hit.path("highlight").path(IndexSchema.ABSTRACT).forEach(f -> marked.add(f.asText()));
        String snippet = marked.isEmpty() ? Hits.opening(text(s, IndexSchema.ABSTRACT)) : String.join(" … ", marked);
        List<String> authors = new ArrayList<>();
        s.path(IndexSchema.AUTHOR).forEach(a -> authors.add(a.asText()));
        String id = s.path(IndexSchema.ID).asText();
        return new SearchHit(id, score, text(s, IndexSchema.TITLE), text(s, IndexSchema.KIND), authors, text(s, IndexSchema.VENUE),
                s.hasNonNull(IndexSchema.YEAR) ? s.path(IndexSchema.YEAR).asInt() : null, text(s, IndexSchema.ROOM), text(s, "start_text"),
                List.of(new RecordRef(id, text(s, IndexSchema.FILE), s.path(IndexSchema.LINE).asInt())), snippet);
    }

    private static String text(JsonNode source, String field) {
        return source.hasNonNull(field) ? source.path(field).asText() : null;
    }

    /** The scores of {@code ids} against {@code vector} in {@code field}; a record without a vector there is left out. */
    static Map<String, Float> vectorScores(OpenSearchIndex index, String field, float[] vector, Collection<String> ids) {
        Map<String, Float> scores = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return scores;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("size", ids.size()).put("track_total_hits", false);
        body.set("query", ids(ids));
        body.putArray("_source").add(IndexSchema.ID).add(field);
        for (JsonNode hit : index.search(body, false).path("hits").path("hits")) {
            JsonNode values = hit.path("_source").path(field);
            if (!values.isArray() || values.size() != vector.length) {
                continue;
            }
            float[] v = new float[values.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) values.get(i).asDouble();
            }
            scores.put(hit.path("_source").path(IndexSchema.ID).asText(), VectorSimilarityFunction.DOT_PRODUCT.compare(vector, v));
        }
        return scores;
    }
}
