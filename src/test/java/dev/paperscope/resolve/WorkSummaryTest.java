package dev.paperscope.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.Source;
import dev.paperscope.ingest.SourceRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkSummaryTest {
    private static SourceRecord record(RecordKind kind, String format, String abstractText, String... authors) {
        return SourceRecord.builder(kind, new Source(format + ".txt", 1, "0".repeat(64), format)).title("Imagen")
                .abstractText(abstractText).authors(List.of(authors)).build();
    }

    /** Each row: the records of one work in catalog order, and the abstract the work shows. */
    @Test
    void aPapersOwnAbstractWinsOverASummaryWhichWinsOverABlogPost() {
        record Row(List<SourceRecord> records, String shown) {
        }
        SourceRecord summary = record(RecordKind.PAPER, "reading-list", "This paper by Saharia et al. presents Imagen.");
        SourceRecord award = record(RecordKind.PAPER, "award-listing", "We present Imagen, a text-to-image diffusion model.");
        SourceRecord structured = record(RecordKind.PAPER, "jsonl", "Imagen: the abstract from a conference list.");
        SourceRecord post = record(RecordKind.BLOG_POST, "blog-archive", "Today we present our papers.");
        SourceRecord bare = record(RecordKind.PAPER, "blog-archive", null);
        for (Row row : List.of(
                new Row(List.of(summary, award), award.abstractText()),
                new Row(List.of(post, summary), summary.abstractText()),
                new Row(List.of(summary, structured, award), structured.abstractText()),
                new Row(List.of(bare, post), post.abstractText()),
                new Row(List.of(bare), null))) {
            assertThat(WorkSummary.abstractSource(row.records()).map(SourceRecord::abstractText).orElse(null)).as(row.records().toString())
                    .isEqualTo(row.shown());
        }
    }

    @Test
    void oneAuthorEntryPerPersonInTheFirstRecordsOrder() {
        SourceRecord blog = record(RecordKind.PAPER, "blog-archive", null, "Chitwan Saharia", "Seyed Kamyar Seyed Ghasemipour",
                "Rapha Gontijo Lopes", "David J Fleet");
        SourceRecord award = record(RecordKind.PAPER, "award-listing", "x", "Chitwan Saharia", "Kamyar Ghasemipour", "Raphael Gontijo Lopes",
                "David Fleet", "Mohammad Norouzi");
        assertThat(WorkSummary.authors(List.of(blog, award))).containsExactly("Chitwan Saharia", "Seyed Kamyar Seyed Ghasemipour",
                "Raphael Gontijo Lopes", "David J Fleet", "Mohammad Norouzi");
        assertThat(WorkSummary.authors(List.of(record(RecordKind.PAPER, "x", null, "Ann Lee", "Bob Ray", "Ann Lee")))).containsExactly("Ann Lee", "Bob Ray");
    }
}
