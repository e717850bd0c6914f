package dev.paperscope.app;

import dev.paperscope.catalog.Recovery;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.resolve.About;
import dev.paperscope.resolve.Work;
import dev.paperscope.resolve.WorkSummary;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A work as its page shows it: the work, the source records that state it (catalog order), the fields
 * recovered from reference data for those that lacked them (by record id), and its about links.
 */
public record WorkView(Work work, List<SourceRecord> records, Map<String, Recovery> recoveries, List<AboutLink> about) {
    public WorkView {
        Objects.requireNonNull(work, "work");
        records = List.copyOf(records);
        recoveries = Map.copyOf(recoveries);
        about = List.copyOf(about);
    }

    /** One name per person across the records (spellings of one identity are one entry), in the first record's order. */
    public List<String> authors() {
        return WorkSummary.authors(records);
    }

    /** The record whose abstract the work shows: a paper's own abstract over a summary of it, over a blog post's text. */
    public Optional<SourceRecord> abstractSource() {
        return WorkSummary.abstractSource(records);
    }

    /** The work's title, else the first title a record states; null when none has one. */
    public String title() {
        return work.title() != null ? work.title()
                : records.stream().map(SourceRecord::title).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * One about link seen from a work: {@code postIsHere} when this work is the blog post (the link leads to
     * the paper's work), else this work is the paper and the link leads to a post; {@code otherWork} and
     * {@code otherTitle} name the other side.
     */
    public record AboutLink(About about, boolean postIsHere, String otherWork, String otherTitle) {
        public AboutLink {
            Objects.requireNonNull(about, "about");
            Objects.requireNonNull(otherWork, "otherWork");
        }
    }
}
