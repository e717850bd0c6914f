package dev.paperscope.export;

import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.SourceRecord;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a citation says about one work or record.
 *
 * @param id            the work or record id it was asked for
 * @param authorMention how a page names the authors when no record lists them ("Song et al."), else null
 * @param formats       the formats of the pages it came from (a conference page implies a conference paper)
 * @param provenance    "file line N" of each source record
 * @param original      the BibTeX entry its fields came from, when they came from a BibTeX record
 */
public record Citable(String id, RecordKind kind, String title, List<String> authors, String authorMention, Integer year, String venue,
                      String abstractText, String url, List<String> formats, List<String> provenance, Optional<BibtexEntry> original) {
    /** Structured files (they state fields by name) rank between BibTeX and pages. */
    private static final Set<String> STRUCTURED = Set.of("jsonl", "json", "csv", "arxiv-atom");

    public Citable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(original, "original");
        authors = List.copyOf(authors);
        formats = List.copyOf(formats);
        provenance = List.copyOf(provenance);
    }

    /** A citable that came from no BibTeX entry. */
    public Citable(String id, RecordKind kind, String title, List<String> authors, String authorMention, Integer year, String venue,
                   String abstractText, String url, List<String> formats, List<String> provenance) {
        this(id, kind, title, authors, authorMention, year, venue, abstractText, url, formats, provenance, Optional.empty());
    }

    /**
     * The citation of one work from its records, never mixing sources for what belongs together. Records
     * rank BibTeX, then structured files, then pages (then by id). The best record with a title gives the
     * title, abstract, URL and (a BibTeX record) the entry as written; venue and year come together from
     * that record when it has either, else from the best record that has both, else either. Authors are
     * the title record's, else the best record's that lists any; a prose mention ("Song et al.") is kept
     * only when no record lists authors.
     */
    public static Citable of(String id, List<SourceRecord> records) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("nothing to cite for " + id);
        }
        List<SourceRecord> ranked = records.stream().sorted(Comparator.comparingInt(Citable::rank).thenComparing(SourceRecord::id)).toList();
        SourceRecord main = ranked.stream().filter(r -> r.title() != null).findFirst().orElse(ranked.getFirst());
        RecordKind kind = ranked.stream().anyMatch(r -> r.kind() == RecordKind.PAPER) ? RecordKind.PAPER : main.kind();
        List<String> authors = !main.authors().isEmpty() ? main.authors()
                : ranked.stream().map(SourceRecord::authors).filter(a -> !a.isEmpty()).findFirst().orElse(List.of());
        SourceRecord dated = hasVenueOrYear(main) ? main
                : ranked.stream().filter(r -> r.venue() != null && r.year() != null).findFirst()
                .orElseGet(() -> ranked.stream().filter(Citable::hasVenueOrYear).findFirst().orElse(main));
        return new Citable(id, kind, main.title(), authors, authors.isEmpty() ? first(ranked, SourceRecord::authorMention) : null,
                dated.year(), dated.venue(), main.abstractText() != null ? main.abstractText() : first(ranked, SourceRecord::abstractText),
                main.url() != null ? main.url() : first(ranked, SourceRecord::url),
                ranked.stream().map(r -> r.source().format()).distinct().toList(),
                ranked.stream().map(r -> r.source().file() + " line " + r.source().line()).toList(), BibtexEntry.of(main));
    }

    private static int rank(SourceRecord r) {
        String format = r.source().format();
        return BibtexEntry.FORMAT.equals(format) ? 0 : STRUCTURED.contains(format) ? 1 : 2;
    }

    private static boolean hasVenueOrYear(SourceRecord r) {
        return r.venue() != null || r.year() != null;
    }

    private static <T> T first(List<SourceRecord> rs, Function<SourceRecord, T> field) {
        return rs.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
