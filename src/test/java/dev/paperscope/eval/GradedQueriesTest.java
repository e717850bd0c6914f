package dev.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradedQueriesTest {
    private static final GradedQuery Q = new GradedQuery("e01", "entity", "Hall J", Map.of("A", 2, "B", 1));

    @Test
    void ndcgAtTenWithLinearGainsByTitle() {
        assertThat(Q.ndcg10(List.of("A", "B"))).isEqualTo(1.0);
        assertThat(Q.ndcg10(List.of("a ", "b"))).isEqualTo(1.0); // titles compared without case and outer spaces
        double ideal = 2 + 1 / (Math.log(3) / Math.log(2));
        assertThat(Q.ndcg10(List.of("B", "A"))).isCloseTo((1 + 2 / (Math.log(3) / Math.log(2))) / ideal, within(1e-12));
        assertThat(Q.ndcg10(List.of("x", "x", "x", "x", "x", "x", "x", "x", "x", "x", "A"))).isZero(); // past rank 10
        assertThat(Q.ndcg10(List.of("A", "A", "B"))).isCloseTo((2 + 1 / 2.0) / ideal, within(1e-12)); // a title gains once
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"id\":\"x\",\"type\":\"opinion\",\"query\":\"q\",\"relevant\":{\"A\":1}}|type must be one of",
            "{\"id\":\"x\",\"type\":\"entity\",\"query\":\" \",\"relevant\":{\"A\":1}}|missing \"query\"",
            "{\"id\":\"x\",\"type\":\"entity\",\"query\":\"q\",\"relevant\":{}}|no relevant works",
            "{\"id\":\"x\",\"type\":\"entity\",\"query\":\"q\",\"relevant\":{\"A\":4}}|must lie in 1..3",
            "{\"id\":\"x\",\"type\":\"entity\",\"query\":\"q\",\"relevant\":{\"A\":1,\"a\":2}}|graded twice"})
    void badEntriesAreRejectedWithTheirNumber(String entry, String why) throws Exception {
        var root = new ObjectMapper().readTree("{\"queries\": [" + entry + "]}");
        assertThatThrownBy(() -> GradedQueries.parse(root, "f.json")).isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("f.json: query 1: ").hasMessageContaining(why);
    }

    @Test
    void theCheckedInSetLoadsWithUniqueIds() {
        List<GradedQuery> all = GradedQueries.load();
        assertThat(all).extracting(GradedQuery::id).doesNotHaveDuplicates();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        var report = GradedQueries.evaluate(all.subList(0, 2), q -> List.of());
        assertThat(report.overall()).isZero();
        assertThat(report.byType()).containsOnlyKeys("entity");
    }
}
