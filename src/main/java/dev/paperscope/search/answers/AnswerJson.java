package dev.paperscope.search.answers;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON shape of {@code ask} shared by {@code ask --json} and the HTTP API:
 * {@code {"question", "answerable", "answers": [{"text", "score", "record", "work", "title",
 * "source": {"file", "line", "page"}, "context"}], "took_ms"}}. {@code source.line} is the line holding the
 * sentence in a text file (null for a PDF), {@code source.page} its page in a PDF (else null). Written by Jackson
 * from the records below, which are the contract.
 */
public final class AnswerJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @JsonPropertyOrder({"question", "answerable", "answers", "took_ms"})
    record Body(String question, boolean answerable, List<Item> answers, @JsonProperty("took_ms") long tookMs) {
    }

    @JsonPropertyOrder({"text", "score", "record", "work", "title", "source", "context"})
    record Item(String text, double score, String record, String work, String title, Source source, String context) {
        static Item of(Answer a) {
            return new Item(a.text(), a.score(), a.record(), a.work(), a.title(),
                    new Source(a.file(), a.page() == null ? a.line() : null, a.page()), a.context());
        }
    }

    @JsonPropertyOrder({"file", "line", "page"})
    record Source(String file, Integer line, Integer page) {
    }

    private AnswerJson() {
    }

    public static ObjectNode toNode(AnswerSet set) {
        return MAPPER.valueToTree(body(set));
    }

    public static String toJson(AnswerSet set) {
        try {
            return MAPPER.writeValueAsString(body(set));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Body body(AnswerSet set) {
        return new Body(set.question(), set.answerable(), set.answers().stream().map(Item::of).toList(), set.tookMs());
    }
}
