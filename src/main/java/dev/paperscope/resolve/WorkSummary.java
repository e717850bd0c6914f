package dev.paperscope.resolve;

import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a work page shows once for the whole work, chosen among its records: the best abstract and one
 * author entry per person.
 */
public final class WorkSummary {
    private WorkSummary() {
    }

    /**
     * The record whose abstract the work shows: a paper's or talk's own abstract (award, oral, schedule,
     * structured, BibTeX, Atom) over a summary written about it (a format that {@link Formats#writesSummaries
     * writes summaries}, such as a reading list), over a blog post's text; catalog order within a rank.
     */
    public static Optional<SourceRecord> abstractSource(List<SourceRecord> records) {
        return records.stream().filter(r -> r.abstractText() != null && !r.abstractText().isBlank())
                .min(Comparator.comparingInt(WorkSummary::abstractRank));
    }

    static int abstractRank(SourceRecord r) {
        if (r.kind() == RecordKind.BLOG_POST) {
            return 2;
        }
        return Formats.writesSummaries(r.source().format()) ? 1 : 0;
    }

    /**
     * One display name per person named by the records, in the order of the first record that names them
     * (then any others the other records add): spellings of one {@link AuthorIdentities identity}
     * ("Rapha" and "Raphael Gontijo Lopes" beside the same co-authors) are one entry, shown by the
     * identity's fullest spelling.
     */
    public static List<String> authors(List<SourceRecord> records) {
        AuthorIdentities identities = AuthorIdentities.of(records);
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (SourceRecord r : records) {
            for (String written : r.authors()) {
                Optional<AuthorIdentity> who = identities.find(written);
                if (who.isEmpty()) {
                    if (seen.add("written:" + written)) {
                        out.add(written);
                    }
                } else if (seen.add(who.get().id())) {
                    out.add(who.get().name());
                }
            }
        }
        return out;
    }
}
