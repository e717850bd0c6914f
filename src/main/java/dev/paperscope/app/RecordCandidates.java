package dev.paperscope.app;

import dev.paperscope.catalog.StoredWork;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.answers.Candidate;
import dev.paperscope.search.answers.CandidateSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Candidate passages from the product's record search (hybrid when the folder has vectors): each hit's
 * record as stored, split into its abstract (or body) and, for a PDF, the body passages in its
 * {@code extra.passages} with their pages. The question is searched as free words: the query syntax's
 * operators (quotes, colons, a leading minus) are taken for spaces.
 */
final class RecordCandidates implements CandidateSource {
    /** Searches records, best first. */
    interface RecordSearch {
        List<SearchHit> search(String query, int limit);
    }

    private final RecordSearch search;
    private final Function<String, Optional<SourceRecord>> records;
    private final Function<String, Optional<StoredWork>> works;

    RecordCandidates(RecordSearch search, Function<String, Optional<SourceRecord>> records, Function<String, Optional<StoredWork>> works) {
        this.search = search;
        this.records = records;
        this.works = works;
    }

    /** The question's words, without what the query syntax would read as operators; empty when none is left. */
    static String freeWords(String question) {
        StringBuilder sb = new StringBuilder();
        for (String token : question.split("[^\\p{L}\\p{N}\\-]+")) {
            String word = token.replaceAll("^-+|-+$", "");
            if (!word.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ").append(word);
            }
        }
        return sb.toString();
    }

    @Override
    public List<Candidate> candidates(String question, int limit) {
        String words = freeWords(question);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        List<SearchHit> hits = search.search(words, limit);
        for (int rank = 0; rank < hits.size(); rank++) {
            Optional<SourceRecord> record = records.apply(hits.get(rank).id());
            if (record.isPresent()) {
                out.addAll(passages(record.get(), works.apply(record.get().id()), rank));
            }
        }
        return out;
    }

    static List<Candidate> passages(SourceRecord r, Optional<StoredWork> work, int rank) {
        return passages(r, work.map(StoredWork::id).orElse(null),
                work.map(StoredWork::title).filter(t -> t != null && !t.isBlank()).orElse(r.title()), rank);
    }

    /** The record's passages: its abstract (or body), then a PDF's body passages with their pages. */
    static List<Candidate> passages(SourceRecord r, String workId, String title, int rank) {
        List<Candidate> out = new ArrayList<>();
        if (r.abstractText() != null) {
            out.add(new Candidate(r.id(), workId, title, r.abstractText(), r.source().file(), r.source().line(), r.source().page(), rank));
        }
        if (r.extra().get("passages") instanceof List<?> passages) {
            for (Object p : passages) {
                if (p instanceof Map<?, ?> m && m.get("text") instanceof String text && !text.isBlank()) {
                    Integer page = m.get("page") instanceof Number n ? n.intValue() : r.source().page();
                    out.add(new Candidate(r.id(), workId, title, text, r.source().file(), r.source().line(), page, rank));
                }
            }
        }
        return out;
    }
}
