package dev.paperscope.index.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.index.IndexSchema;
import dev.paperscope.index.VectorSpace;
import java.util.List;

/**
 * The index settings and mapping that mirror the embedded Lucene index ({@link IndexSchema}): prose fields
 * with OpenSearch's {@code english} analyzer (Lucene's EnglishAnalyzer: possessives, lower case, Lucene's
 * English stop words, Porter stemming), name fields with standard tokens lower-cased and ASCII-folded, BM25
 * with the embedded k1 and b, keyword fields for ids, kinds, files, author keys and facets, and a
 * {@code knn_vector} field per embedding model (HNSW, Lucene engine, M 16 and beam width 100 as Lucene's
 * defaults that the embedded index uses; cosine, which on the unit vectors both indexes hold equals the
 * embedded dot product, score (1 + cos) / 2 in both).
 */
public final class OpenSearchMapping {
    static final String SIMILARITY = "paperscope_bm25";
    static final String NAMES = "paperscope_names";
    /** Stored-only fields: the time as written ({@link IndexSchema#START} holds epoch seconds). */
    static final String START_TEXT = "start_text";
    static final String END_TEXT = "end_text";

    private OpenSearchMapping() {
    }

    /** The body of {@code PUT /INDEX}: settings and mappings. */
    static ObjectNode indexBody(IndexSettings s) {
        ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        index.put("number_of_shards", s.shards()).put("number_of_replicas", s.replicas()).put("knn", true);
        index.putObject("similarity").putObject(SIMILARITY).put("type", "BM25").put("k1", s.k1()).put("b", s.b());
        index.putObject("analysis").putObject("analyzer").putObject(NAMES).put("type", "custom").put("tokenizer", "standard")
                .putArray("filter").add("lowercase").add("asciifolding");
        ObjectNode mappings = body.putObject("mappings");
        mappings.put("dynamic", "strict");
        ObjectNode meta = mappings.putObject("_meta");
        meta.put(IndexSchema.DOCUMENT_VERSION_KEY, IndexSchema.DOCUMENT_VERSION);
        meta.put(IndexSchema.GENERATION_KEY, -1L);
        for (int i = 0; i < s.spaces().size(); i++) {
            meta.put(IndexSchema.vectorField(i) + "_model", s.spaces().get(i).modelId());
        }
        ObjectNode p = mappings.putObject("properties");
        for (String f : List.of(IndexSchema.ID, IndexSchema.KIND, IndexSchema.FILE, IndexSchema.PASSAGE, IndexSchema.WORK)) {
            p.putObject(f).put("type", "keyword");
        }
        // Author keys score (an author clause is a SHOULD of the words and the key): one untouched token, no norms,
        // the index's BM25, as the embedded StringField scores; a keyword field scored differently (measured: 1.02 apart).
        p.putObject(IndexSchema.AUTHOR_KEY).put("type", "text").put("analyzer", "keyword").put("norms", false)
                .put("index_options", "docs").put("similarity", SIMILARITY);
        for (String f : List.of(IndexSchema.TITLE_SOURCE, START_TEXT, END_TEXT)) {
            p.putObject(f).put("type", "keyword").put("index", false).put("doc_values", false);
        }
        p.putObject(IndexSchema.LINE).put("type", "integer").put("index", false);
        for (String f : List.of(IndexSchema.TEXT, IndexSchema.TITLE, IndexSchema.ABSTRACT, IndexSchema.BODY)) {
            ObjectNode t = text(p, f, "english");
            if (f.equals(IndexSchema.ABSTRACT)) {
                t.put("index_options", "offsets"); // as embedded: the highlighter reads offsets from the postings
            }
        }
        IndexSchema.NAME_FIELDS.forEach(f -> text(p, f, NAMES).put("position_increment_gap", 100));
        p.putObject(IndexSchema.YEAR).put("type", "integer");
        for (String f : List.of(IndexSchema.START, IndexSchema.END, IndexSchema.START_LOCAL, IndexSchema.END_LOCAL)) {
            p.putObject(f).put("type", "long");
        }
        IndexSchema.FACET_FIELDS.stream().filter(f -> !f.equals(IndexSchema.YEAR))
                .forEach(f -> p.putObject(IndexSchema.facetField(f)).put("type", "keyword"));
        for (int i = 0; i < s.spaces().size(); i++) {
            VectorSpace space = s.spaces().get(i);
            ObjectNode v = p.putObject(IndexSchema.vectorField(i));
            v.put("type", "knn_vector").put("dimension", space.dimension());
            ObjectNode method = v.putObject("method");
            method.put("name", "hnsw").put("engine", "lucene").put("space_type", "cosinesimil");
            method.putObject("parameters").put("m", 16).put("ef_construction", 100);
        }
        return body;
    }

    private static ObjectNode text(ObjectNode properties, String field, String analyzer) {
        return properties.putObject(field).put("type", "text").put("analyzer", analyzer).put("similarity", SIMILARITY);
    }
}
