package dev.paperscope.index.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.index.IndexSchema;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The catalog's records in one OpenSearch index, derived like the embedded index and rebuilt from the
 * catalog: created with {@link OpenSearchMapping}, written in bulk (a record's id is its document id, so
 * writing it again replaces it), and made visible with {@link #commit}, which also records the catalog
 * generation the index reflects. Requests that fail for a passing reason are retried with backoff, saying so.
 */
public final class OpenSearchIndex {
    /** Ids read or deleted per request. */
    static final int PAGE = 5_000;
    private final OpenSearchConnection connection;
    private final IndexSettings settings;
    private final Retry retry;

    private OpenSearchIndex(OpenSearchConnection connection, IndexSettings settings, Retry retry) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.retry = retry;
    }

    /** Creates the index afresh (an index of that name is deleted first) and waits until its shards are assigned. */
    public static OpenSearchIndex create(OpenSearchConnection connection, IndexSettings settings, Consumer<String> say) {
        OpenSearchIndex index = new OpenSearchIndex(connection, settings, Retry.DEFAULT.saying(say));
        String path = "/" + settings.name();
        index.retry.run("deleting index " + settings.name(), () -> connection.json("DELETE", path, Map.of("ignore_unavailable", "true"), null));
        index.retry.run("creating index " + settings.name(), () -> connection.json("PUT", path, Map.of(), OpenSearchMapping.indexBody(settings)));
        JsonNode health = index.retry.run("waiting for index " + settings.name(),
                () -> connection.json("GET", "/_cluster/health/" + settings.name(), Map.of("wait_for_status", "yellow", "timeout", "60s"), null));
        if (health.path("timed_out").asBoolean(false)) {
            throw new OpenSearchException("the shards of index " + settings.name() + " were not assigned within 60 s (status "
                    + health.path("status").asText() + ")");
        }
        return index;
    }

    /**
     * The index of that name when it exists and was made with these settings' fields (document version, vector
     * models and dimensions, BM25 k1 and b); empty when it is missing or differs, so that it must be created afresh.
     */
    public static Optional<OpenSearchIndex> existing(OpenSearchConnection connection, IndexSettings settings, Consumer<String> say) {
        OpenSearchIndex index = new OpenSearchIndex(connection, settings, Retry.DEFAULT.saying(say));
        String path = "/" + settings.name();
        JsonNode found;
        try {
            found = index.retry.run("reading index " + settings.name(), () -> connection.json("GET", path, Map.of(), null)).path(settings.name());
        } catch (OpenSearchConnection.OpenSearchHttpException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
        JsonNode wanted = OpenSearchMapping.indexBody(settings);
        JsonNode meta = found.path("mappings").path("_meta");
        JsonNode wantedMeta = wanted.path("mappings").path("_meta");
        for (var names = wantedMeta.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!key.equals(IndexSchema.GENERATION_KEY) && !meta.path(key).asText().equals(wantedMeta.path(key).asText())) {
                return Optional.empty();
            }
        }
        JsonNode properties = found.path("mappings").path("properties");
        for (int i = 0; i < settings.spaces().size(); i++) {
            if (properties.path(IndexSchema.vectorField(i)).path("dimension").asInt(-1) != settings.spaces().get(i).dimension()) {
                return Optional.empty();
            }
        }
        if (properties.has(IndexSchema.vectorField(Math.min(settings.spaces().size(), IndexSchema.MAX_VECTOR_MODELS - 1)))
                && settings.spaces().size() < IndexSchema.MAX_VECTOR_MODELS) {
            return Optional.empty(); // vectors of a model these settings do not have
        }
        JsonNode similarity = found.path("settings").path("index").path("similarity").path(OpenSearchMapping.SIMILARITY);
        if (Float.parseFloat(similarity.path("k1").asText("-1")) != settings.k1() || Float.parseFloat(similarity.path("b").asText("-1")) != settings.b()) {
            return Optional.empty();
        }
        return Optional.of(index);
    }

    public IndexSettings settings() {
        return settings;
    }

    public OpenSearchConnection connection() {
        return connection;
    }

    /**
     * Writes records with their vectors ({@code vectorsByModel.get(i)} maps record ids to the {@code i}-th
     * model's vector; a record without one is indexed without it). Not visible to searches before {@link #commit}.
     */
    public void upsert(List<ResolvedRecord> records, List<Map<String, float[]>> vectorsByModel) {
        if (records.isEmpty()) {
            return;
        }
        if (vectorsByModel.size() > settings.spaces().size()) {
            throw new IllegalArgumentException("vectors of " + vectorsByModel.size() + " models for an index of " + settings.spaces().size());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (ResolvedRecord r : records) {
                List<float[]> vectors = new ArrayList<>();
                for (int i = 0; i < vectorsByModel.size(); i++) {
                    float[] v = vectorsByModel.get(i).get(r.record().id());
                    if (v != null && v.length != settings.spaces().get(i).dimension()) {
                        throw new IllegalArgumentException("record " + r.record().id() + " has a vector of " + v.length + " dimensions for "
                                + settings.spaces().get(i).modelId() + ", which has " + settings.spaces().get(i).dimension());
                    }
                    vectors.add(v);
                }
                ObjectNode action = OpenSearchConnection.JSON.createObjectNode();
                action.putObject("index").put("_id", OpenSearchDocuments.cut(r.record().id(), 512));
                line(body, action);
                line(body, OpenSearchDocuments.toJson(r, vectors));
            }
        } catch (JsonProcessingException e) {
            throw new OpenSearchException("cannot write a bulk request: " + e.getMessage(), e);
        }
        byte[] bytes = body.toByteArray();
        JsonNode answer = retry.run("bulk indexing " + records.size() + " records into " + settings.name(),
                () -> connection.ndjson("/" + settings.name() + "/_bulk", Map.of(), bytes));
        if (answer.path("errors").asBoolean(false)) {
            for (JsonNode item : answer.path("items")) {
                JsonNode result = item.path("index");
                if (result.has("error")) {
                    // a rejected document (429 on every retry above) or a refused one: the whole write fails, naming it
                    throw new OpenSearchException("OpenSearch refused record " + result.path("_id").asText() + " ("
                            + result.path("status").asInt() + " " + result.path("error").path("type").asText() + ": "
                            + result.path("error").path("reason").asText() + ")");
                }
            }
        }
    }

    /** Removes a file's records (as the embedded index does before re-adding a changed file). */
    public void deleteFile(String file) {
        ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
        body.putObject("query").putObject("term").put(IndexSchema.FILE, OpenSearchDocuments.cut(file, OpenSearchDocuments.MAX_TERM_BYTES));
        retry.run("deleting the records of " + file, () -> connection.json("POST", "/" + settings.name() + "/_delete_by_query",
                Map.of("refresh", "true", "conflicts", "proceed"), body));
    }

    /** The record ids the index holds for {@code file} (visible ones: after {@link #commit}), read in pages sorted by id. */
    public List<String> idsOfFile(String file) {
        List<String> ids = new ArrayList<>();
        String after = null;
        while (true) {
            ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
            body.put("size", PAGE).put("track_total_hits", false);
            body.putObject("query").putObject("term").put(IndexSchema.FILE, OpenSearchDocuments.cut(file, OpenSearchDocuments.MAX_TERM_BYTES));
            body.putArray("sort").add(IndexSchema.ID);
            body.putArray("_source").add(IndexSchema.ID);
            if (after != null) {
                body.putArray("search_after").add(after);
            }
            JsonNode hits = search(body, false).path("hits").path("hits");
            for (JsonNode hit : hits) {
                ids.add(hit.path("_source").path(IndexSchema.ID).asText());
            }
            if (hits.size() < PAGE) {
                return ids;
            }
            after = ids.getLast();
        }
    }

    /** Deletes records by id in bulk (a missing one is no error); not visible to searches before {@link #commit}. */
    public void deleteIds(List<String> ids) {
        for (int from = 0; from < ids.size(); from += PAGE) {
            List<String> page = ids.subList(from, Math.min(ids.size(), from + PAGE));
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            try {
                for (String id : page) {
                    ObjectNode action = OpenSearchConnection.JSON.createObjectNode();
                    action.putObject("delete").put("_id", OpenSearchDocuments.cut(id, 512));
                    line(body, action);
                }
            } catch (JsonProcessingException e) {
                throw new OpenSearchException("cannot write a bulk request: " + e.getMessage(), e);
            }
            byte[] bytes = body.toByteArray();
            JsonNode answer = retry.run("deleting " + page.size() + " records from " + settings.name(),
                    () -> connection.ndjson("/" + settings.name() + "/_bulk", Map.of(), bytes));
            for (JsonNode item : answer.path("items")) {
                JsonNode result = item.path("delete");
                if (result.has("error")) {
                    throw new OpenSearchException("OpenSearch did not delete record " + result.path("_id").asText() + " ("
                            + result.path("status").asInt() + " " + result.path("error").path("reason").asText() + ")");
                }
            }
        }
    }

    /** Makes every write visible to searches and records that the index reflects catalog generation {@code generation}. */
    public void commit(long generation) {
        retry.run("refreshing " + settings.name(), () -> connection.json("POST", "/" + settings.name() + "/_refresh", Map.of(), null));
        ObjectNode meta = (ObjectNode) OpenSearchMapping.indexBody(settings).path("mappings").path("_meta");
        meta.put(IndexSchema.GENERATION_KEY, generation);
        ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
        body.set("_meta", meta);
        retry.run("recording the catalog generation in " + settings.name(), () -> connection.json("PUT", "/" + settings.name() + "/_mapping", Map.of(), body));
    }

    /** The catalog generation the index reflects; -1 before the first commit. */
    public long generation() {
        JsonNode mapping = retry.run("reading the mapping of " + settings.name(), () -> connection.json("GET", "/" + settings.name() + "/_mapping", Map.of(), null));
        return mapping.path(settings.name()).path("mappings").path("_meta").path(IndexSchema.GENERATION_KEY).asLong(-1);
    }

    /** The number of documents searches see. */
    public long count() {
        return retry.run("counting " + settings.name(), () -> connection.json("GET", "/" + settings.name() + "/_count", Map.of(), null))
                .path("count").asLong();
    }

    /**
     * Runs a search body; with {@code globalStatistics}, BM25 uses the term statistics of every shard
     * ({@code dfs_query_then_fetch}), so a record scores as it would in one index.
     */
    public JsonNode search(ObjectNode body, boolean globalStatistics) {
        Map<String, String> params = globalStatistics ? Map.of("search_type", "dfs_query_then_fetch") : Map.of();
        return retry.run("searching " + settings.name(), () -> connection.json("POST", "/" + settings.name() + "/_search", params, body));
    }

    private static void line(ByteArrayOutputStream out, ObjectNode json) throws JsonProcessingException {
        out.writeBytes(OpenSearchConnection.JSON.writeValueAsBytes(json));
        out.write('\n');
    }
}
