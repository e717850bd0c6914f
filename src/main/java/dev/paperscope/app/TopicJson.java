package dev.paperscope.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A topic map as JSON, the same for {@code topics --json} and {@code GET /api/v1/topics}:
 * {@code {"topics": [{"id", "label", "terms", "size", "works"}], "points": [{"work", "x", "y", "topic"}]}}.
 */
public final class TopicJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TopicJson() {
    }

    public static ObjectNode toNode(TopicMap map) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode topics = root.putArray("topics");
        for (TopicMap.Topic t : map.topics()) {
            ObjectNode node = topics.addObject().put("id", t.id()).put("label", t.label());
            t.terms().forEach(node.putArray("terms")::add);
            node.put("size", t.size());
            t.works().forEach(node.putArray("works")::add);
        }
        ArrayNode points = root.putArray("points");
        map.points().forEach(p -> points.addObject().put("work", p.work()).put("x", p.x()).put("y", p.y()).put("topic", p.topic()));
        return root;
    }

    public static String toJson(TopicMap map) {
        return toNode(map).toString();
    }
}
