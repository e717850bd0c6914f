package dev.paperscope.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkGroupingTest {
    /** Records r000..r199 in rank order; the first 120 belong to one work, then one work per record. */
    private static final List<SearchHit> RANKING = ranking(200);
    private final List<Integer> windows = new ArrayList<>();

    private static List<SearchHit> ranking(int n) {
        List<SearchHit> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "r%03d".formatted(i);
            out.add(new SearchHit(id, n - i, "record " + i, "paper", List.of(), null, null, null, null,
                    List.of(new RecordRef(id, "page.txt", i + 1)), "snippet " + i));
        }
        return out;
    }

    private static String workOf(String recordId) {
        int i = Integer.parseInt(recordId.substring(1));
        return i < 120 ? "wbig" : "w" + recordId;
    }

    private final WorkDirectory directory = new WorkDirectory() {
        @Override
        public Map<String, String> workOf(Collection<String> recordIds) {
            Map<String, String> out = new LinkedHashMap<>();
            recordIds.forEach(id -> out.put(id, WorkGroupingTest.workOf(id)));
            return out;
        }

        @Override
        public Map<String, WorkEntry> works(Collection<String> workIds) {
            Map<String, WorkEntry> out = new LinkedHashMap<>();
            for (String w : workIds) {
                List<RecordRef> refs = RANKING.stream().filter(h -> WorkGroupingTest.workOf(h.id()).equals(w))
                        .map(h -> h.records().getFirst()).toList().reversed(); // stored order differs from rank order
                out.put(w, new WorkEntry("title of " + w, refs));
            }
            return out;
        }
    };

    private SearchResults records(int window) {
        windows.add(window);
        List<SearchHit> page = RANKING.subList(0, Math.min(window, RANKING.size()));
        return new SearchResults("q", RANKING.size(), true, page, 1.0, List.of());
    }

    @Test
    void oneHitPerWorkAtItsBestRecordsRankListingEveryRecordMatchedFirst() {
        SearchResults works = new WorkGrouping(directory).group(3, this::records);
        assertThat(works.hits()).extracting(SearchHit::id).containsExactly("wbig", "wr120", "wr121");
        SearchHit big = works.hits().getFirst();
        assertThat(big.title()).isEqualTo("title of wbig");
        assertThat(big.snippet()).isEqualTo("snippet 0");
        assertThat(big.records()).hasSize(120);
        assertThat(big.records().getFirst().id()).isEqualTo("r000");
        assertThat(works.total()).as("total counts matching records").isEqualTo(200);
        assertThat(windows).as("the first window held one work only, so it widened").containsExactly(50, 200);
    }

    @Test
    void sameQuerySameOrder() {
        assertThat(new WorkGrouping(directory).group(10, this::records).hits())
                .isEqualTo(new WorkGrouping(directory).group(10, this::records).hits());
    }

    @Test
    void aRecordWithoutAWorkStandsAlone() {
        WorkDirectory none = new WorkDirectory() {
            @Override
            public Map<String, String> workOf(Collection<String> recordIds) {
                return Map.of();
            }

            @Override
            public Map<String, WorkEntry> works(Collection<String> workIds) {
                return Map.of();
            }
        };
        SearchResults out = new WorkGrouping(none).group(2, this::records);
        assertThat(out.hits()).extracting(SearchHit::id).containsExactly("r000", "r001");
    }
}
