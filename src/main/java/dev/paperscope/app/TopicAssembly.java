package dev.paperscope.app;

import dev.paperscope.resolve.Work;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Turns clusters and coordinates into a {@link TopicMap}: topics numbered by size (largest first, ties by
 * their first work id), each labelled by its distinctive terms and listing its most central works (by cosine
 * to the topic's mean vector, ties by id); points in work id order.
 */
final class TopicAssembly {
    private TopicAssembly() {
    }

    static TopicMap assemble(String scope, long generation, List<Work> works, float[][] vectors, List<String> texts, int[] cluster,
            float[][] xy, int inScope) {
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < works.size(); i++) {
            members.computeIfAbsent(cluster[i], c -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> ordered = members.values().stream()
                .sorted(Comparator.<List<Integer>>comparingInt(List::size).reversed()
                        .thenComparing(m -> m.stream().map(i -> works.get(i).id()).min(Comparator.naturalOrder()).orElseThrow()))
                .toList();
        List<List<String>> topicTexts = ordered.stream().map(m -> m.stream().map(texts::get).toList()).toList();
        List<List<String>> terms = TopicLabels.terms(topicTexts, Topics.TERMS);
        int[] topicOf = new int[works.size()];
        List<TopicMap.Topic> topics = new ArrayList<>();
        for (int t = 0; t < ordered.size(); t++) {
            List<Integer> m = ordered.get(t);
            m.forEach(i -> topicOf[i] = ordered.indexOf(m));
            float[] centre = Topics.mean(m.stream().map(i -> vectors[i]).toList());
            List<String> central = m.stream()
                    .sorted(Comparator.<Integer>comparingDouble(i -> -dot(vectors[i], centre)).thenComparing(i -> works.get(i).id()))
                    .limit(Topics.TOP_WORKS).map(i -> works.get(i).id()).toList();
            List<String> best = terms.get(t);
            String label = best.isEmpty() ? "topic " + t : String.join(", ", best.subList(0, Math.min(Topics.LABEL_TERMS, best.size())));
            topics.add(new TopicMap.Topic(t, label, best, m.size(), central));
        }
        Map<String, String> titles = new HashMap<>();
        List<TopicMap.Point> points = IntStream.range(0, works.size())
                .mapToObj(i -> new TopicMap.Point(works.get(i).id(), round(xy[i][0]), round(xy[i][1]), topicOf[i]))
                .sorted(Comparator.comparing(TopicMap.Point::work)).toList();
        works.forEach(w -> titles.put(w.id(), w.title() == null ? "(untitled)" : w.title()));
        return new TopicMap(scope, generation, topics, points, titles, inScope, inScope - works.size());
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            s += a[d] * b[d];
        }
        return s;
    }

    /** Coordinates to 4 decimals: plenty for a map, and short JSON. */
    private static double round(float v) {
        return Math.round(v * 10_000d) / 10_000d;
    }
}
