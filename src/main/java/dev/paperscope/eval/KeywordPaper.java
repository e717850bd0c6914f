package dev.paperscope.eval;

import java.util.Objects;
import java.util.Set;

/** A paper of a conference list with its authors' keywords (lower case, trimmed): the labels recommendations are judged by. */
public record KeywordPaper(BeirDoc doc, Set<String> keywords) {
    public KeywordPaper {
        Objects.requireNonNull(doc, "doc");
        keywords = Set.copyOf(keywords);
    }

    public String id() {
        return doc.id();
    }
}
