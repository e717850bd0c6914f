package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.StoredWork;
import dev.paperscope.catalog.WorkDecision;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Hand merges and splits: checks a request against the stored works, records it as a decision keyed by
 * record ids (record ids are what a user names; work ids are kept across resolutions, see WorkIds), and resolves again so the decision takes effect.
 */
final class WorkDecisions {
    private WorkDecisions() {
    }

    /** The stored work with this id, or the work of the record with this id. */
    static StoredWork workOf(Catalog catalog, String workOrRecordId) {
        return catalog.derived().work(workOrRecordId).or(() -> catalog.derived().workOfRecord(workOrRecordId))
                .or(() -> catalog.derived().redirect(workOrRecordId).flatMap(to -> catalog.derived().work(to).or(() -> catalog.derived().workOfRecord(to))))
                .orElseThrow(() -> new IllegalArgumentException("no work or record has the id " + workOrRecordId));
    }

    static StoredWork merge(Resolver resolver, String a, String b) {
        Catalog catalog = resolver.catalog();
        StoredWork left = workOf(catalog, a);
        StoredWork right = workOf(catalog, b);
        if (left.id().equals(right.id())) {
            throw new IllegalArgumentException(a + " and " + b + " are already one work (" + left.id() + ")");
        }
        catalog.derived().addDecision(WorkDecision.Kind.MERGE, left.recordIds(), right.recordIds());
        resolver.refresh();
        return catalog.derived().workOfRecord(left.recordIds().getFirst()).orElseThrow();
    }

    /** The works after the split: the named records' work first, then the rest's. */
    static List<StoredWork> split(Resolver resolver, String workId, List<String> recordIds) {
        Catalog catalog = resolver.catalog();
        StoredWork work = catalog.derived().work(workId).or(() -> catalog.derived().redirect(workId).flatMap(catalog.derived()::work))
                .orElseThrow(() -> new IllegalArgumentException("no work has the id " + workId));
        Set<String> named = new LinkedHashSet<>(recordIds);
        for (String id : named) {
            if (!work.recordIds().contains(id)) {
                throw new IllegalArgumentException("record " + id + " is not in work " + work.id() + " (its records: "
                        + String.join(", ", work.recordIds()) + ")");
            }
        }
        List<String> rest = work.recordIds().stream().filter(id -> !named.contains(id)).toList();
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("a split must leave at least one record of " + workId + " behind");
        }
        catalog.derived().addDecision(WorkDecision.Kind.SPLIT, List.copyOf(named), rest);
        resolver.refresh();
        List<StoredWork> out = new ArrayList<>();
        out.add(catalog.derived().workOfRecord(named.iterator().next()).orElseThrow());
        out.add(catalog.derived().workOfRecord(rest.getFirst()).orElseThrow());
        return out;
    }
}
