package dev.paperscope.eval;

import java.util.List;

/** The registry of evaluable retrievers, by the name {@code --retriever} and regressions.json use. */
public final class Retrievers {
    /** Names that {@link #open} accepts; dense and hybrid retrievers are added here when they exist. */
    public static final List<String> NAMES = List.of(Bm25FlatRetriever.NAME);

    private Retrievers() {
    }

    /** Builds retriever {@code name} over {@code corpus}; an unknown name is an {@link IllegalArgumentException}. */
    public static EvalRetriever open(String name, List<BeirDoc> corpus, RetrieverOptions options) {
        return switch (name) {
            case Bm25FlatRetriever.NAME -> Bm25FlatRetriever.build(corpus, options.bm25());
            default -> throw new IllegalArgumentException(unknown(name));
        };
    }

    /** The message for an unknown name, listing the available ones. */
    public static String unknown(String name) {
        return "unknown retriever \"" + name + "\"; available: " + String.join(", ", NAMES);
    }
}
