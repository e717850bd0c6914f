package dev.paperscope.search.recommend;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How papers like the kept ones are found (docs/BENCHMARKS.md measures each on ICLR 2020's keywords). */
public enum RecommendMethod {
    /** Cosine to the mean tf-idf vector of the kept papers. */
    CENTROID(false, true),
    /** arxiv-sanity's linear SVM over tf-idf, kept papers against the rest. */
    SVM(false, true),
    /** Cosine to the mean embedding of the kept papers. */
    EMBEDDING(true, false),
    /** A linear SVM over the embeddings, kept papers against the rest. */
    EMBEDDING_SVM(true, false),
    /** The tf-idf centroid and the embedding centroid, each score standardised over the candidates, added. */
    COMBINED(true, true),
    /**
     * The list's distinctive terms (those several kept papers share, {@link DistinctiveTerms}) as a query
     * scored by BM25 (each paper's saturated term weights), plus a smaller share of the tf-idf centroid; each
     * standardised over the candidates.
     */
    TERMS(false, true),
    /** {@link #TERMS} plus a smaller share of the embedding centroid, each standardised over the candidates. */
    TERMS_EMBEDDING(true, true);

    /** What the product uses unless told otherwise: the best measured (docs/BENCHMARKS.md). */
    public static final RecommendMethod DEFAULT = TERMS_EMBEDDING;
    /** What the product uses when the index has no vectors: the best measured without them. */
    public static final RecommendMethod WITHOUT_VECTORS = TERMS;
    private final boolean needsVectors;
    private final boolean usesWords;

    RecommendMethod(boolean needsVectors, boolean usesWords) {
        this.needsVectors = needsVectors;
        this.usesWords = usesWords;
    }

    /** Whether the method reads the papers' words (tf-idf); an explanation then weighs shared words. */
    public boolean usesWords() {
        return usesWords;
    }

    public boolean needsVectors() {
        return needsVectors;
    }

    /** The name users type: {@code svm}, {@code embedding-svm}. */
    public String externalName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The method a user's name stands for, case and {@code -}/{@code _} aside. */
    public static RecommendMethod parse(String name) {
        String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(m -> m.name().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown recommendation method \"" + name + "\"; use one of "
                        + Arrays.stream(values()).map(RecommendMethod::externalName).collect(Collectors.joining(", "))));
    }
}
