package dev.paperscope.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data version moves with another connection's commits only, and reading it holds no snapshot. */
class UserDataTest {
    @TempDir
    Path dir;

    private static void write(UserData db, String sql) {
        db.transaction("write", c -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
    }

    @Test
    void theDataVersionMovesWithAnotherConnectionsCommitsOnly() {
        try (UserData mine = UserData.open(dir.resolve("catalog.db")); UserData other = UserData.open(dir.resolve("catalog.db"))) {
            write(mine, "CREATE TABLE t(x)");
            long v0 = mine.dataVersion();
            assertThat(mine.dataVersion()).as("nothing committed").isEqualTo(v0);
            write(mine, "INSERT INTO t VALUES (1)");
            assertThat(mine.dataVersion()).as("its own commit").isEqualTo(v0);
            write(other, "INSERT INTO t VALUES (2)");
            long v1 = mine.dataVersion();
            assertThat(v1).as("another connection's commit").isNotEqualTo(v0);
            write(other, "INSERT INTO t VALUES (3)");
            assertThat(mine.dataVersion()).as("each later commit, too: no snapshot is held between calls").isNotEqualTo(v1);
        }
    }

    @Test
    void aClosedDatabaseSaysSo() {
        UserData db = UserData.open(dir.resolve("catalog.db"));
        db.close();
        assertThatThrownBy(db::dataVersion).isInstanceOf(CatalogException.class).hasMessageContaining("data version");
    }
}
