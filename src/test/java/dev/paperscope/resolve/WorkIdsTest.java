package dev.paperscope.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkIdsTest {
    private static Work work(String id, String... records) {
        return new Work(id, "t", List.of(records), List.of());
    }

    private static Map<String, String> ids(WorkIds.Assignment a) {
        Map<String, String> byFirstRecord = new java.util.TreeMap<>();
        a.works().forEach(w -> byFirstRecord.put(w.recordIds().getFirst(), w.id()));
        return byFirstRecord;
    }

    @Test
    void withoutAPreviousResolutionWorksKeepTheirOwnIds() {
        WorkIds.Assignment a = WorkIds.assign(List.of(work("wB", "r2"), work("wA", "r1")), Map.of());
        assertThat(a.works()).extracting(Work::id).containsExactly("wA", "wB");
        assertThat(a.redirects()).isEmpty();
    }

    /** A work renamed to its previous id keeps everything else: its merges and its blog "about" links. */
    @Test
    void aRenamedWorkKeepsItsMergesAndAboutLinks() {
        Merge merge = new Merge("r1", "r2", "same-title", 1.0, "same title");
        About about = new About("r2", "r1", "blog-states-title", 0.9, "the post states the title");
        Work resolved = new Work("wNew", "t", List.of("r1", "r2"), List.of(merge), List.of(about));
        WorkIds.Assignment a = WorkIds.assign(List.of(resolved), Map.of("wOld", List.of("r1", "r2")));
        assertThat(a.works()).singleElement().satisfies(w -> {
            assertThat(w.id()).isEqualTo("wOld");
            assertThat(w.merges()).containsExactly(merge);
            assertThat(w.about()).containsExactly(about);
        });
    }

    @Test
    void aMergeKeepsTheLargerPartsIdAndRedirectsTheOther() {
        Map<String, List<String>> before = Map.of("wOld1", List.of("r1", "r2"), "wOld2", List.of("r3"));
        WorkIds.Assignment a = WorkIds.assign(List.of(work("wNew", "r1", "r2", "r3")), before);
        assertThat(a.works()).extracting(Work::id).containsExactly("wOld1");
        assertThat(a.redirects()).containsExactly(Map.entry("wOld2", "wOld1"));
    }

    @Test
    void aSplitLeavesTheOldIdOnTheLargerPart() {
        Map<String, List<String>> before = Map.of("wOld", List.of("r1", "r2", "r3"));
        WorkIds.Assignment a = WorkIds.assign(List.of(work("wX", "r1"), work("wY", "r2", "r3")), before);
        assertThat(ids(a)).containsEntry("r2", "wOld").containsEntry("r1", "wX");
        assertThat(a.redirects()).isEmpty();
    }

    @Test
    void tiesAreBrokenByIdsDeterministically() {
        Map<String, List<String>> before = Map.of("wOld", List.of("r1", "r2"));
        WorkIds.Assignment a = WorkIds.assign(List.of(work("wY", "r2"), work("wX", "r1")), before);
        WorkIds.Assignment b = WorkIds.assign(List.of(work("wX", "r1"), work("wY", "r2")), before);
        assertThat(ids(a)).isEqualTo(ids(b)).containsEntry("r1", "wOld").containsEntry("r2", "wY");
    }

    @Test
    void aNewWorkNeverTakesAPreviousIdThatWentElsewhere() {
        Map<String, List<String>> before = Map.of("wA", List.of("r1", "r2", "r3"));
        // The new work of r1 would be called wA by its own rule, but wA stays with the larger part.
        WorkIds.Assignment a = WorkIds.assign(List.of(work("wA", "r1"), work("wZ", "r2", "r3")), before);
        assertThat(ids(a)).containsEntry("r2", "wA").containsEntry("r1", "wA-2");
    }

    @Test
    void aWorkWhoseRecordsAreAllGoneHasNoRedirect() {
        WorkIds.Assignment a = WorkIds.assign(List.of(work("wB", "r9")), Map.of("wGone", List.of("r1")));
        assertThat(a.redirects()).isEmpty();
        assertThat(a.works()).extracting(Work::id).containsExactly("wB");
    }
}
