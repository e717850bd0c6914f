package dev.paperscope.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.testing.Records;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {
    @TempDir
    Path dir;

    private final SourceRecord a = Records.paper("page.txt", 3, "Alpha").authors(List.of("Ann Lee")).extra("keywords", List.of("x", "y")).build();
    private final SourceRecord b = Records.paper("page.txt", 9, "Beta").abstractText("About beta.").build();

    @Test
    void storesAFileAndReturnsItsRecordsInPageOrder() {
        try (Catalog c = Catalog.open(dir.resolve("c.db"))) {
            IngestOutcome o = c.store(Records.file(a, b), "page.txt", "sha1", null);
            assertThat(o.status()).isEqualTo(IngestOutcome.Status.ADDED);
            assertThat(o.records()).isEqualTo(2);
            assertThat(c.recordsOf("page.txt")).containsExactly(a, b);
            assertThat(c.record(a.id())).contains(a);
            assertThat(c.generation()).isEqualTo(1);
            assertThat(c.file("page.txt")).hasValueSatisfying(f -> assertThat(f.recordCount()).isEqualTo(2));
        }
    }

    @Test
    void sameBytesAgainChangeNothingNewBytesReplace() {
        try (Catalog c = Catalog.open(dir.resolve("c.db"))) {
            c.store(Records.file(a, b), "page.txt", "sha1", null);
            IngestOutcome again = c.store(Records.file(a, b), "page.txt", "sha1", null);
            assertThat(again.status()).isEqualTo(IngestOutcome.Status.UNCHANGED);
            assertThat(c.generation()).isEqualTo(1);

            IngestOutcome replaced = c.store(Records.file(b), "page.txt", "sha2", null);
            assertThat(replaced.status()).isEqualTo(IngestOutcome.Status.REPLACED);
            assertThat(replaced.changes()).isEqualTo(new IngestOutcome.Changes(0, 1, 0));
            assertThat(c.recordsOf("page.txt")).containsExactly(b);
            assertThat(c.generation()).isEqualTo(2);
            assertThat(c.changesSince(1)).containsExactly(new FileChange(2, "page.txt"));
        }
    }

    @Test
    void aResolutionReadBeforeAnotherStoreIsNotStored() {
        try (Catalog c = Catalog.open(dir.resolve("c.db"))) {
            c.store(Records.file(a), "page.txt", "sha1", null);
            long read = c.generation();
            c.store(Records.file(b), "other.txt", "sha2", null); // another process's ingest, while the resolver ran
            assertThat(c.derived().storeResolutionAt(read, "v", List.of(), Map.of(), Map.of(), Map.of(), Map.of())).isFalse();
            assertThat(c.derived().resolutionStamp()).isEmpty();
            assertThat(c.derived().storeResolutionAt(c.generation(), "v", List.of(), Map.of(), Map.of(), Map.of(), Map.of())).isTrue();
            assertThat(c.derived().resolutionIsCurrent("v")).isTrue();
        }
    }

    @Test
    void resolvedAmongFindsKnownSourceRecordsOnly() {
        try (Catalog c = Catalog.open(dir.resolve("c.db"))) {
            c.store(Records.file(a, b), "page.txt", "sha1", null);
            SourceRecord reference = Records.paper("ref.jsonl", 1, "Gamma").build();
            c.store(Records.file(reference), "ref.jsonl", "sha2", null, java.util.Optional.of(FileRole.REFERENCE));
            assertThat(c.derived().resolvedAmong(List.of(b.id(), "nope", reference.id(), a.id())).keySet()).containsExactlyInAnyOrder(a.id(), b.id());
            assertThat(c.derived().resolvedAmong(List.of())).isEmpty();
        }
    }

    @Test
    void aFailedStoreRollsBackCompletely() {
        try (Catalog c = Catalog.open(dir.resolve("c.db"))) {
            c.store(Records.file(a), "page.txt", "sha1", null);
            // Two records with one id violate the primary key half-way through the insert.
            assertThatThrownBy(() -> c.store(Records.file(b, b), "page.txt", "sha2", null))
                    .isInstanceOf(CatalogException.class).hasMessageContaining("page.txt");
            assertThat(c.recordsOf("page.txt")).containsExactly(a);
            assertThat(c.file("page.txt")).hasValueSatisfying(f -> assertThat(f.sha256()).isEqualTo("sha1"));
            assertThat(c.generation()).isEqualTo(1);
        }
    }

    @Test
    void survivesReopeningAndKeepsExtraFields() {
        try (Catalog c = Catalog.open(dir.resolve("c.db"))) {
            c.store(Records.file(a, b), "page.txt", "sha1", null);
        }
        try (Catalog c = Catalog.open(dir.resolve("c.db"))) {
            List<SourceRecord> all = new ArrayList<>();
            c.forEachRecord(all::add);
            assertThat(all).containsExactly(a, b);
            assertThat(all.getFirst().extra()).isEqualTo(Map.of("keywords", List.of("x", "y")));
            assertThat(c.integrityCheck()).isEqualTo("ok");
        }
    }

    /**
     * The HTTP server's searches read the catalog from many threads while an ingest may write: every
     * reader gets a whole answer, and no call fails because another thread's transaction ended its own.
     */
    @Test
    void concurrentReadersAndAWriterEachGetWholeAnswers() throws Exception {
        List<SourceRecord> many = new ArrayList<>();
        for (int line = 1; line <= 300; line++) {
            many.add(Records.paper("big.txt", line, "Paper " + line).abstractText("Text of paper " + line + ".").build());
        }
        List<String> ids = many.stream().map(SourceRecord::id).toList();
        try (Catalog c = Catalog.open(dir.resolve("c.db"))) {
            c.store(Records.file(many.toArray(SourceRecord[]::new)), "big.txt", "sha-big", null);
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(6)) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 60; i++) {
                        c.store(Records.file(i % 2 == 0 ? a : b), "other.txt", "sha-" + i, null);
                    }
                    return null;
                }));
                for (int t = 0; t < 5; t++) {
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < 60; i++) {
                            assertThat(c.recordsOf("big.txt")).hasSize(300);
                            assertThat(c.locations(ids)).hasSize(300);
                            assertThat(c.record(ids.get(i))).contains(many.get(i));
                        }
                        return null;
                    }));
                }
                for (var f : done) {
                    f.get();
                }
            }
            assertThat(c.recordsOf("big.txt")).hasSize(300);
            assertThat(c.generation()).isEqualTo(61);
        }
    }
}
