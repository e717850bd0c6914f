package dev.paperscope.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The derived tables on an in-memory database with the records and files they join: which files a new
 * resolution changes (so the index re-reads exactly those), stamps and decisions.
 */
class DerivedTablesTest {
    private Connection c;

    @BeforeEach
    void open() throws SQLException {
        c = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE files(name TEXT PRIMARY KEY, role TEXT NOT NULL)");
            s.execute("CREATE TABLE records(id TEXT PRIMARY KEY, file TEXT NOT NULL)");
            s.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)");
            s.execute("INSERT INTO files VALUES ('a.bib', 'source'), ('b.jsonl', 'source'), ('refs.jsonl', 'reference')");
            s.execute("INSERT INTO records VALUES ('r1', 'a.bib'), ('r2', 'a.bib'), ('r3', 'b.jsonl'), ('x1', 'refs.jsonl')");
            DerivedTables.create(s);
        }
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    /** A resolution written as "w1=r1+r2 w2=r3", with optional "recover:r3", "keys:r1=k", "year:r1". */
    private Set<String> replace(String resolution) throws SQLException {
        List<StoredWork> works = new ArrayList<>();
        Map<String, Recovery> recoveries = new HashMap<>();
        Map<String, List<String>> keys = new HashMap<>();
        Map<String, YearCorrection> years = new HashMap<>();
        for (String part : resolution.strip().split("\\s+")) {
            if (part.startsWith("recover:")) {
                recoveries.put(part.substring(8), new Recovery("A Title", "ICML", 2020, "refs.jsonl", 3, "x1", 0.9, "title", "evidence"));
            } else if (part.startsWith("keys:")) {
                String[] kv = part.substring(5).split("=");
                keys.put(kv[0], List.of(kv[1]));
            } else if (part.startsWith("year:")) {
                OffsetDateTime start = OffsetDateTime.parse("2022-07-21T12:30:00-07:00");
                years.put(part.substring(5), new YearCorrection(2022, start, start.plusMinutes(5), List.of("x1"), 1, 1, "year", "evidence"));
            } else {
                String[] w = part.split("=");
                works.add(new StoredWork(w[0], null, List.of(w[1].split("\\+")), "{}"));
            }
        }
        return DerivedTables.replace(c, works, recoveries, keys, years);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // the next resolution                                    | files whose records' derived values changed
            "w1=r1+r2 w2=r3 wx=x1 keys:r1=smith                         | -",
            "w1=r1 w3=r2 w2=r3 wx=x1 keys:r1=smith                      | a.bib",
            "w1=r1+r2 w9=r3 wx=x1 keys:r1=smith                         | b.jsonl",
            "w1=r1+r2 w2=r3 wx=x1 keys:r1=smith recover:r3              | b.jsonl",
            "w1=r1+r2 w2=r3 wx=x1 keys:r1=jones                         | a.bib",
            "w1=r1+r2 w2=r3 wx=x1                                       | a.bib",
            "w1=r1+r2 w2=r3 wx=x1 keys:r1=smith year:r2                 | a.bib",
            "w1=r1+r2 w2=r3 wy=x1 keys:r1=smith                         | -",
            "w1=r1+r3 w2=r2 wx=x1 keys:r1=smith                         | a.bib,b.jsonl",
            "w1=r1+r2 wx=x1 keys:r1=smith                               | b.jsonl"})
    void aResolutionNamesTheSourceFilesItChanged(String next, String changed) throws SQLException {
        assertThat(replace("w1=r1+r2 w2=r3 wx=x1 keys:r1=smith")).as("the first resolution changes every source file")
                .containsExactly("a.bib", "b.jsonl");
        assertThat(replace(next)).as(next).containsExactlyElementsOf(changed == null ? List.of() : new TreeSet<>(List.of(changed.split(","))));
        assertThat(DerivedTables.works(c, "", List.of())).extracting(StoredWork::id)
                .as("the derived rows are the new resolution's, by id").containsExactlyElementsOf(worksOf(next).stream().sorted().toList());
    }

    private static List<String> worksOf(String resolution) {
        return Arrays.stream(resolution.strip().split("\\s+")).filter(p -> !p.contains(":")).map(p -> p.split("=")[0]).toList();
    }

    @Test
    void theStampSaysWhatTheDerivedDataReflects() throws SQLException {
        assertThat(DerivedTables.storedStamp(c)).isEmpty();
        assertThat(DerivedTables.currentStamp(c, "v1", 7)).isEqualTo("v1:g7:d0");
        DerivedTables.stamp(c, DerivedTables.currentStamp(c, "v1", 7));
        assertThat(DerivedTables.storedStamp(c)).contains("v1:g7:d0");
        long id = DerivedTables.addDecision(c, WorkDecision.Kind.MERGE, List.of("r1", "r2"), List.of("r3"), Instant.parse("2026-12-06T00:00:00Z"));
        assertThat(DerivedTables.currentStamp(c, "v1", 7)).as("a new decision makes the stored data stale").isEqualTo("v1:g7:d" + id)
                .isNotEqualTo(DerivedTables.storedStamp(c).orElseThrow());
        DerivedTables.addDecision(c, WorkDecision.Kind.SPLIT, List.of("r1"), List.of("r2"), Instant.parse("2026-12-06T00:01:00Z"));
        Map<WorkDecision.Kind, List<List<String>>> read = new LinkedHashMap<>();
        DerivedTables.decisions(c).forEach(d -> read.put(d.kind(), List.of(d.left(), d.right())));
        assertThat(read).containsExactly(Map.entry(WorkDecision.Kind.MERGE, List.of(List.of("r1", "r2"), List.of("r3"))),
                Map.entry(WorkDecision.Kind.SPLIT, List.of(List.of("r1"), List.of("r2"))));
    }

    @Test
    void aCorruptIdListIsACatalogError() throws SQLException {
        replace("w1=r1+r2 w2=r3 wx=x1");
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE works SET record_ids = 'not json' WHERE id = 'w1'");
        }
        assertThatThrownBy(() -> DerivedTables.works(c, "", List.of()))
                .isInstanceOf(CatalogException.class).hasMessageContaining("corrupt record id list");
    }
}
