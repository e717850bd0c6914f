package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.resolve.Work;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import dev.paperscope.search.dense.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The topic map of the library, or of the works a query matches (by BM25, so a fielded query such as
 * {@code venue:"ICML 2023"} or {@code source:FILE} maps one venue or source file): works are grouped by
 * their passage vectors (principal components, {@link TopicReduction}, then {@link TopicClustering}), labelled by their titles' and abstracts' distinctive
 * words ({@link TopicLabels}) and laid out in 2-D ({@link TopicProjection}). A work's vector is the mean
 * of its records' cached vectors of the data folder's first embedding model, so the map never runs the
 * model. Deterministic (seeded) for the same works; cached per catalog generation and scope, so a map is
 * computed once until the library changes.
 *
 * <p>Thread-safe: one map is computed at a time.
 */
public final class Topics {
    /** Works listed per topic (its most central first). */
    public static final int TOP_WORKS = 10;
    /** Terms kept per topic; the label joins the first {@link #LABEL_TERMS}. */
    public static final int TERMS = 8;
    static final int LABEL_TERMS = 3;
    /** Most works one map covers; a larger scope must be narrowed by a query. */
    public static final int MAX_WORKS = SearchResults.MAX_LIMIT;
    static final long SEED = 16L;
    private static final int CACHED_MAPS = 8;
    private static final Logger LOG = LoggerFactory.getLogger(Topics.class);

    private final Catalog catalog;
    private final Searching searching;
    private final ResolvedView.Holder views;
    private final Optional<String> model;
    private final Map<Key, TopicMap> cache = new LinkedHashMap<>(16, 0.75f, true);

    private record Key(long generation, String scope, List<List<String>> works) {
    }

    Topics(Catalog catalog, Searching searching, ResolvedView.Holder views, Optional<String> model) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.searching = Objects.requireNonNull(searching, "searching");
        this.views = Objects.requireNonNull(views, "views");
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * The map of every work (a blank {@code query}) or of the works {@code query} matches, at most
     * {@link #MAX_WORKS} of them, best matches first.
     *
     * <p>Opened without an embedding model, no work has a vector: the map is empty and {@link TopicMap#emptyReason} says so.
     *
     * @throws IllegalArgumentException      when the library holds more than {@link #MAX_WORKS} works and no query narrows it
     */
    public synchronized TopicMap map(String query) {
        String scope = query == null ? "" : query.strip();
        long generation = catalog.generation();
        Resolution resolution = views.current().resolution();
        List<Work> works = scoped(scope, resolution);
        Key key = new Key(generation, scope, works.stream().map(w -> concat(w.id(), w.recordIds())).toList());
        TopicMap cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        TopicMap map = model.isEmpty() ? new TopicMap(scope, generation, List.of(), List.of(), Map.of(), works.size(), works.size())
                : compute(scope, generation, works, resolution.recordsById(), model.get());
        cache.put(key, map);
        if (cache.size() > CACHED_MAPS) {
            cache.remove(cache.keySet().iterator().next());
        }
        return map;
    }

    /** Maps computed since this opened (cache misses), for tests. */
    synchronized int cachedMaps() {
        return cache.size();
    }

    private List<Work> scoped(String scope, Resolution resolution) {
        if (scope.isEmpty()) {
            if (resolution.works().size() > MAX_WORKS) {
                throw new IllegalArgumentException("the library holds " + resolution.works().size() + " works; a topic map covers at most "
                        + MAX_WORKS + ": narrow it with a query (e.g. venue:\"NeurIPS 2023\")");
            }
            return resolution.works().stream().sorted(Comparator.comparing(Work::id)).toList();
        }
        Map<String, Work> byId = new TreeMap<>();
        resolution.works().forEach(w -> byId.put(w.id(), w));
        SearchResults hits = searching.works(scope, MAX_WORKS, SearchOptions.DEFAULT.withRetriever(Retriever.BM25), 0).results();
        Set<String> seen = new HashSet<>();
        List<Work> out = new ArrayList<>();
        for (SearchHit hit : hits.hits()) {
            Work w = byId.get(hit.id());
            if (w != null && seen.add(w.id())) {
                out.add(w);
            }
        }
        out.sort(Comparator.comparing(Work::id));
        return out;
    }

    private TopicMap compute(String scope, long generation, List<Work> works, Map<String, SourceRecord> records, String modelId) {
        Map<Work, List<Passage>> passages = new LinkedHashMap<>();
        Set<String> hashes = new LinkedHashSet<>();
        for (Work w : works) {
            List<Passage> ps = new ArrayList<>();
            for (String id : w.recordIds()) {
                SourceRecord r = records.get(id);
                if (r != null) {
                    Passage.of(r).filter(p -> ps.stream().noneMatch(q -> q.sha256().equals(p.sha256()))).ifPresent(ps::add);
                }
            }
            passages.put(w, ps);
            ps.forEach(p -> hashes.add(p.sha256()));
        }
        Map<String, float[]> cached = catalog.embeddings().vectors(modelId, hashes);
        List<Work> mapped = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        passages.forEach((w, ps) -> {
            List<float[]> own = ps.stream().map(p -> cached.get(p.sha256())).filter(Objects::nonNull).toList();
            if (!own.isEmpty()) {
                mapped.add(w);
                vectors.add(mean(own));
                texts.add(String.join("\n", ps.stream().map(Passage::text).toList()));
            }
        });
        if (mapped.isEmpty()) {
            return new TopicMap(scope, generation, List.of(), List.of(), Map.of(), works.size(), works.size());
        }
        float[][] points = vectors.toArray(float[][]::new);
        long t0 = System.nanoTime();
        float[][] reduced = TopicReduction.reduce(points);
        int[] cluster = TopicClustering.cluster(reduced, SEED);
        long t1 = System.nanoTime();
        float[][] xy = TopicProjection.project(reduced, SEED);
        long t2 = System.nanoTime();
        TopicMap map = TopicAssembly.assemble(scope, generation, mapped, points, texts, cluster, xy, works.size());
        LOG.info("topic map of {} works: {} topics; reduction and clustering {} ms, projection {} ms, labels {} ms", mapped.size(), map.topics().size(),
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        return map;
    }

    private static List<String> concat(String head, List<String> tail) {
        List<String> out = new ArrayList<>(tail.size() + 1);
        out.add(head);
        out.addAll(tail);
        return out;
    }

    /** The unit-length mean of unit vectors (a work of several records sits between them). */
    static float[] mean(List<float[]> vectors) {
        int dims = vectors.getFirst().length;
        float[] out = new float[dims];
        for (float[] v : vectors) {
            if (v.length != dims) {
                throw new IllegalStateException("cached vectors of one model differ in length: " + dims + " and " + v.length);
            }
            for (int d = 0; d < dims; d++) {
                out[d] += v[d];
            }
        }
        double norm = 0;
        for (float x : out) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int d = 0; d < dims; d++) {
                out[d] /= (float) norm;
            }
        }
        return out;
    }
}
