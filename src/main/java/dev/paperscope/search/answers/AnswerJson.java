package dev.paperscope.search.answers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The JSON shape of {@code ask} shared by {@code ask --json} and the HTTP API:
 * {@code {"question", "answerable", "answers": [{"text", "score", "record", "work", "title",
 * "source": {"file", "line", "page"}, "context"}], "took_ms"}}. {@code source.line} is the line holding the
 * sentence in a text file (null for a PDF), {@code source.page} its page in a PDF (else null).
 */
public final class AnswerJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnswerJson() {
    }

    public static ObjectNode toNode(AnswerSet set) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("question", set.question());
        root.put("answerable", set.answerable());
        ArrayNode answers = root.putArray("answers");
        for (Answer a : set.answers()) {
            ObjectNode n = answers.addObject();
            n.put("text", a.text());
            n.put("score", a.score());
            n.put("record", a.record());
            n.put("work", a.work());
            n.put("title", a.title());
            ObjectNode source = n.putObject("source");
            source.put("file", a.file());
            if (a.page() == null) {
                source.put("line", a.line());
                source.putNull("page");
            } else {
                source.putNull("line");
                source.put("page", a.page());
            }
            n.put("context", a.context());
        }
        root.put("took_ms", set.tookMs());
        return root;
    }

    public static String toJson(AnswerSet set) {
        try {
            return MAPPER.writeValueAsString(toNode(set));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
