package dev.paperscope.export;

import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.SourceRecord;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a citation says about one work or record, merged from the source records that describe it.
 *
 * @param id         the work or record id it was asked for
 * @param authorMention how a page names the authors when it lists none ("Song et al."), else null
 * @param formats    the formats of the pages it came from (a conference page implies a conference paper)
 * @param provenance "file line N" of each source record
 */
public record Citable(String id, RecordKind kind, String title, List<String> authors, String authorMention, Integer year, String venue,
                      String abstractText, String url, List<String> formats, List<String> provenance) {
    public Citable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        authors = List.copyOf(authors);
        formats = List.copyOf(formats);
        provenance = List.copyOf(provenance);
    }

    /**
     * Merges the records of one work: the most common stated title (then the longest), the longest author
     * list, the most common year, the first venue and URL, the longest abstract; a paper if any record is one.
     */
    public static Citable of(String id, List<SourceRecord> records) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("nothing to cite for " + id);
        }
        List<SourceRecord> rs = records.stream().sorted(Comparator.comparing(SourceRecord::id)).toList();
        RecordKind kind = rs.stream().anyMatch(r -> r.kind() == RecordKind.PAPER) ? RecordKind.PAPER : rs.getFirst().kind();
        return new Citable(id, kind, mostCommon(rs, SourceRecord::title),
                rs.stream().map(SourceRecord::authors).max(Comparator.comparingInt(List::size)).orElse(List.of()),
                first(rs, SourceRecord::authorMention),
                mostCommon(rs, SourceRecord::year), first(rs, SourceRecord::venue),
                rs.stream().map(SourceRecord::abstractText).filter(Objects::nonNull).max(Comparator.comparingInt(String::length)).orElse(null),
                first(rs, SourceRecord::url), rs.stream().map(r -> r.source().format()).distinct().toList(),
                rs.stream().map(r -> r.source().file() + " line " + r.source().line()).toList());
    }

    private static <T extends Comparable<T>> T mostCommon(List<SourceRecord> rs, Function<SourceRecord, T> field) {
        Map<T, Integer> counts = new TreeMap<>();
        rs.stream().map(field).filter(Objects::nonNull).forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream().max(Comparator.comparingInt((Map.Entry<T, Integer> e) -> e.getValue())
                        .thenComparingInt(e -> e.getKey().toString().length()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static <T> T first(List<SourceRecord> rs, Function<SourceRecord, T> field) {
        return rs.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
