package dev.paperscope.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.FileChange;
import dev.paperscope.catalog.FileRole;
import dev.paperscope.catalog.Recovery;
import dev.paperscope.catalog.ResolutionDelta;
import dev.paperscope.catalog.StoredFile;
import dev.paperscope.catalog.StoredWork;
import dev.paperscope.catalog.WorkDecision;
import dev.paperscope.catalog.YearCorrection;
import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.resolve.Constraints;
import dev.paperscope.resolve.ReferenceMatcher;
import dev.paperscope.resolve.ScheduleYears;
import dev.paperscope.resolve.TitleRecovery;
import dev.paperscope.resolve.Work;
import dev.paperscope.resolve.WorkIds;
import dev.paperscope.resolve.WorkJson;
import dev.paperscope.resolve.WorkResolver;
import dev.paperscope.resolve.WorkScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves only what the files changed since the stored resolution can affect ({@link WorkScope}) and
 * stores only the rows that change, with the result a whole resolution would store. Titles recovered from
 * references, schedule years and author identities are still computed over the whole catalog (they are
 * cheap, or span it), and written only where they changed; the pairwise comparisons, the works, their ids
 * and their JSON are limited to the scope. Falls back (returns why) when the stored resolution is of
 * another version or other decisions, or when the scope is most of the catalog.
 */
final class IncrementalResolver {
    /** A scope above this share of the catalog resolves the whole catalog instead. */
    static final double MAX_SCOPE_SHARE = 0.5;
    static final String RACED = "the catalog changed while resolving";
    private static final Logger LOG = LoggerFactory.getLogger(IncrementalResolver.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private IncrementalResolver() {
    }

    /** One incremental resolution as of {@code generation}; empty when stored, else why not (nothing stored). */
    static Optional<String> runOnce(Catalog catalog, String version, long generation) {
        long t0 = System.nanoTime();
        Optional<String> stamp = catalog.derived().resolutionStamp();
        if (stamp.isEmpty() || !stamp.get().startsWith(version + ":g")) {
            return Optional.of("no stored resolution of version " + version);
        }
        List<WorkDecision> decisions = catalog.derived().decisions();
        long newestDecision = decisions.stream().mapToLong(WorkDecision::id).max().orElse(0);
        String s = stamp.get();
        int d = s.lastIndexOf(":d");
        long stampedGeneration;
        try {
            stampedGeneration = Long.parseLong(s.substring(version.length() + 2, d));
            if (Long.parseLong(s.substring(d + 2)) != newestDecision) {
                return Optional.of("the users' merge and split decisions changed");
            }
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.of("the stored stamp '" + s + "' cannot be read");
        }
        Laps laps = new Laps();
        List<SourceRecord> records = new ArrayList<>();
        catalog.forEachRecord(records::add);
        laps.lap("read records");
        Map<String, SourceRecord> byId = new LinkedHashMap<>();
        records.forEach(r -> byId.put(r.id(), r));
        Map<String, List<String>> previousWorks = Resolver.previousWorks(catalog, records);
        if (previousWorks.isEmpty()) {
            return Optional.of("no stored works");
        }
        laps.lap("stored works");
        List<SourceRecord> references = new ArrayList<>();
        catalog.forEachReferenceRecord(references::add);
        Map<String, TitleRecovery> recovered = references.isEmpty() ? Map.of() : new ReferenceMatcher(references).recoverAll(records);
        laps.lap("recovered titles");
        ResolutionDelta.Details stored = catalog.derived().details();
        laps.lap("stored details");

        Set<String> changed = new LinkedHashSet<>();
        for (FileChange change : catalog.changesSince(stampedGeneration)) {
            Optional<StoredFile> file = catalog.file(change.file());
            if (file.isPresent() && file.get().role() == FileRole.SOURCE) {
                catalog.recordsOf(change.file()).stream().map(SourceRecord::id).filter(byId::containsKey).forEach(changed::add);
            }
        }
        for (SourceRecord r : records) {
            Recovery before = stored.recoveries().get(r.id());
            TitleRecovery after = recovered.get(r.id());
            if (!Objects.equals(before == null ? null : before.title(), after == null ? null : after.title())) {
                changed.add(r.id());
            }
        }
        Map<String, String> workOf = new HashMap<>();
        previousWorks.forEach((work, ids) -> ids.forEach(id -> workOf.put(id, work)));
        Set<String> removed = new LinkedHashSet<>();
        workOf.keySet().stream().filter(id -> !byId.containsKey(id)).sorted().forEach(removed::add);
        List<WorkScope.Previous> previous = previousOf(catalog, changed, removed, workOf, stored.authorKeys());
        Constraints constraints = Resolver.constraints(decisions);
        laps.lap("changed records");
        Set<String> scope = WorkScope.of(records, recovered, changed, previous, previousWorks, constraints);
        laps.lap("scope");
        if (scope.size() > MAX_SCOPE_SHARE * records.size()) {
            return Optional.of("the change reaches " + scope.size() + " of " + records.size() + " records");
        }

        List<Work> fresh = WorkResolver.resolveScoped(records, recovered, constraints, scope);
        Map<String, List<String>> previousInScope = new LinkedHashMap<>();
        previousWorks.forEach((id, members) -> {
            if (members.stream().anyMatch(m -> scope.contains(m) || removed.contains(m))) {
                previousInScope.put(id, members);
            }
        });
        WorkIds.Assignment assignment = WorkIds.assign(fresh, previousInScope, previousWorks.keySet());
        List<StoredWork> works = assignment.works().stream()
                .map(w -> new StoredWork(w.id(), w.title(), w.recordIds(), WorkJson.toNode(w, byId, recovered).toString())).toList();
        laps.lap("works");
        ResolutionDelta delta = delta(catalog, changed.stream().map(byId::get).toList(), records, references, recovered, stored, scope, removed,
                previousInScope.keySet(), works, assignment.redirects(), laps);
        if (!catalog.derived().storeResolutionDelta(generation, version, delta)) {
            return Optional.of(RACED);
        }
        laps.lap("store");
        LOG.debug("resolved {} of {} records incrementally ({} changed, {} removed) into {} works in {} ms ({})", scope.size(), records.size(),
                changed.size(), removed.size(), works.size(), (System.nanoTime() - t0) / 1_000_000, laps);
        return Optional.empty();
    }

    /** What the stored resolution knew of the changed and removed records it held: titles and kinds from their works' JSON. */
    private static List<WorkScope.Previous> previousOf(Catalog catalog, Set<String> changed, Set<String> removed, Map<String, String> workOf,
                                                       Map<String, List<String>> authorKeys) {
        Set<String> ids = new LinkedHashSet<>(changed);
        ids.addAll(removed);
        ids.removeIf(id -> !workOf.containsKey(id));
        Set<String> workIds = new HashSet<>();
        ids.forEach(id -> workIds.add(workOf.get(id)));
        Map<String, JsonNode> members = new HashMap<>();
        for (StoredWork w : catalog.derived().worksById(workIds).values()) {
            try {
                JSON.readTree(w.json()).path("records").forEach(m -> members.put(m.path("id").asText(), m));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("corrupt stored work " + w.id(), e);
            }
        }
        List<WorkScope.Previous> out = new ArrayList<>();
        for (String id : ids) {
            JsonNode m = members.get(id);
            String title = m == null ? null : m.hasNonNull("title") ? m.get("title").asText()
                    : m.hasNonNull("recovered_title") ? m.get("recovered_title").asText() : null;
            boolean post = m != null && RecordKind.BLOG_POST.externalName().equals(m.path("kind").asText());
            out.add(new WorkScope.Previous(id, title, post, authorKeys.getOrDefault(id, List.of())));
        }
        return out;
    }

    /** The rows to replace: the scope's works and every record whose recovered fields, author keys or year changed. */
    private static ResolutionDelta delta(Catalog catalog, List<SourceRecord> changed, List<SourceRecord> records, List<SourceRecord> references,
                                         Map<String, TitleRecovery> recovered,
                                         ResolutionDelta.Details stored, Set<String> scope, Set<String> removed, Set<String> dropWorks,
                                         List<StoredWork> works, Map<String, String> redirects, Laps laps) {
        Map<String, SourceRecord> byId = new HashMap<>();
        records.forEach(r -> byId.put(r.id(), r));
        Map<String, Recovery> recoveries = new HashMap<>();
        recovered.forEach((id, t) -> recoveries.put(id, Resolver.recovery(byId.get(id), t)));
        Map<String, YearCorrection> years = new HashMap<>();
        if (!references.isEmpty()) {
            new ScheduleYears(references).redate(records, recovered).forEach((id, t) -> years.put(id, Resolver.yearCorrection(t)));
        }
        laps.lap("schedule years");
        Map<String, List<String>> keyChanges = authorKeyChanges(catalog, changed, removed);
        laps.lap("author identities");
        Set<String> detail = new HashSet<>(removed);
        differing(stored.recoveries(), recoveries, detail);
        differing(stored.years(), years, detail);
        detail.addAll(keyChanges.keySet());
        Map<String, List<String>> keys = new HashMap<>();
        detail.forEach(id -> {
            List<String> k = keyChanges.containsKey(id) ? keyChanges.get(id) : stored.authorKeys().getOrDefault(id, List.of());
            if (!k.isEmpty()) {
                keys.put(id, k);
            }
        });
        Set<String> workRecords = new HashSet<>(scope);
        workRecords.addAll(removed);
        return new ResolutionDelta(dropWorks, works, workRecords, detail, only(recoveries, detail), only(keys, detail), only(years, detail),
                redirects);
    }

    /**
     * The records whose stored author keys change, with their new keys (empty: none now, or gone), given the
     * records changed or added since the stored resolution (as they are now) and the ids removed since.
     */
    static Map<String, List<String>> authorKeyChanges(Catalog catalog, Collection<SourceRecord> changed, Set<String> removed) {
        return IncrementalAuthorKeys.changes(catalog, changed, removed);
    }

    private static <V> void differing(Map<String, V> before, Map<String, V> after, Set<String> out) {
        before.forEach((id, v) -> {
            if (!v.equals(after.get(id))) {
                out.add(id);
            }
        });
        after.forEach((id, v) -> {
            if (!v.equals(before.get(id))) {
                out.add(id);
            }
        });
    }

    private static <V> Map<String, V> only(Map<String, V> values, Set<String> ids) {
        Map<String, V> out = new HashMap<>();
        ids.forEach(id -> {
            if (values.containsKey(id)) {
                out.put(id, values.get(id));
            }
        });
        return out;
    }

    /** Milliseconds per phase of one run, for the debug log (where an incremental step's time goes). */
    private static final class Laps {
        private final StringBuilder text = new StringBuilder();
        private long last = System.nanoTime();

        void lap(String phase) {
            long now = System.nanoTime();
            text.append(text.isEmpty() ? "" : ", ").append(phase).append(' ').append((now - last) / 1_000_000).append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
