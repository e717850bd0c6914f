package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.SourceRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quality: the topic map of the reading-list seed page, whose entries are computer vision or language papers
 * (labelled by reading them: src/test/resources/topics/reading-list-sides.tsv), separates the two. Purity: the
 * share of the mapped entries that sit in a topic whose majority is their own side (each topic's entries from
 * its majority side, summed over topics, over all entries). The figure is printed for docs/BENCHMARKS.md.
 */
class ReadingListTopicsTest {
    static final String PAGE = "001_3c21371b35a751cd.txt";
    @TempDir
    Path dir;

    @Test
    void topicsOfTheReadingListSeparateVisionFromLanguage() throws Exception {
        Map<Integer, String> sideByLine = sides();
        try (Paperscope ps = TopicFixtures.demo(dir.resolve("data"))) {
            TopicMap map = ps.topics().map("source:\"" + PAGE + "\"");
            Map<String, String> sideOfWork = new HashMap<>();
            Map<String, String> workOfRecord = ps.resolve().workOfRecord();
            for (SourceRecord r : ps.resolve().records()) {
                String side = r.source().file().equals(PAGE) ? sideByLine.get(r.source().line()) : null;
                if (side != null) {
                    sideOfWork.putIfAbsent(workOfRecord.get(r.id()), side);
                }
            }
            List<TopicMap.Point> labelled = map.points().stream().filter(p -> sideOfWork.containsKey(p.work())).toList();
            assertThat(labelled.size()).as("labelled entries on the map").isGreaterThanOrEqualTo(sideByLine.size() * 9 / 10);
            Map<Integer, Map<String, Long>> byTopic = labelled.stream().collect(Collectors.groupingBy(TopicMap.Point::topic,
                    Collectors.groupingBy(p -> sideOfWork.get(p.work()), Collectors.counting())));
            long majority = byTopic.values().stream().mapToLong(sides -> sides.values().stream().mapToLong(Long::longValue).max().orElse(0)).sum();
            double purity = (double) majority / labelled.size();
            System.out.printf(Locale.ROOT, "reading-list topic map: %d topics over %d works (%d labelled); purity %.3f; topics: %s%n",
                    map.topics().size(), map.points().size(), labelled.size(), purity,
                    map.topics().stream().map(t -> t.id() + " " + byTopic.getOrDefault(t.id(), Map.of()) + " " + t.label()).toList());
            assertThat(map.topics().size()).isGreaterThanOrEqualTo(2);
            assertThat(purity).as("purity").isGreaterThanOrEqualTo(0.85);
            // both sides lead a topic of their own
            assertThat(byTopic.values().stream().map(sides -> sides.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())
                    .distinct()).containsExactlyInAnyOrder("cv", "language");
        }
    }

    /** Title line of each entry on the page to its side (cv or language). */
    static Map<Integer, String> sides() throws IOException {
        Map<Integer, String> out = new HashMap<>();
        try (InputStream in = ReadingListTopicsTest.class.getResourceAsStream("/topics/reading-list-sides.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 3);
                out.put(Integer.parseInt(cols[0]), cols[1]);
            }
        }
        assertThat(out.values()).containsOnly("cv", "language");
        return out;
    }
}
