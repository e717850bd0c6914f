package dev.paperscope.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of a resolution that changed, to store in place of the rows it replaces (see
 * {@link DerivedData#storeResolutionDelta}): the works to drop and the works to store in their place,
 * the records whose work rows are rewritten ({@code workRecords}: the resolved records and the removed
 * ones), and the records whose recovered fields, author keys and year corrections are rewritten
 * ({@code detailRecords}) with their new values (a record absent from a map has none), and the
 * resolution keys of the resolved records ({@code resolveKeys}; a record of {@code workRecords} absent
 * from it is gone, its keys are dropped).
 */
public record ResolutionDelta(Set<String> dropWorks, List<StoredWork> works, Set<String> workRecords, Set<String> detailRecords,
                              Map<String, Recovery> recoveries, Map<String, List<String>> authorKeys,
                              Map<String, YearCorrection> years, Map<String, String> redirects,
                              Map<String, List<String>> resolveKeys) {
    public ResolutionDelta {
        dropWorks = Set.copyOf(dropWorks);
        works = List.copyOf(works);
        workRecords = Set.copyOf(workRecords);
        detailRecords = Set.copyOf(detailRecords);
        recoveries = Map.copyOf(recoveries);
        authorKeys = Map.copyOf(authorKeys);
        years = Map.copyOf(years);
        redirects = Map.copyOf(redirects);
        resolveKeys = Map.copyOf(resolveKeys);
        for (StoredWork w : works) {
            if (!workRecords.containsAll(w.recordIds())) {
                throw new IllegalArgumentException("work " + w.id() + " holds records outside the delta's records");
            }
        }
    }

    /** The stored per-record derived values: recovered fields, author keys, year corrections, by record id. */
    public record Details(Map<String, Recovery> recoveries, Map<String, List<String>> authorKeys, Map<String, YearCorrection> years) {
    }
}
