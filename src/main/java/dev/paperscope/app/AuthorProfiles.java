package dev.paperscope.app;

import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.resolve.AuthorIdentities;
import dev.paperscope.resolve.AuthorIdentity;
import dev.paperscope.resolve.Work;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds an {@link AuthorProfile} from an identity and the resolved catalog. */
final class AuthorProfiles {
    private AuthorProfiles() {
    }

    static AuthorProfile of(AuthorIdentity identity, AuthorIdentities identities, Resolution resolution) {
        Map<String, SourceRecord> records = resolution.recordsById();
        Set<String> mine = new HashSet<>(identity.recordIds());
        List<AuthorProfile.WorkRef> works = new ArrayList<>();
        Map<String, Integer> venues = new TreeMap<>();
        Map<String, Integer> coauthors = new TreeMap<>();
        for (Work w : resolution.works()) {
            List<String> named = w.recordIds().stream().filter(mine::contains).toList();
            if (named.isEmpty()) {
                continue;
            }
            works.add(new AuthorProfile.WorkRef(w.id(), w.title(), named));
            venueOf(w, records).ifPresent(v -> venues.merge(v, 1, Integer::sum));
            coauthorsOf(w, identity, identities, records).forEach(c -> coauthors.merge(c, 1, Integer::sum));
        }
        return new AuthorProfile(identity, works, venues, byCountThenName(coauthors));
    }

    /** The first stated venue and year among the work's records, e.g. "NeurIPS 2022". */
    private static Optional<String> venueOf(Work w, Map<String, SourceRecord> records) {
        return w.recordIds().stream().map(records::get).filter(r -> r.venue() != null)
                .map(r -> r.year() == null ? r.venue() : r.venue() + " " + r.year()).findFirst();
    }

    /** Display names of the other people on any of the work's records, each once per work. */
    private static Set<String> coauthorsOf(Work w, AuthorIdentity me, AuthorIdentities identities, Map<String, SourceRecord> records) {
        Set<String> names = new TreeSet<>();
        for (String id : w.recordIds()) {
            for (String written : records.get(id).authors()) {
                identities.find(written).filter(i -> !i.id().equals(me.id())).ifPresent(i -> names.add(i.name()));
            }
        }
        return names;
    }

    private static Map<String, Integer> byCountThenName(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
