package dev.paperscope.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where grouping looks works up: the work of each record, and each work's title and records. */
public interface WorkDirectory {
    /** The work id of each record id that has one; records without a work (not yet resolved) are absent. */
    Map<String, String> workOf(Collection<String> recordIds);

    /** Title (null when none is known) and every record of each work, by work id. */
    Map<String, WorkEntry> works(Collection<String> workIds);

    /** One work as grouping shows it. */
    record WorkEntry(String title, List<RecordRef> records) {
        public WorkEntry {
            records = List.copyOf(records);
        }
    }
}
