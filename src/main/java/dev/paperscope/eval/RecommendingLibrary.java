package dev.paperscope.eval;

import java.util.List;

/**
 * A library built from an evaluation corpus that recommends as the product does. Ids are the corpus's.
 * The product's lives in {@code app}, a later stage: evaluation is handed a {@link RecommenderFactory}.
 */
public interface RecommendingLibrary extends AutoCloseable {
    /** The best {@code k} papers like {@code kept} by {@code method} (a recommendation method's name), kept ones excluded. */
    List<String> recommend(String method, List<String> kept, int k);

    /** The product's related works of one paper, best first. */
    List<String> related(String id, int k);

    @Override
    void close();
}
