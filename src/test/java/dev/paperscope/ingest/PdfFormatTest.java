package dev.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.testing.PdfFixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A PDF through the ordinary path: detected by its header, read as one paper record whose source has a page, serialised deterministically. */
class PdfFormatTest {
    private static SourceDocument paper() throws Exception {
        return SourceDocument.of("paper.pdf", PdfFixtures.paper("Reading Papers From Their Layout", "Ada Lovelace and Alan Turing",
                "We read the header of a paper from where and how its lines are set."));
    }

    @Test
    void aPdfIsDetectedByItsHeaderAndReadAsOnePaperWithPagedProvenance() throws Exception {
        SourceDocument doc = paper();
        assertThat(doc.isPdf()).isTrue();
        assertThat(doc.text()).isEmpty();
        assertThat(Formats.detectName(doc)).contains("pdf");
        Formats.ParsedFile parsed = Formats.parse(doc, Optional.empty());
        assertThat(parsed.format()).isEqualTo("pdf");
        SourceRecord r = parsed.records().getFirst();
        assertThat(parsed.records()).hasSize(1);
        assertThat(r.kind()).isEqualTo(RecordKind.PAPER);
        assertThat(r.title()).isEqualTo("Reading Papers From Their Layout");
        assertThat(r.authors()).containsExactly("Ada Lovelace", "Alan Turing");
        assertThat(r.source()).isEqualTo(Source.onPage("paper.pdf", 1, doc.sha256(), "pdf"));
        assertThat(r.derived()).extracting(Derivation::field).contains("title", "authors", "abstract");
        assertThat(r.extra().get("passages")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .first().isEqualTo(Map.of("page", 1, "section", "Abstract",
                        "text", "We read the header of a paper from where and how its lines are set."));
        assertThat(r.extra()).containsKeys("references", "page_count");
    }

    @Test
    void theRecordSurvivesItsJsonWithThePageAndItsJsonIsStable() throws Exception {
        SourceDocument doc = paper();
        SourceRecord r = Formats.parse(doc, Optional.empty()).records().getFirst();
        String json = RecordJson.toJson(r);
        assertThat(json).contains("\"page\":1");
        SourceRecord back = RecordJson.fromJson(json);
        assertThat(back.source()).isEqualTo(r.source());
        assertThat(RecordJson.toJson(back)).isEqualTo(json);
        assertThat(RecordJson.toJson(Formats.parse(doc, Optional.empty()).records().getFirst())).isEqualTo(json);
    }

    @Test
    void aTextRecordsJsonHasNoPageAndTheFourPartSourceStays() {
        Source text = new Source("a.jsonl", 3, "abc", "jsonl");
        assertThat(text.page()).isNull();
        SourceRecord r = SourceRecord.builder(RecordKind.PAPER, text).title("T").build();
        assertThat(RecordJson.toJson(r)).doesNotContain("\"page\"");
        assertThatThrownBy(() -> Source.onPage("a.pdf", 0, "abc", "pdf")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPdfCannotBeReadAsATextFormatNorTextAsPdf() throws Exception {
        SourceDocument doc = paper();
        assertThatThrownBy(() -> Formats.parse(doc, Optional.of("jsonl"))).isInstanceOf(ParseException.class)
                .hasMessage("paper.pdf: a PDF file cannot be read as jsonl; leave out --format or name pdf");
        SourceDocument text = SourceDocument.of("a.jsonl", "{\"title\": \"x\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Formats.parse(text, Optional.of("pdf"))).isInstanceOf(ParseException.class)
                .hasMessage("a.jsonl:1: not a PDF file (it does not start with %PDF-)");
        assertThat(Formats.names()).contains("pdf");
        assertThat(List.copyOf(Formats.names())).isSorted();
    }
}
