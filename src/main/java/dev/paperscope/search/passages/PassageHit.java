package dev.paperscope.search.passages;

import dev.paperscope.ingest.Checks;
import dev.paperscope.search.fusion.Contribution;

/**
 * One passage found: its id (stable: record id, "#", a digest of its text), its whole text, a snippet of
 * it with the query's terms marked ({@code **term**}), its record, work (null before the first
 * resolution), title and kind, the section heading over it (null where unknown), the part of the record
 * it was cut from ("abstract" or "body"), its place among the record's passages (from 1), where it stands,
 * and its scores: {@code score} as ranked (fused for hybrid), {@code bm25} and {@code dense} where each
 * retriever placed it (rank and raw score; null when that retriever did not return it or did not run).
 */
public record PassageHit(String id, String text, String snippet, String record, String work, String title, String kind,
                         String section, String part, int ordinal, PassageSource source, double score,
                         Contribution bm25, Contribution dense) {
    public PassageHit {
        Checks.present("id", id, "text", text, "record", record, "part", part, "source", source);
        if (snippet == null) {
            snippet = text;
        }
    }
}
