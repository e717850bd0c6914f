package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.Recovery;
import dev.paperscope.catalog.ResolutionDelta;
import dev.paperscope.catalog.StoredWork;
import dev.paperscope.catalog.YearCorrection;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.resolve.RecordKeys;
import dev.paperscope.resolve.ReferenceMatcher;
import dev.paperscope.resolve.ScheduleYears;
import dev.paperscope.resolve.TitleRecovery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Titles recovered from references and schedule years for the pages a change touches. Both are decided page
 * by page (a page's other matches vote), so while the reference files are as the stored resolution saw them,
 * only the records of a page that gained, lost or changed a record can get other values: those pages are
 * matched and redated again, every other record keeps what is stored.
 */
final class TouchedPages {
    private final Map<String, SourceRecord> records;
    private final Map<String, TitleRecovery> recovered;
    private final Map<String, YearCorrection> years;
    private final ResolutionDelta.Details stored;

    private TouchedPages(Map<String, SourceRecord> records, Map<String, TitleRecovery> recovered, Map<String, YearCorrection> years,
                         ResolutionDelta.Details stored) {
        this.records = records;
        this.recovered = recovered;
        this.years = years;
        this.stored = stored;
    }

    /** The pages of the changed and gone records, matched against the reference files again (nothing to do without any). */
    static TouchedPages of(Catalog catalog, Map<String, SourceRecord> changed, Set<String> gone) {
        List<SourceRecord> references = new ArrayList<>();
        if (catalog.referenceRecordCount() > 0 && !(changed.isEmpty() && gone.isEmpty())) {
            catalog.forEachReferenceRecord(references::add);
        }
        if (references.isEmpty()) {
            return new TouchedPages(changed, Map.of(), Map.of(), catalog.derived().detailsOf(changed.keySet()));
        }
        Set<String> pages = new TreeSet<>();
        changed.values().forEach(r -> pages.add(RecordKeys.PAGE + r.source().file()));
        Set<String> before = new TreeSet<>(changed.keySet());
        before.addAll(gone);
        catalog.derived().keys().keysOf(before).values().forEach(ks -> ks.stream().filter(k -> k.startsWith(RecordKeys.PAGE)).forEach(pages::add));
        Set<String> ids = new TreeSet<>(changed.keySet());
        catalog.derived().keys().members(pages).values().forEach(ids::addAll);
        ids.removeAll(gone);
        Map<String, SourceRecord> onPages = new LinkedHashMap<>();
        catalog.sourceRecords(ids).stream().filter(r -> pages.contains(RecordKeys.PAGE + r.source().file())).forEach(r -> onPages.put(r.id(), r));
        List<SourceRecord> list = List.copyOf(onPages.values());
        Map<String, TitleRecovery> recovered = new ReferenceMatcher(references).recoverAll(list);
        Map<String, YearCorrection> years = new HashMap<>();
        new ScheduleYears(references).redate(list, recovered).forEach((id, t) -> years.put(id, Resolver.yearCorrection(t)));
        return new TouchedPages(onPages, recovered, years, catalog.derived().detailsOf(onPages.keySet()));
    }

    /** The ids of the records matched again (their recovered titles are {@link #recovered()}'s, none when absent). */
    Set<String> records() {
        return records.keySet();
    }

    Map<String, TitleRecovery> recovered() {
        return recovered;
    }

    /** The recovered titles of the records matched again, by id. */
    Map<String, String> recoveredTitles() {
        Map<String, String> out = new HashMap<>();
        recovered.forEach((id, t) -> out.put(id, t.title()));
        return out;
    }

    /** The records, other than {@code changed}, whose recovered title changed (so their keys change). */
    List<SourceRecord> retitled(Set<String> changed) {
        List<SourceRecord> out = new ArrayList<>();
        records.values().forEach(r -> {
            Recovery before = stored.recoveries().get(r.id());
            TitleRecovery after = recovered.get(r.id());
            if (!changed.contains(r.id()) && !Objects.equals(before == null ? null : before.title(), after == null ? null : after.title())) {
                out.add(r);
            }
        });
        return out;
    }

    /**
     * The rows to replace: the works of the resolved records ({@code workRecords}), and every record whose
     * recovered fields, year correction or author keys ({@code authorKeys}, the changes) changed, or that is gone.
     */
    ResolutionDelta delta(Catalog catalog, Set<String> gone, Map<String, List<String>> authorKeys, Set<String> workRecords,
                          Set<String> dropWorks, List<StoredWork> works, Map<String, String> redirects,
                          Map<String, List<String>> resolveKeys) {
        Map<String, Recovery> recoveries = new HashMap<>();
        recovered.forEach((id, t) -> recoveries.put(id, Resolver.recovery(records.get(id), t)));
        Set<String> detail = new TreeSet<>(gone);
        detail.addAll(authorKeys.keySet());
        for (String id : records.keySet()) {
            if (!Objects.equals(stored.recoveries().get(id), recoveries.get(id)) || !Objects.equals(stored.years().get(id), years.get(id))) {
                detail.add(id);
            }
        }
        ResolutionDelta.Details before = catalog.derived().detailsOf(detail);
        Map<String, Recovery> newRecoveries = new HashMap<>();
        Map<String, YearCorrection> newYears = new HashMap<>();
        Map<String, List<String>> newKeys = new HashMap<>();
        for (String id : detail) {
            if (gone.contains(id)) {
                continue;
            }
            put(newRecoveries, id, records.containsKey(id) ? recoveries.get(id) : before.recoveries().get(id));
            put(newYears, id, records.containsKey(id) ? years.get(id) : before.years().get(id));
            List<String> keys = authorKeys.containsKey(id) ? authorKeys.get(id) : before.authorKeys().get(id);
            if (keys != null && !keys.isEmpty()) {
                newKeys.put(id, keys);
            }
        }
        return new ResolutionDelta(dropWorks, works, workRecords, detail, newRecoveries, newKeys, newYears, redirects, resolveKeys);
    }

    private static <V> void put(Map<String, V> map, String id, V value) {
        if (value != null) {
            map.put(id, value);
        }
    }
}
