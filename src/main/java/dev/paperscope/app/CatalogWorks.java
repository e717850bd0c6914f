package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.catalog.StoredWork;
import dev.paperscope.search.RecordRef;
import dev.paperscope.search.WorkDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The catalog's stored works, as search grouping reads them. */
final class CatalogWorks implements WorkDirectory {
    private final Catalog catalog;

    CatalogWorks(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Map<String, String> workOf(Collection<String> recordIds) {
        return catalog.derived().workIdsOf(recordIds);
    }

    @Override
    public Map<String, WorkEntry> works(Collection<String> workIds) {
        Map<String, StoredWork> works = catalog.derived().worksById(workIds);
        List<String> members = works.values().stream().flatMap(w -> w.recordIds().stream()).toList();
        Map<String, Catalog.RecordLocation> where = catalog.locations(members);
        Map<String, WorkEntry> out = new LinkedHashMap<>();
        works.forEach((id, w) -> {
            List<RecordRef> refs = new ArrayList<>();
            for (String r : w.recordIds()) {
                Catalog.RecordLocation l = where.get(r);
                if (l != null) {
                    refs.add(new RecordRef(r, l.file(), l.line()));
                }
            }
            out.put(id, new WorkEntry(w.title(), refs));
        });
        return out;
    }
}
