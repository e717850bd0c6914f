package dev.paperscope.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.testing.Records;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolveKeysTest {
    @TempDir
    Path dir;

    private final SourceRecord a = Records.paper("page.txt", 3, "Alpha").build();
    private final SourceRecord b = Records.paper("page.txt", 9, "Beta").build();

    private static StoredWork work(String id, SourceRecord r) {
        return new StoredWork(id, r.title(), List.of(r.id()), "{}");
    }

    @Test
    void aWholeResolutionWritesEveryRecordsKeysTheFileAndTheWordCounts() {
        try (Catalog c = Catalog.open(dir.resolve("c.db"))) {
            c.store(Records.file(a, b), "page.txt", "sha1", null);
            assertThat(c.derived().storeResolutionAt(c.generation(), "v", List.of(work("w1", a), work("w2", b)), Map.of(), Map.of(), Map.of(),
                    Map.of(), Map.of(a.id(), List.of("t:alpha", "x:alpha", "x:shared"), b.id(), List.of("t:beta", "x:shared")))).isTrue();
            ResolveKeys keys = c.derived().keys();
            assertThat(keys.counts(List.of("x:shared", "t:alpha", "x:none"))).containsOnly(Map.entry("x:shared", 2), Map.entry("t:alpha", 1));
            assertThat(keys.members(List.of("x:shared")).get("x:shared")).containsExactlyInAnyOrder(a.id(), b.id());
            assertThat(keys.recordsOfFiles(List.of("page.txt", "other.txt"))).containsOnlyKeys("page.txt");
            assertThat(keys.keysOf(List.of(a.id())).get(a.id())).contains("f:page.txt", "t:alpha");
            assertThat(keys.titleWords()).containsOnly(Map.entry("alpha", 1), Map.entry("shared", 2));
            assertThat(keys.wordsCountedBetween(2, 5)).containsExactly("shared");
            assertThat(keys.holdingBoth("x:alpha", List.of("t:alpha", "t:beta"))).containsOnlyKeys(a.id());
            assertThat(keys.referencesAsStored()).isTrue();
        }
    }

    @Test
    void aDeltaReplacesOnlyItsRecordsRowsAndRecountsTheirWords() {
        try (Catalog c = Catalog.open(dir.resolve("c.db"))) {
            c.store(Records.file(a, b), "page.txt", "sha1", null);
            c.derived().storeResolutionAt(c.generation(), "v", List.of(work("w1", a), work("w2", b)), Map.of(), Map.of(), Map.of(), Map.of(),
                    Map.of(a.id(), List.of("t:alpha", "x:alpha", "x:shared"), b.id(), List.of("t:beta", "x:shared")));
            ResolutionDelta delta = new ResolutionDelta(Set.of("w2"), List.of(), Set.of(b.id()), Set.of(), Map.of(),
                    Map.of(), Map.of(), Map.of(), Map.of());
            assertThat(c.derived().storeResolutionDelta(c.generation(), "v", delta)).isTrue();
            ResolveKeys keys = c.derived().keys();
            assertThat(keys.keysOf(List.of(b.id()))).as("a record absent from the delta's keys is gone").isEmpty();
            assertThat(keys.titleWords()).containsOnly(Map.entry("alpha", 1), Map.entry("shared", 1));
            assertThat(keys.size()).isEqualTo(4);
        }
    }

    @Test
    void aChangedReferenceFileIsNoticed() {
        try (Catalog c = Catalog.open(dir.resolve("c.db"))) {
            c.store(Records.file(a), "page.txt", "sha1", null);
            c.derived().storeResolutionAt(c.generation(), "v", List.of(work("w1", a)), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
            assertThat(c.derived().keys().referencesAsStored()).isTrue();
            c.store(Records.file(b), "refs.txt", "sha2", null, Optional.of(FileRole.REFERENCE));
            assertThat(c.derived().keys().referencesAsStored()).isFalse();
        }
    }
}
