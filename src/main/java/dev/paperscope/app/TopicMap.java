package dev.paperscope.app;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The topics of a set of works and where each work sits on a 2-D map: near papers sit near each other.
 *
 * @param scope      the query whose matching works were mapped; empty for the whole library
 * @param generation the catalog generation the map was computed for
 * @param topics     topics by id (0..n-1), largest first
 * @param points     one point per mapped work, in work id order
 * @param titles     the title of each mapped work, by work id (for hover text; not part of the JSON contract)
 * @param inScope    works in scope, mapped or not
 * @param unmapped   works in scope that have no passage vector (no title or abstract), left off the map
 */
public record TopicMap(String scope, long generation, List<Topic> topics, List<Point> points, Map<String, String> titles,
        int inScope, int unmapped) {

    /**
     * One topic.
     *
     * @param label its best terms joined, for display
     * @param terms its distinctive terms, best first (c-TF-IDF over its works' titles and abstracts)
     * @param size  how many works it holds
     * @param works its works nearest its centre first (at most {@link Topics#TOP_WORKS})
     */
    public record Topic(int id, String label, List<String> terms, int size, List<String> works) {
        public Topic {
            Objects.requireNonNull(label, "label");
            terms = List.copyOf(terms);
            works = List.copyOf(works);
            if (id < 0 || size < 1) {
                throw new IllegalArgumentException("a topic has an id >= 0 and at least one work");
            }
        }
    }

    /** A work's place on the map and its topic. */
    public record Point(String work, double x, double y, int topic) {
        public Point {
            Objects.requireNonNull(work, "work");
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("a point needs finite coordinates: " + work);
            }
        }
    }

    public TopicMap {
        Objects.requireNonNull(scope, "scope");
        topics = List.copyOf(topics);
        points = List.copyOf(points);
        titles = Map.copyOf(titles);
        if (inScope < points.size() || unmapped < 0) {
            throw new IllegalArgumentException("counts do not agree: " + inScope + " in scope, " + points.size() + " mapped");
        }
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** What an empty map means, for the user: nothing in the library, nothing matched, or nothing with a vector. */
    public String emptyReason() {
        if (inScope == 0) {
            return scope.isEmpty() ? "the library has no works yet; ingest some files first" : "no work matches \"" + scope + "\"";
        }
        return inScope + " work(s) " + (scope.isEmpty() ? "in the library" : "match \"" + scope + "\"")
                + " but none has a passage vector to map (vectors come from the data folder's embedding model, over titles and abstracts)";
    }
}
