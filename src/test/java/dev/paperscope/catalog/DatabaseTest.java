package dev.paperscope.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one transaction helper and the one batching reader every part of the catalog uses. */
class DatabaseTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("t.db"), WriteTurn.DEFAULT);
        db.write("create", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t(k TEXT PRIMARY KEY, v TEXT NOT NULL)");
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close("the test database");
    }

    @ParameterizedTest(name = "{0} keys")
    @ValueSource(ints = {0, 1, Database.KEYS_PER_QUERY - 1, Database.KEYS_PER_QUERY, Database.KEYS_PER_QUERY + 1, 1_201})
    void batchedReadsFindEveryKeyAcrossBatches(int n) {
        List<String> keys = IntStream.range(0, n).mapToObj(i -> "k" + i).toList();
        insert(keys);
        List<String> wanted = new ArrayList<>(keys);
        wanted.add("absent");
        List<String> found = new ArrayList<>();
        db.read("read", c -> {
            Database.inBatches(c, wanted, List.of("v-"), "SELECT k FROM t WHERE v LIKE ? || '%%' AND k IN (%s) ORDER BY k", rs -> found.add(rs.getString(1)));
            return null;
        });
        assertThat(found).containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    void aFailedWriteRollsBackAndKeepsItsCause() {
        assertThatThrownBy(() -> db.write("store two rows", c -> {
            insert(c, "a");
            insert(c, "a"); // primary key
            return null;
        })).isInstanceOf(CatalogException.class).hasMessageStartingWith("cannot store two rows: ").hasCauseInstanceOf(SQLException.class);
        IllegalArgumentException invalid = new IllegalArgumentException("invalid");
        assertThatThrownBy(() -> db.write("store", c -> {
            insert(c, "b");
            throw invalid;
        })).isSameAs(invalid);
        long rows = db.read("count", c -> Database.queryLong(c, "SELECT COUNT(*) FROM t"));
        assertThat(rows).as("both rolled back").isZero();
    }

    @Test
    void aFailedReadSaysWhatItRead() {
        assertThatThrownBy(() -> db.read("cannot read the table", c -> Database.queryLong(c, "SELECT COUNT(*) FROM nowhere")))
                .isInstanceOf(CatalogException.class).hasMessageStartingWith("cannot read the table: ");
    }

    private void insert(List<String> keys) {
        db.write("insert", c -> {
            for (String k : keys) {
                insert(c, k);
            }
            return null;
        });
    }

    private static void insert(java.sql.Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO t(k, v) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, "v-" + key);
            ps.executeUpdate();
        }
    }
}
