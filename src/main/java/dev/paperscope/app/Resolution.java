package dev.paperscope.app;

import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.resolve.Work;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records (in catalog order) and the works they resolve into, with lookups both ways. */
public record Resolution(List<SourceRecord> records, List<Work> works) {
    public Resolution {
        records = List.copyOf(records);
        works = List.copyOf(works);
    }

    /** The id of the work each record belongs to. */
    public Map<String, String> workOfRecord() {
        Map<String, String> out = new HashMap<>();
        works.forEach(w -> w.recordIds().forEach(id -> out.put(id, w.id())));
        return out;
    }

    public Map<String, SourceRecord> recordsById() {
        Map<String, SourceRecord> out = new LinkedHashMap<>();
        records.forEach(r -> out.put(r.id(), r));
        return out;
    }
}
