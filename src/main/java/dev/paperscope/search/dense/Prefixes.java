package dev.paperscope.search.dense;

import java.util.List;

/** Prepends a model's query or passage instruction. langchain4j's models add none themselves. */
final class Prefixes {
    private Prefixes() {
    }

    static List<String> apply(String prefix, List<String> texts) {
        return prefix.isEmpty() ? texts : texts.stream().map(t -> prefix + t).toList();
    }
}
