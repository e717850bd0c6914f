package dev.paperscope.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What resolution derives from the records, stored beside them (works, each record's work, recovered
 * fields, corrected years, author keys, where merged-away ids went; see {@link DerivedTables}), and the
 * users' work decisions that steer it. Handed out by {@link Catalog#derived()}; shares its connection and
 * lock, and each method is one transaction.
 */
public final class DerivedData {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database db;
    private final ResolveKeys keys;
    private final AuthorNames authorNames;

    DerivedData(Database db) {
        this.db = db;
        this.keys = new ResolveKeys(db);
        this.authorNames = new AuthorNames(db);
    }

    /** The parsed author names of every source record (see {@link AuthorNames}). */
    public AuthorNames authorNames() {
        return authorNames;
    }

    /** True when the stored resolution reflects this catalog generation, the newest decision and {@code resolverVersion}. */
    public boolean resolutionIsCurrent(String resolverVersion) {
        return db.read("cannot read the resolution stamp", c ->
                DerivedTables.storedStamp(c).filter(DerivedTables.currentStamp(c, resolverVersion, Database.generation(c))::equals).isPresent());
    }

    /**
     * What the stored resolution reflects (resolver version, catalog generation, newest decision), empty
     * before the first one: it changes exactly when the works, recoveries and author keys are replaced, so
     * data derived from them can be kept until it changes.
     */
    public Optional<String> resolutionStamp() {
        return db.read("cannot read the resolution stamp", DerivedTables::storedStamp);
    }

    /**
     * Replaces the derived works and recoveries in one transaction that also logs a change for every
     * file whose records' derived values changed (so the index re-reads them) and stamps what the data
     * reflects. A process killed before this commit leaves the old stamp, and the next open recomputes.
     */
    public void storeResolution(String resolverVersion, List<StoredWork> works, Map<String, Recovery> recoveries,
                                Map<String, List<String>> authorKeys, Map<String, YearCorrection> years) {
        storeResolutionAt(-1, resolverVersion, works, recoveries, authorKeys, years, Map.of());
    }

    /**
     * As {@link #storeResolution}, also recording where work ids that are no longer works went
     * ({@code workRedirects}, old id → surviving id; see {@link #redirect}; ids that are works again stop
     * redirecting), only while the catalog is still at {@code generation} (the one the resolution read;
     * -1: whatever it is): returns false, storing nothing, when another process changed it in between.
     */
    public boolean storeResolutionAt(long generation, String resolverVersion, List<StoredWork> works,
                                     Map<String, Recovery> recoveries, Map<String, List<String>> authorKeys,
                                     Map<String, YearCorrection> years, Map<String, String> workRedirects) {
        return storeResolutionAt(generation, resolverVersion, works, recoveries, authorKeys, years, workRedirects, Map.of());
    }

    /** As above, also replacing every record's resolution keys ({@link ResolveKeys}) with {@code resolveKeys}. */
    public boolean storeResolutionAt(long generation, String resolverVersion, List<StoredWork> works,
                                     Map<String, Recovery> recoveries, Map<String, List<String>> authorKeys,
                                     Map<String, YearCorrection> years, Map<String, String> workRedirects,
                                     Map<String, List<String>> resolveKeys) {
        return db.write("store the resolution", c -> {
            if (generation >= 0 && Database.generation(c) != generation) {
                c.rollback();
                return false;
            }
            for (String file : DerivedTables.replace(c, works, recoveries, authorKeys, years)) {
                Database.logChange(c, file);
            }
            ResolveKeys.replaceAll(c, resolveKeys);
            IdRedirects.put(c, workRedirects, "work");
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM id_redirects WHERE old_id IN (SELECT id FROM works)");
            }
            DerivedTables.stamp(c, DerivedTables.currentStamp(c, resolverVersion, Database.generation(c)));
            return true;
        });
    }

    /**
     * As {@link #storeResolutionAt} for part of the catalog: replaces only the rows the delta names, logs a
     * change for the files whose records' derived values changed, and stamps the result as current. Returns
     * false, storing nothing, when the catalog is no longer at {@code generation}.
     */
    public boolean storeResolutionDelta(long generation, String resolverVersion, ResolutionDelta delta) {
        return db.write("store the resolution", c -> {
            if (Database.generation(c) != generation) {
                c.rollback();
                return false;
            }
            for (String file : DerivedDelta.apply(c, delta)) {
                Database.logChange(c, file);
            }
            ResolveKeys.replace(c, delta.workRecords(), delta.resolveKeys());
            IdRedirects.put(c, delta.redirects(), "work");
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM id_redirects WHERE old_id IN (SELECT id FROM works)");
            }
            DerivedTables.stamp(c, DerivedTables.currentStamp(c, resolverVersion, Database.generation(c)));
            return true;
        });
    }

    /** The stored recovered fields, author keys and year corrections of every record (what a delta compares with). */
    public ResolutionDelta.Details details() {
        return db.read("cannot read the derived data", DerivedDelta::details);
    }

    /** The stored recovered fields, author keys and year corrections of these records only. */
    public ResolutionDelta.Details detailsOf(Collection<String> recordIds) {
        return db.read("cannot read the derived data", c -> DerivedDelta.details(c, recordIds));
    }

    /** The keys the stored resolution looked its records up by (see {@link ResolveKeys}). */
    public ResolveKeys keys() {
        return keys;
    }

    /** Each of these stored works' record ids, by work id (unknown ids are absent). */
    public Map<String, List<String>> membersOfWorks(Collection<String> workIds) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        worksById(workIds).forEach((id, w) -> out.put(id, w.recordIds()));
        return out;
    }

    /** Which of these ids are stored works' ids. */
    public Set<String> existingWorkIds(Collection<String> workIds) {
        Set<String> out = new HashSet<>();
        db.read("cannot read works", c -> {
            Database.inBatches(c, workIds, List.of(), "SELECT id FROM works WHERE id IN (%s)", rs -> out.add(rs.getString(1)));
            return null;
        });
        return out;
    }

    /** Every source record with its derived data, by file name and then page order. */
    public void forEachResolved(Consumer<ResolvedRecord> consumer) {
        db.read("cannot read records", c -> {
            DerivedTables.forEachResolved(c, "", null, consumer);
            return null;
        });
    }

    /** The source records of one file with their derived data; empty for a reference file. */
    public List<ResolvedRecord> resolvedOf(String fileName) {
        List<ResolvedRecord> out = new ArrayList<>();
        db.read("cannot read records of " + fileName, c -> {
            DerivedTables.forEachResolved(c, " AND r.file = ?", fileName, out::add);
            return null;
        });
        return out;
    }

    /** One source record with its derived data. */
    public Optional<ResolvedRecord> resolved(String recordId) {
        List<ResolvedRecord> out = new ArrayList<>(1);
        db.read("cannot read record " + recordId, c -> {
            DerivedTables.forEachResolved(c, " AND r.id = ?", recordId, out::add);
            return null;
        });
        return out.stream().findFirst();
    }

    /** The source records among these ids with their derived data, by id; unknown ids and reference records are absent. */
    public Map<String, ResolvedRecord> resolvedAmong(Collection<String> recordIds) {
        Map<String, ResolvedRecord> out = new LinkedHashMap<>();
        db.read("cannot read the catalog", c -> {
            Database.inBatches(c, recordIds, List.of(), DerivedTables.RESOLVED_SELECT + " AND r.id IN (%s)", rs -> {
                ResolvedRecord r = DerivedTables.resolved(rs);
                out.put(r.record().id(), r);
            });
            return null;
        });
        return out;
    }

    /** Each stored work's record ids, by work id (what the next resolution keeps work ids by). */
    public Map<String, List<String>> workMembers() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        db.read("cannot read works", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, record_ids FROM works ORDER BY id")) {
                while (rs.next()) {
                    try {
                        out.put(rs.getString(1), JSON.readValue(rs.getString(2), new TypeReference<List<String>>() { }));
                    } catch (JsonProcessingException e) {
                        throw new CatalogException("corrupt record ids of work " + rs.getString(1) + ": " + e.getMessage(), e);
                    }
                }
            }
            return null;
        });
        return out;
    }

    /**
     * Where an id that is no longer a work or record went (a merged-away work, a record re-keyed by a
     * migration), following redirects to the end; empty when it is not redirected.
     */
    public Optional<String> redirect(String id) {
        return db.read("cannot read redirects", c -> IdRedirects.follow(c, id));
    }

    /** Where each of these ids that is redirected leads (see {@link #redirect}). */
    public Map<String, String> redirects(Collection<String> ids) {
        return db.read("cannot read redirects", c -> {
            Map<String, String> out = new LinkedHashMap<>();
            for (String id : ids) {
                IdRedirects.follow(c, id).ifPresent(to -> out.put(id, to));
            }
            return out;
        });
    }

    /** The stored works by id (the order the resolver makes them in; a partial resolution keeps it). */
    public List<StoredWork> works() {
        return db.read("cannot read works", c -> DerivedTables.works(c, "", List.of()));
    }

    public Optional<StoredWork> work(String workId) {
        return db.read("cannot read work " + workId, c -> DerivedTables.works(c, "WHERE id = ?", List.of(workId))).stream().findFirst();
    }

    /** The stored work a record belongs to. */
    public Optional<StoredWork> workOfRecord(String recordId) {
        return db.read("cannot read the work of " + recordId, c -> DerivedTables.works(c,
                "WHERE id = (SELECT work_id FROM record_works WHERE record_id = ?)", List.of(recordId))).stream().findFirst();
    }

    /** The work id of each of these records that has one. */
    public Map<String, String> workIdsOf(Collection<String> recordIds) {
        Map<String, String> out = new LinkedHashMap<>();
        db.read("cannot read the catalog", c -> {
            Database.inBatches(c, recordIds, List.of(), "SELECT record_id, work_id FROM record_works WHERE record_id IN (%s)",
                    rs -> out.put(rs.getString(1), rs.getString(2)));
            return null;
        });
        return out;
    }

    /** The stored works among these ids, by id. */
    public Map<String, StoredWork> worksById(Collection<String> workIds) {
        Map<String, StoredWork> out = new LinkedHashMap<>();
        db.read("cannot read works", c -> {
            Database.inBatches(c, workIds, List.of(), "SELECT id, title, record_ids, json FROM works WHERE id IN (%s) ORDER BY id",
                    rs -> {
                        StoredWork w = DerivedTables.work(rs);
                        out.put(w.id(), w);
                    });
            return null;
        });
        return out;
    }

    /** Records a user's decision; the resolution becomes stale until recomputed. */
    public long addDecision(WorkDecision.Kind kind, List<String> left, List<String> right) {
        new WorkDecision(0, kind, left, right, Instant.now()); // validates
        return db.write("store the decision", c -> DerivedTables.addDecision(c, kind, left, right, Instant.now()));
    }

    /** Every decision, oldest first. */
    public List<WorkDecision> decisions() {
        return db.read("cannot read work decisions", DerivedTables::decisions);
    }
}
