package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.testing.Records;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topic map over the demo pages (their bundled vectors): deterministic, cached per generation, honest when empty. */
class TopicsTest {
    @TempDir
    static Path shared;
    static Paperscope demo;
    @TempDir
    Path dir;

    @BeforeAll
    static void open() throws Exception {
        demo = TopicFixtures.demo(shared.resolve("data"));
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    @Test
    void everyWorkWithAPassageIsOnTheMapInExactlyOneTopic() {
        TopicMap map = demo.topics().map("");
        assertThat(map.inScope()).isEqualTo(demo.resolve().works().size());
        assertThat(map.points()).hasSize(map.inScope() - map.unmapped());
        assertThat(map.topics().stream().mapToInt(TopicMap.Topic::size).sum()).isEqualTo(map.points().size());
        assertThat(map.topics()).extracting(TopicMap.Topic::id).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, map.topics().size()).boxed().toList());
        assertThat(map.topics()).isSortedAccordingTo((a, b) -> Integer.compare(b.size(), a.size()));
        assertThat(map.topics().size()).isBetween(2, TopicClustering.MAX_TOPICS);
        Set<String> onMap = new HashSet<>(map.points().stream().map(TopicMap.Point::work).toList());
        assertThat(onMap).hasSize(map.points().size());
        for (TopicMap.Topic t : map.topics()) {
            assertThat(t.terms()).isNotEmpty().hasSizeLessThanOrEqualTo(Topics.TERMS);
            assertThat(t.label()).isEqualTo(String.join(", ", t.terms().subList(0, Math.min(3, t.terms().size()))));
            assertThat(t.works()).hasSize(Math.min(Topics.TOP_WORKS, t.size()));
            assertThat(t.works()).allSatisfy(w -> assertThat(map.points()).anySatisfy(p -> {
                assertThat(p.work()).isEqualTo(w);
                assertThat(p.topic()).isEqualTo(t.id());
            }));
        }
    }

    @Test
    void theSameDataGivesTheSameTopicsAndPointsInAnotherFolder() throws Exception {
        TopicMap first = demo.topics().map("");
        try (Paperscope again = TopicFixtures.demo(dir.resolve("again"))) {
            TopicMap second = again.topics().map("");
            assertThat(second).isNotSameAs(first);
            assertThat(second.topics()).isEqualTo(first.topics());
            assertThat(second.points()).isEqualTo(first.points());
        }
    }

    @Test
    void aQueryMapsOnlyTheWorksItMatches() {
        TopicMap map = demo.topics().map("diffusion");
        TopicMap all = demo.topics().map("");
        assertThat(map.scope()).isEqualTo("diffusion");
        assertThat(map.points()).isNotEmpty().hasSizeLessThan(all.points().size());
        List<String> titles = map.points().stream().map(p -> map.titles().get(p.work())).toList();
        assertThat(titles).anySatisfy(t -> assertThat(t).containsIgnoringCase("diffusion"));
    }

    @Test
    void aQueryThatMatchesNothingSaysSo() {
        TopicMap map = demo.topics().map("qzxvblorptang");
        assertThat(map.isEmpty()).isTrue();
        assertThat(map.topics()).isEmpty();
        assertThat(map.emptyReason()).isEqualTo("no work matches \"qzxvblorptang\"");
    }

    @Test
    void anEmptyLibrarySaysSo() {
        try (Paperscope empty = Paperscope.open(dir.resolve("empty"), Optional.of(TopicFixtures.bundledOnly()))) {
            TopicMap map = empty.topics().map("");
            assertThat(map.isEmpty()).isTrue();
            assertThat(map.emptyReason()).contains("no works yet");
        }
    }

    @Test
    void withoutAnEmbeddingModelNoWorkIsMappedAndTheMapSaysWhy() throws Exception {
        try (Paperscope bm25 = Paperscope.open(dir.resolve("bm25"))) {
            Demo.ingestBundledPages(bm25);
            TopicMap map = bm25.topics().map("");
            assertThat(map.isEmpty()).isTrue();
            assertThat(map.unmapped()).isEqualTo(map.inScope()).isPositive();
            assertThat(map.emptyReason()).contains("none has a passage vector").contains("embedding model");
        }
    }

    @Test
    void aMapIsComputedOncePerGenerationAndAgainAfterAnIngest() throws Exception {
        try (Paperscope ps = TopicFixtures.demo(dir.resolve("changing"))) {
            TopicMap before = ps.topics().map("");
            assertThat(ps.topics().map("")).isSameAs(before);
            assertThat(ps.topics().cachedMaps()).isEqualTo(1);
            // a new file whose record repeats a demo passage: its vector is cached, so no model loads
            SourceRecord any = ps.resolve().records().stream().filter(r -> r.title() != null && r.abstractText() != null).findFirst().orElseThrow();
            Path extra = Files.writeString(dir.resolve("extra.jsonl"), dev.paperscope.ingest.RecordJson.toNode(
                    Records.paper("extra.jsonl", 1, any.title()).abstractText(any.abstractText()).venue("Elsewhere").year(2031).build()).toString() + "\n");
            ps.ingest(List.of(extra), Optional.empty(), IngestListener.NONE);
            TopicMap after = ps.topics().map("");
            assertThat(after).isNotSameAs(before);
            assertThat(after.generation()).isGreaterThan(before.generation());
            assertThat(ps.topics().cachedMaps()).isEqualTo(2);
            assertThat(ps.topics().map("")).isSameAs(after);
        }
    }
}
