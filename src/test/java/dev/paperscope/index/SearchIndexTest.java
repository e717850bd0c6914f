package dev.paperscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.testing.Records;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
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
