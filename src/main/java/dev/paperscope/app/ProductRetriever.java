package dev.paperscope.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.eval.BeirDoc;
import dev.paperscope.eval.BeirQuery;
import dev.paperscope.eval.DatasetException;
import dev.paperscope.eval.EvalRetriever;
import dev.paperscope.eval.EvalVectorCache;
import dev.paperscope.eval.RetrieverFactory;
import dev.paperscope.eval.RetrieverOptions;
import dev.paperscope.eval.Retrievers;
import dev.paperscope.eval.ScoredDoc;
import dev.paperscope.eval.TemporaryFolders;
import dev.paperscope.index.VectorQuantization;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.dense.EmbeddingModels;
import dev.paperscope.search.dense.EmbeddingProgress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluation of the product's own search: the corpus becomes records of a temporary data folder (JSON
 * Lines files, {@code id}/{@code title}/{@code abstract}, ingested by {@link Paperscope#ingest} as a user's
 * files are), the product's indexer builds its index (with the product's embedding models and vector
 * cache for dense and hybrid), and every query is answered by {@link Paperscope#search} with the chosen
 * retriever, exactly as {@code paperscope search --records} and the HTTP API answer it. A hit's record
 * is mapped back to its corpus id through the {@code id} the record keeps ({@code extra.source_id}).
 *
 * <p>Queries are free text: characters the query language reads as operators (quotes, a leading minus,
 * {@code field:}) are turned into plain words ({@link #freeText}), so a claim such as
 * {@code "-2 years: X"} is searched for its words, as a user would mean it. Documents with neither title
 * nor text are left out: no retriever can find them.
 *
 * <p>Corpus vectors come from {@link dev.paperscope.eval.EvalVectorCache} (embedded once per model and
 * corpus, then read from disk): the product's passage is "title\n\nabstract" where BEIR's is "title
 * abstract", and the models' tokenizers split both into the same tokens, so the vectors are the model's
 * own; {@link CachedPassageEmbedder} checks that on a few passages before the index is built.
 *
 * <p>The data folder lives in a temporary directory that {@link #close()} deletes. One thread at a time.
 */
public final class ProductRetriever implements EvalRetriever {
    /** Opens the product's retrievers for {@link dev.paperscope.eval.Evaluation} and regressions. */
    public static final RetrieverFactory FACTORY = (name, corpus, options, progress) ->
            build(name, corpus, options, progress, EvalVectorCache.defaultDir(), Optional.empty());

    /** As {@link #FACTORY}, searching through the OpenSearch cluster at {@code opensearchUrl} when given. */
    public static RetrieverFactory factory(Optional<String> opensearchUrl) {
        return (name, corpus, options, progress) -> build(name, corpus, options, progress, EvalVectorCache.defaultDir(), opensearchUrl);
    }
    /** JSON Lines files are cut well below the ingest limit of 64 MiB per file. */
    static final long MAX_FILE_BYTES = 32L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String name;
    private final Path dir;
    private final Paperscope paperscope;
    private final SearchOptions options;
    private final String model;
    /** Corpus id by record id. */
    private final Map<String, String> corpusIds;
    private final List<CachedPassageEmbedder> embedders;

    private ProductRetriever(String name, Path dir, Paperscope paperscope, SearchOptions options, String model, Map<String, String> corpusIds,
                             List<CachedPassageEmbedder> embedders) {
        this.name = name;
        this.dir = dir;
        this.paperscope = paperscope;
        this.options = options;
        this.model = model;
        this.corpusIds = corpusIds;
        this.embedders = List.copyOf(embedders);
    }

    /**
     * Builds {@code name} (one of {@link Retrievers#PRODUCT}) over {@code corpus}; dense and hybrid read
     * and keep corpus vectors in {@code vectorCache} ({@link EvalVectorCache}).
     */
    public static ProductRetriever build(String name, List<BeirDoc> corpus, RetrieverOptions options, EmbeddingProgress progress,
                                         Path vectorCache) {
        return build(name, corpus, options, progress, vectorCache, Optional.empty());
    }

    /** As {@link #build(String, List, RetrieverOptions, EmbeddingProgress, Path)}; with {@code opensearchUrl}, the folder's backend is that cluster. */
    public static ProductRetriever build(String name, List<BeirDoc> corpus, RetrieverOptions options, EmbeddingProgress progress,
                                         Path vectorCache, Optional<String> opensearchUrl) {
        Retriever retriever = retriever(name);
        Path dir = null;
        List<CachedPassageEmbedder> opened = new ArrayList<>();
        try {
            dir = Files.createTempDirectory("paperscope-eval-product-");
            List<Path> files = writeCorpus(corpus, dir.resolve("corpus"));
            Optional<EmbeddingSetup> setup = Optional.empty();
            if (retriever != Retriever.BM25) {
                List<EmbeddingSetup.Model> models = new ArrayList<>();
                for (String m : options.models()) {
                    CachedPassageEmbedder embedder = CachedPassageEmbedder.open(m, corpus, vectorCache, progress);
                    opened.add(embedder);
                    models.add(new EmbeddingSetup.Model(new VectorSpace(m, EmbeddingModels.dimension(m)), () -> embedder));
                }
                setup = Optional.of(new EmbeddingSetup(models, VectorQuantization.NONE, EmbeddingProgress.NONE));
            }
            if (opensearchUrl.isPresent()) {
                BackendChoice.choose(dir.resolve("data"), Optional.of("opensearch"), opensearchUrl, Map.of());
            }
            Paperscope paperscope = Paperscope.open(dir.resolve("data"), setup, false); // records only: passages are not evaluated here
            try {
                IngestReport report = paperscope.ingest(files, Optional.of("jsonl"), IngestListener.NONE);
                for (FileResult f : report.files()) {
                    if (f.failed() || f.skipped() != null) {
                        throw new DatasetException("the corpus did not ingest: " + f.path() + ": " + (f.failed() ? f.error() : f.skipped()));
                    }
                }
                SearchOptions search = new SearchOptions(options.bm25(), Optional.of(retriever),
                        FusionMethod.valueOf(options.fusion().toUpperCase(Locale.ROOT)), options.denseWeight());
                String model = retriever == Retriever.BM25 ? null : String.join("+", options.models());
                return new ProductRetriever(name, dir, paperscope, search, model, corpusIds(paperscope), opened);
            } catch (RuntimeException e) {
                paperscope.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            opened.forEach(CachedPassageEmbedder::close);
            TemporaryFolders.delete(dir, "the temporary data folder");
            throw e instanceof IOException io ? new UncheckedIOException("cannot build the temporary data folder", io) : (RuntimeException) e;
        }
    }

    private static Retriever retriever(String name) {
        return switch (Retrievers.canonical(name)) {
            case Retrievers.PRODUCT_BM25 -> Retriever.BM25;
            case Retrievers.PRODUCT_DENSE -> Retriever.DENSE;
            case Retrievers.PRODUCT_HYBRID -> Retriever.HYBRID;
            default -> throw new IllegalArgumentException(Retrievers.unknown(name));
        };
    }

    /** The corpus as JSON Lines files of at most {@link #MAX_FILE_BYTES}, in corpus order; empty documents left out. */
    static List<Path> writeCorpus(List<BeirDoc> corpus, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        BufferedWriter out = null;
        long bytes = 0;
        try {
            for (BeirDoc doc : corpus) {
                if (doc.title().isBlank() && doc.text().isBlank()) {
                    continue;
                }
                ObjectNode line = JSON.createObjectNode().put("id", doc.id());
                if (!doc.title().isBlank()) {
                    line.put("title", doc.title());
                }
                if (!doc.text().isBlank()) {
                    line.put("abstract", doc.text());
                }
                String text = JSON.writeValueAsString(line) + "\n";
                if (out == null || bytes + text.length() * 3L > MAX_FILE_BYTES) {
                    if (out != null) {
                        out.close();
                    }
                    files.add(folder.resolve(String.format(Locale.ROOT, "corpus-%03d.jsonl", files.size() + 1)));
                    out = Files.newBufferedWriter(files.getLast(), StandardCharsets.UTF_8);
                    bytes = 0;
                }
                out.write(text);
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
            }
        } finally {
            if (out != null) {
                out.close();
            }
        }
        return files;
    }

    private static Map<String, String> corpusIds(Paperscope paperscope) {
        Map<String, String> ids = new HashMap<>();
        paperscope.exportRecords(r -> {
            Object id = r.extra().get("source_id");
            if (id == null) {
                throw new IllegalStateException("record " + r.id() + " lost its corpus id");
            }
            ids.put(r.id(), id.toString());
        });
        return ids;
    }

    /**
     * The query's words as free text of the query language: quotes become spaces, a word's leading minus
     * is dropped, and a {@code word:} (or {@code word>=}, ...) that would name a field loses its operator.
     */
    static String freeText(String query) {
        List<String> words = new ArrayList<>();
        for (String token : query.replace('"', ' ').strip().split("\\s+")) {
            String word = token.replaceFirst("^-+", "").replaceAll("^([A-Za-z_]+)(>=|<=|>|<|:)", "$1 ");
            if (!word.isBlank()) {
                words.add(word.strip());
            }
        }
        return String.join(" ", words);
    }

    /** The retriever's name; hybrid adds its fusion ({@code product-hybrid-score}, {@code product-hybrid-rrf}). */
    @Override
    public String name() {
        return options.retriever().orElseThrow() == Retriever.HYBRID ? name + "-" + options.fusion().name().toLowerCase(Locale.ROOT) : name;
    }

    @Override
    public String model() {
        return model;
    }

    /** Each query's first {@code k} record hits of {@link Paperscope#search}, as corpus ids with the product's scores. */
    @Override
    public Map<String, List<ScoredDoc>> retrieve(List<BeirQuery> queries, int k) {
        Map<String, List<ScoredDoc>> run = new LinkedHashMap<>();
        for (BeirQuery query : queries) {
            String text = freeText(query.text());
            List<ScoredDoc> docs = new ArrayList<>();
            if (!text.isEmpty()) {
                for (SearchHit hit : paperscope.search(text, k, options).hits()) {
                    docs.add(new ScoredDoc(corpusIds.get(hit.id()), hit.score()));
                }
            }
            run.put(query.id(), docs);
        }
        return run;
    }

    @Override
    public void close() {
        try {
            paperscope.close();
        } finally {
            embedders.forEach(CachedPassageEmbedder::close);
            TemporaryFolders.delete(dir, "the temporary data folder");
        }
    }
}
