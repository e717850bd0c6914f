package dev.paperscope.app;

import dev.paperscope.catalog.StoredWork;
import dev.paperscope.search.answers.Candidate;
import dev.paperscope.search.answers.CandidateSource;
import dev.paperscope.search.passages.PassageHit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Candidate passages from both retrievals of the folder: the record search's hits, each split into its passages
 * ({@link RecordCandidates}), and the passage search's hits (BM25 and dense over passages, fused as records are:
 * {@link LibraryPassages#search}). A passage hit of a record the record search found too only lifts that record's
 * rank (its passages are there already); a passage hit of another record comes as itself, at its own rank. A
 * candidate's rank is the better of its record's and its passage's, so the sentence scorer's rank prior reads
 * both retrievals.
 */
final class PassageCandidates {
    /** Passages for a query, best first. */
    interface PassageSearch {
        List<PassageHit> search(String query, int limit);
    }

    private final CandidateSource records;
    private final PassageSearch passages;
    private final Function<String, Optional<StoredWork>> works;

    PassageCandidates(CandidateSource records, PassageSearch passages, Function<String, Optional<StoredWork>> works) {
        this.records = records;
        this.passages = passages;
        this.works = works;
    }

    /** Passages of {@code records} records and of {@code passageLimit} passages for {@code question}, as the class says. */
    List<Candidate> candidates(String question, int records, int passageLimit) {
        String words = RecordCandidates.freeWords(question);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Candidate> fromRecords = this.records.candidates(question, records);
        List<PassageHit> hits = passages.search(words, passageLimit);
        Map<String, Integer> bestRank = new HashMap<>();
        for (Candidate c : fromRecords) {
            bestRank.merge(c.recordId(), c.rank(), Math::min);
        }
        Map<String, Integer> passageRank = new HashMap<>();
        List<Candidate> own = new ArrayList<>();
        Map<String, String[]> titles = new LinkedHashMap<>();
        for (int rank = 0; rank < hits.size(); rank++) {
            PassageHit h = hits.get(rank);
            passageRank.merge(h.record(), rank, Math::min);
            if (bestRank.containsKey(h.record())) {
                continue;
            }
            String[] work = titles.computeIfAbsent(h.record(), id -> workOf(id, h));
            own.add(new Candidate(h.record(), work[0], work[1], h.text(), h.source().file(), h.source().line(), h.source().page(), rank));
        }
        List<Candidate> out = new ArrayList<>(fromRecords.size() + own.size());
        for (Candidate c : fromRecords) {
            int rank = Math.min(c.rank(), passageRank.getOrDefault(c.recordId(), Integer.MAX_VALUE));
            out.add(rank == c.rank() ? c : new Candidate(c.recordId(), c.workId(), c.title(), c.text(), c.file(), c.line(), c.page(), rank));
        }
        out.addAll(own);
        return out;
    }

    /** The record's work id and the title answers show (the work's, else the record's as the passage index holds it). */
    private String[] workOf(String recordId, PassageHit h) {
        Optional<StoredWork> work = works.apply(recordId);
        String title = work.map(StoredWork::title).filter(t -> t != null && !t.isBlank()).orElse(h.title());
        return new String[] {work.map(StoredWork::id).orElse(h.work()), title};
    }
}
