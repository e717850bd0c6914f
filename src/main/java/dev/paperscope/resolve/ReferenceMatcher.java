package dev.paperscope.resolve;

import dev.paperscope.ingest.SourceRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds, for a record without a title, the reference record (a conference's paper list) that describes
 * the same paper: by its author list, and by abstract text where both have one. A match must be strong
 * and clearly better than the runner-up; otherwise the title stays empty.
 *
 * <p>Two clues settle the common ambiguity of one team with two papers in the lists: the presentation
 * type (an oral listing's record prefers an "Oral" reference), and the page's venue: when a page's
 * confident matches almost all come from one reference list, its ambiguous records are matched again
 * against that list alone (a page lists one conference).
 */
public final class ReferenceMatcher {
    /** Shared authors over the longer list needed to accept a match. */
    static final double MIN_AUTHOR_SHARE = 0.6;
    /** How much better than the runner-up the best candidate must be. */
    static final double MIN_MARGIN = 0.15;
    private final List<SourceRecord> references;
    private final Map<String, List<Integer>> byAuthor = new HashMap<>();
    private final List<AuthorOverlap.People> referencePeople;

    public ReferenceMatcher(List<SourceRecord> references) {
        this.references = references.stream().filter(r -> r.title() != null && !r.authors().isEmpty()).toList();
        this.referencePeople = this.references.stream().map(r -> AuthorOverlap.People.of(r.authors())).toList();
        for (int i = 0; i < this.references.size(); i++) {
            for (String key : AuthorOverlap.keys(this.references.get(i).authors())) {
                byAuthor.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
    }

    /** Share of a page's confident matches that must come from one reference file to call it the page's venue. */
    static final double PAGE_CONSENSUS = 0.8;
    static final int PAGE_CONSENSUS_MIN_MATCHES = 5;

    /** Recovers titles for every title-less record, using each page's consensus venue for a second pass. */
    public Map<String, TitleRecovery> recoverAll(List<SourceRecord> records) {
        Map<String, TitleRecovery> out = new LinkedHashMap<>();
        for (SourceRecord r : records) {
            recover(r, null).ifPresent(t -> out.put(r.id(), t));
        }
        Map<String, String> pageVenue = pageConsensus(records, out);
        for (SourceRecord r : records) {
            String venueFile = pageVenue.get(r.source().file());
            if (venueFile != null && !out.containsKey(r.id())) {
                recover(r, venueFile).ifPresent(t -> out.put(r.id(), withPageClue(t, venueFile)));
            }
        }
        return out;
    }

    private static Map<String, String> pageConsensus(List<SourceRecord> records, Map<String, TitleRecovery> found) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (SourceRecord r : records) {
            TitleRecovery t = found.get(r.id());
            if (t != null) {
                counts.computeIfAbsent(r.source().file(), k -> new TreeMap<>()).merge(t.source().file(), 1, Integer::sum);
            }
        }
        Map<String, String> venue = new HashMap<>();
        counts.forEach((page, byFile) -> {
            int total = byFile.values().stream().mapToInt(Integer::intValue).sum();
            byFile.forEach((file, n) -> {
                if (total >= PAGE_CONSENSUS_MIN_MATCHES && n >= PAGE_CONSENSUS * total) {
                    venue.put(page, file);
                }
            });
        });
        return venue;
    }

    private static TitleRecovery withPageClue(TitleRecovery t, String venueFile) {
        return new TitleRecovery(t.recordId(), t.title(), t.venue(), t.year(), t.source(), t.referenceId(), t.confidence() * 0.95,
                TitleRecovery.BY_PAGE_VENUE, t.evidence() + "; chosen among " + venueFile + " alone, the list that holds this page's other matches");
    }

    public Optional<TitleRecovery> recover(SourceRecord record) {
        return recover(record, null);
    }

    private Optional<TitleRecovery> recover(SourceRecord record, String onlyFile) {
        if (record.title() != null || record.authors().isEmpty()) {
            return Optional.empty();
        }
        List<Candidate> ranked = candidates(record).stream()
                .filter(c -> onlyFile == null || c.reference.source().file().equals(onlyFile))
                .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(c -> c.reference.id()))
                .toList();
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        Candidate best = ranked.getFirst();
        // Two lists holding the same paper (the demo's list and a user's copy of it) agree, they do not compete.
        String bestTitle = TitleKey.of(best.reference.title()).normalized();
        double runnerUp = ranked.stream().filter(c -> !TitleKey.of(c.reference.title()).normalized().equals(bestTitle))
                .mapToDouble(Candidate::score).findFirst().orElse(0);
        if (best.overlap.ofLonger() < MIN_AUTHOR_SHARE || best.overlap.shared() < Math.min(2, best.overlap.left())
                || best.score - runnerUp < MIN_MARGIN) {
            return Optional.empty();
        }
        SourceRecord ref = best.reference;
        String evidence = best.overlap.describe() + (samePresentation(record, ref) ? ", same presentation type" : "") + (best.abstractSimilarity >= 0
                ? String.format(", abstract word overlap %.2f", best.abstractSimilarity) : "")
                + (runnerUp > 0 ? String.format("; runner-up scored %.2f", runnerUp) : "; no other candidate");
        return Optional.of(new TitleRecovery(record.id(), ref.title(), ref.venue(), ref.year(), ref.source(), ref.id(),
                Math.min(1.0, best.score), TitleRecovery.BY_AUTHORS, evidence));
    }

    private List<Candidate> candidates(SourceRecord record) {
        Set<Integer> seen = new LinkedHashSet<>();
        AuthorOverlap.People mine = AuthorOverlap.People.of(record.authors());
        for (String key : mine.keys()) {
            seen.addAll(byAuthor.getOrDefault(key, List.of()));
        }
        List<Candidate> out = new ArrayList<>();
        for (int i : seen) {
            SourceRecord ref = references.get(i);
            AuthorOverlap overlap = AuthorOverlap.of(mine, referencePeople.get(i));
            double abstractSimilarity = record.abstractText() != null && ref.abstractText() != null
                    ? TitleKey.of(record.abstractText()).jaccard(TitleKey.of(ref.abstractText())) : -1;
            // Authors decide; an abstract, where both have one, confirms or vetoes.
            double score = abstractSimilarity < 0 ? overlap.ofLonger() : 0.6 * overlap.ofLonger() + 0.4 * abstractSimilarity;
            if (samePresentation(record, ref)) {
                score += PRESENTATION_BONUS;
            }
            out.add(new Candidate(ref, overlap, abstractSimilarity, score));
        }
        return out;
    }

    /** Enough to prefer the oral among a team's two papers, far too little to make a weak match strong. */
    static final double PRESENTATION_BONUS = 0.2;

    private static boolean samePresentation(SourceRecord record, SourceRecord reference) {
        Object mine = record.extra().get("presentation");
        Object theirs = reference.extra().get("presentation");
        return mine != null && theirs != null && mine.toString().equalsIgnoreCase(theirs.toString());
    }

    private record Candidate(SourceRecord reference, AuthorOverlap overlap, double abstractSimilarity, double score) {
    }
}
