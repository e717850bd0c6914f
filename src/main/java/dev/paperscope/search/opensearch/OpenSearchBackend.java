package dev.paperscope.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.index.IndexSchema;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.index.opensearch.OpenSearchIndex;
import dev.paperscope.search.BackendWriter;
import dev.paperscope.search.Facets;
import dev.paperscope.search.OpenSearchQueries;
import dev.paperscope.search.QuerySyntax;
import dev.paperscope.search.Ranked;
import dev.paperscope.search.Ranking;
import dev.paperscope.search.SearchBackend;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The search backend on an OpenSearch index: BM25 through the query language translated to Query DSL
 * ({@link OpenSearchQueries}) with every shard's term statistics, so scores equal the embedded index's, ties
 * by record id as embedded; k-NN through the k-NN plugin's {@code knn} query on a model's vector field.
 */
public final class OpenSearchBackend implements SearchBackend, BackendWriter {
    /** As embedded (Bm25Search): hits are counted exactly up to this many, then counted on their own. */
    static final int EXACT_TOTAL_UP_TO = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final OpenSearchIndex index;
    private final boolean closeConnection;

    /** A backend on {@code index}; closing it closes the index's connection when {@code closeConnection}. */
    public OpenSearchBackend(OpenSearchIndex index, boolean closeConnection) {
        this.index = Objects.requireNonNull(index, "index");
        this.closeConnection = closeConnection;
    }

    /** The index this backend reads and writes. */
    public OpenSearchIndex index() {
        return index;
    }

    @Override
    public void upsert(List<ResolvedRecord> records, List<Map<String, float[]>> vectorsByModel) {
        index.upsert(records, vectorsByModel);
    }

    @Override
    public void deleteFile(String file) {
        index.deleteFile(file);
    }

    /**
     * Deletes the records the index holds for {@code file} whose ids are not in {@code keep} (the records just
     * written, of this file or moved to another), and returns how many; visible after {@link #commit}.
     */
    public int deleteFileExcept(String file, Set<String> keep) {
        List<String> stale = index.idsOfFile(file).stream().filter(id -> !keep.contains(id)).toList();
        index.deleteIds(stale);
        return stale.size();
    }

    @Override
    public void commit(long catalogGeneration) {
        index.commit(catalogGeneration);
    }

    @Override
    public long generation() {
        return index.generation();
    }

    @Override
    public Ranking bm25(String query, int k) {
        SearchResults.checkLimit(k);
        List<String> notes = QuerySyntax.parse(query).notes();
        ObjectNode body = JSON.createObjectNode();
        body.put("size", k).put("track_total_hits", EXACT_TOTAL_UP_TO).put("track_scores", true);
        body.set("query", OpenSearchQueries.query(query));
        ArrayNode sort = body.putArray("sort");
        sort.addObject().put("_score", "desc");
        sort.addObject().put(IndexSchema.ID, "asc");
        body.putArray("_source").add(IndexSchema.ID);
        JsonNode answer = index.search(body, true);
        List<Ranked> ranked = ranked(answer);
        JsonNode total = answer.path("hits").path("total");
        boolean exact = total.path("relation").asText("eq").equals("eq");
        long count = total.path("value").asLong(ranked.size());
        if (!exact) {
            count = count(body.get("query"));
            exact = true;
        }
        return new Ranking(ranked, Math.max(count, ranked.size()), exact, notes);
    }

    @Override
    public Map<String, Float> bm25Scores(String query, Collection<String> ids) {
        Map<String, Float> scores = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return scores;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("size", ids.size()).put("track_total_hits", false);
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.putArray("must").add(OpenSearchQueries.query(query));
        ArrayNode values = bool.putArray("filter").addObject().putObject("terms").putArray(IndexSchema.ID);
        ids.forEach(values::add);
        body.putArray("_source").add(IndexSchema.ID);
        for (Ranked r : ranked(index.search(body, true))) {
            scores.put(r.id(), r.score());
        }
        return scores;
    }

    @Override
    public Ranking knn(int model, float[] vector, int k, String query) {
        SearchResults.checkLimit(k);
        String field = IndexSchema.vectorField(model);
        checkModel(model, vector);
        List<String> notes = List.of();
        Optional<ObjectNode> filter = Optional.empty();
        if (query != null && !query.isBlank()) {
            notes = QuerySyntax.parse(query).notes();
            filter = OpenSearchQueries.filter(query);
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("size", k);
        ObjectNode knn = body.putObject("query").putObject("knn").putObject(field);
        ArrayNode values = knn.putArray("vector");
        for (float x : vector) {
            values.add(x);
        }
        knn.put("k", k);
        filter.ifPresent(f -> knn.set("filter", f));
        body.putArray("_source").add(IndexSchema.ID);
        List<Ranked> ranked = ranked(index.search(body, false));
        return new Ranking(ranked, ranked.size(), true, notes);
    }

    @Override
    public Map<String, Float> knnScores(int model, float[] vector, Collection<String> ids) {
        checkModel(model, vector);
        return OpenSearchReads.vectorScores(index, IndexSchema.vectorField(model), vector, ids);
    }

    @Override
    public Facets facets(String query, Collection<String> extraIds, int topPerField) {
        return OpenSearchReads.facets(index, query, extraIds, topPerField);
    }

    @Override
    public List<SearchHit> hits(String query, List<Ranked> page) {
        return OpenSearchReads.hits(index, query, page);
    }

    @Override
    public List<VectorSpace> vectorSpaces() {
        return index.settings().spaces();
    }

    private void checkModel(int model, float[] vector) {
        if (model >= index.settings().spaces().size()) {
            throw new IllegalArgumentException("index " + index.settings().name() + " holds vectors of " + index.settings().spaces().size()
                    + " model(s), not of model " + (model + 1));
        }
        if (vector.length != index.settings().spaces().get(model).dimension()) {
            throw new IllegalArgumentException("the query vector has " + vector.length + " dimensions; "
                    + index.settings().spaces().get(model).modelId() + " has " + index.settings().spaces().get(model).dimension());
        }
    }

    private long count(JsonNode query) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0).put("track_total_hits", true);
        body.set("query", query);
        return index.search(body, false).path("hits").path("total").path("value").asLong();
    }

    private static List<Ranked> ranked(JsonNode answer) {
        List<Ranked> ranked = new ArrayList<>();
        for (JsonNode hit : answer.path("hits").path("hits")) {
            ranked.add(new Ranked(hit.path("_source").path(IndexSchema.ID).asText(hit.path("_id").asText()), (float) hit.path("_score").asDouble()));
        }
        return ranked;
    }

    @Override
    public void close() {
        if (closeConnection) {
            index.connection().close();
        }
    }
}
