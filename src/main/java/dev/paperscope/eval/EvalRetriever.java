package dev.paperscope.eval;

import java.util.List;
import java.util.Map;

/**
 * A retriever under evaluation. It is built over one corpus by {@link Retrievers#open} (the time that
 * takes is reported as index time) and then answers batches of queries. BM25 is here; dense and hybrid
 * retrievers plug in by implementing this and registering in {@link Retrievers}.
 */
public interface EvalRetriever extends AutoCloseable {
    /** Name as given to {@code --retriever} and in reports, e.g. {@code bm25}. */
    String name();

    /** The embedding model behind the retriever, or {@code null} for a lexical one. */
    String model();

    /**
     * The top {@code k} documents for each query, best first; every query gets an entry (possibly
     * empty). Equal scores may come in any order: {@link Metrics} orders ties as trec_eval does.
     */
    Map<String, List<ScoredDoc>> retrieve(List<BeirQuery> queries, int k);

    @Override
    void close();
}
