package dev.paperscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.testing.Records;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MergeScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    @TempDir
    Path dir;

    private static int docs(SearchIndex index) {
        return index.withSearcher(s -> s.getIndexReader().numDocs());
    }

    @Test
    void catchesUpWithFilesChangedSinceItsLastCommit() {
        try (Catalog catalog = Catalog.open(dir.resolve("c.db")); SearchIndex index = SearchIndex.open(dir.resolve("i"))) {
            catalog.store(Records.file(Records.paper("a.txt", 1, "One").build(), Records.paper("a.txt", 2, "Two").build()), "a.txt", "s1", null);
            assertThat(index.catchUp(catalog)).isEqualTo(-1); // first time: full build
            assertThat(index.generation()).isEqualTo(1);
            assertThat(docs(index)).isEqualTo(2);

            // The catalog moves on while the index is not told (as after a crash between the two commits).
            catalog.store(Records.file(Records.paper("a.txt", 1, "Only").build()), "a.txt", "s2", null);
            catalog.store(Records.file(Records.paper("b.txt", 1, "Bee").build()), "b.txt", "s3", null);
            assertThat(index.catchUp(catalog)).isEqualTo(2);
            assertThat(index.generation()).isEqualTo(3);
            assertThat(docs(index)).isEqualTo(2);
            assertThat(index.catchUp(catalog)).isZero();
        }
    }

    /**
     * Each catch-up's flush starts merges; the index must commit them rather than abort them when its
     * writer closes. Before, every small ingest left one more segment and its deleted documents (which
     * count in BM25's statistics) stayed or went depending on whether a merge beat the commit.
     */
    @Test
    void manySmallCatchUpsMergeTheirSegmentsAndDeletions() {
        // Merges that take a while, as real ones do on a larger index: each starts 600 ms late, past the
        // 500 ms that a commit waits for merges of what it flushed.
        Supplier<MergeScheduler> slow = () -> new ConcurrentMergeScheduler() {
            @Override
            protected void doMerge(MergeSource mergeSource, MergePolicy.OneMerge merge) throws IOException {
                try {
                    Thread.sleep(600);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.doMerge(mergeSource, merge);
            }
        };
        try (Catalog catalog = Catalog.open(dir.resolve("c.db")); SearchIndex index = SearchIndex.open(dir.resolve("i"), slow)) {
            catalog.store(Records.file(Records.paper("a.txt", 1, "First").build()), "a.txt", "s0", null);
            index.catchUp(catalog);
            for (int i = 1; i <= 8; i++) {
                // A new file, and an edit of one that every step rewrites (its old documents deleted in older segments).
                catalog.store(Records.file(Records.paper("n" + i + ".txt", 1, "New " + i).build()), "n" + i + ".txt", "n" + i, null);
                catalog.store(Records.file(Records.paper("edited.txt", 1, "Title " + i).build(), Records.paper("edited.txt", 2, "Other " + i).build()),
                        "edited.txt", "e" + i, null);
                assertThat(index.catchUp(catalog)).isEqualTo(2);
            }
            int[] leavesAndDeleted = index.withSearcher(s -> new int[] {s.getIndexReader().leaves().size(), s.getIndexReader().numDeletedDocs()});
            assertThat(docs(index)).isEqualTo(11);
            assertThat(leavesAndDeleted[0]).as("segments after 9 commits").isLessThanOrEqualTo(3);
            assertThat(leavesAndDeleted[1]).as("deleted documents still counted").isLessThanOrEqualTo(4);
        }
    }

    @Test
    void aMissingOrDamagedIndexIsRebuiltFromTheCatalog() throws IOException {
        Path indexDir = dir.resolve("i");
        try (Catalog catalog = Catalog.open(dir.resolve("c.db"))) {
            catalog.store(Records.file(Records.paper("a.txt", 1, "One").build()), "a.txt", "s1", null);
            try (SearchIndex index = SearchIndex.open(indexDir)) {
                index.catchUp(catalog);
            }
            try (Stream<Path> files = Files.list(indexDir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    if (f.getFileName().toString().startsWith("segments")) {
                        Files.write(f, new byte[] {1, 2, 3});
                    }
                }
            }
            try (SearchIndex index = SearchIndex.open(indexDir)) {
                assertThat(index.generation()).isEqualTo(-1);
                assertThat(index.catchUp(catalog)).isEqualTo(-1);
                assertThat(docs(index)).isEqualTo(1);
            }
        }
    }
}
