package dev.paperscope.eval;

import dev.paperscope.search.dense.EmbeddingProgress;
import java.util.List;
import java.util.Map;

/**
 * The registry of evaluable retrievers, by the name {@code --retriever} and regressions.json use.
 * {@code bm25} is flat BM25 ({@link Bm25FlatRetriever}), the row that reproduces Anserini's BEIR figures;
 * {@code product-bm25}, {@code product-dense} and {@code product-hybrid} run the product's own search
 * over a temporary data folder built from the corpus (opened through a {@link RetrieverFactory}). The
 * older names {@code dense} and {@code hybrid} stand for the product's.
 */
public final class Retrievers {
    public static final String FLAT_BM25 = Bm25FlatRetriever.NAME;
    public static final String PRODUCT_BM25 = "product-bm25";
    public static final String PRODUCT_DENSE = "product-dense";
    public static final String PRODUCT_HYBRID = "product-hybrid";
    /** The product's retrievers, opened by a {@link RetrieverFactory}. */
    public static final List<String> PRODUCT = List.of(PRODUCT_BM25, PRODUCT_DENSE, PRODUCT_HYBRID);
    /** Names that {@link #open} accepts, aliases included. */
    public static final List<String> NAMES = List.of(FLAT_BM25, PRODUCT_BM25, PRODUCT_DENSE, PRODUCT_HYBRID, "dense", "hybrid");
    private static final Map<String, String> ALIASES = Map.of("dense", PRODUCT_DENSE, "hybrid", PRODUCT_HYBRID);

    private Retrievers() {
    }

    /** The retriever a name stands for: an alias's target, else the name itself. */
    public static String canonical(String name) {
        return ALIASES.getOrDefault(name, name);
    }

    /** Whether {@code name} (or what it stands for) embeds: product dense and hybrid. */
    public static boolean embeds(String name) {
        String c = canonical(name);
        return c.equals(PRODUCT_DENSE) || c.equals(PRODUCT_HYBRID);
    }

    /**
     * Builds retriever {@code name} over {@code corpus}: flat BM25 here, the product's through
     * {@code product}; an unknown name is an {@link IllegalArgumentException}.
     */
    public static EvalRetriever open(String name, List<BeirDoc> corpus, RetrieverOptions options, EmbeddingProgress progress,
                                     RetrieverFactory product) {
        String c = canonical(name);
        if (c.equals(FLAT_BM25)) {
            return Bm25FlatRetriever.build(corpus, options.bm25());
        }
        if (PRODUCT.contains(c)) {
            return product.open(c, corpus, options, progress);
        }
        throw new IllegalArgumentException(unknown(name));
    }

    /** The message for an unknown name, listing the available ones. */
    public static String unknown(String name) {
        return "unknown retriever \"" + name + "\"; available: " + String.join(", ", NAMES);
    }
}
