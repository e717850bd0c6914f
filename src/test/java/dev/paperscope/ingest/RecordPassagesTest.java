package dev.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A record's passages: ids, order, parts and provenance (line in a text page, page and section in a PDF). */
class RecordPassagesTest {
    private static SourceRecord.Builder paper(Source source) {
        return SourceRecord.builder(RecordKind.PAPER, source).title("A Paper");
    }

    private static Map<String, Object> bodyPassage(int page, String section, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", page);
        m.put("section", section);
        m.put("text", text);
        return m;
    }

    @Test
    void aTextPagesPassagesCarryTheLineOfTheirFirstSentence() {
        String raw = "A Paper\n\nFirst paragraph,\nwrapped over two lines.\n\nSecond paragraph starts here. It goes on.";
        SourceRecord r = paper(new Source("page.txt", 10, "0".repeat(64), "blog"))
                .abstractText("First paragraph, wrapped over two lines.\n\nSecond paragraph starts here. It goes on.").raw(raw).section("Vision").build();
        List<RecordPassage> passages = RecordPassages.of(r);
        assertThat(passages).extracting(RecordPassage::line).containsExactly(12, 15);
        assertThat(passages).extracting(RecordPassage::ordinal).containsExactly(1, 2);
        assertThat(passages).allMatch(p -> p.part().equals(RecordPassage.ABSTRACT) && p.page() == null && "Vision".equals(p.section())
                && p.recordId().equals(r.id()) && p.file().equals("page.txt"));
    }

    @Test
    void textTheRawFormLacksFallsBackToTheRecordsLine() {
        SourceRecord r = paper(new Source("papers.jsonl", 7, "0".repeat(64), "jsonl"))
                .abstractText("Escaped \"quotes\" here.\n\nAnother paragraph.").raw("{\"abstract\": \"Escaped \\\"quotes\\\" here.\\n\\nAnother paragraph.\"}").build();
        assertThat(RecordPassages.of(r)).extracting(RecordPassage::line).containsExactly(7, 7);
    }

    @Test
    void aPdfsBodyPassagesCarryTheirPageAndSectionAfterTheAbstract() {
        SourceRecord r = paper(Source.onPage("paper.pdf", 1, "0".repeat(64), "pdf")).abstractText("We measure things.")
                .extra("passages", List.of(bodyPassage(2, "1 Introduction", "Intro text. More intro."), bodyPassage(5, null, "Later text.")))
                .build();
        List<RecordPassage> passages = RecordPassages.of(r);
        assertThat(passages).extracting(RecordPassage::part).containsExactly("abstract", "body", "body");
        assertThat(passages).extracting(RecordPassage::page).containsExactly(1, 2, 5);
        assertThat(passages).extracting(RecordPassage::section).containsExactly(null, "1 Introduction", null);
        assertThat(RecordPassages.body(r)).isEqualTo("Intro text. More intro.\n\nLater text.");
    }

    @Test
    void idsAreDeterministicDigestsOfTheTextAndRepeatsGetASuffix() {
        SourceRecord r = paper(Source.onPage("paper.pdf", 1, "0".repeat(64), "pdf"))
                .extra("passages", List.of(bodyPassage(1, null, "Same words."), bodyPassage(2, null, "Same words."), bodyPassage(3, null, "Other.")))
                .build();
        List<String> ids = RecordPassages.of(r).stream().map(RecordPassage::id).toList();
        String base = r.id() + "#" + Sha256.hex("Same words.").substring(0, 12);
        assertThat(ids).containsExactly(base, base + "-2", r.id() + "#" + Sha256.hex("Other.").substring(0, 12));
        assertThat(RecordPassages.of(r).stream().map(RecordPassage::id).toList()).isEqualTo(ids);
    }

    @Test
    void aRecordWithoutTextHasNoPassagesAndMalformedBodyEntriesAreSkipped() {
        SourceRecord titleOnly = paper(new Source("t.txt", 1, "0".repeat(64), "blog")).build();
        assertThat(RecordPassages.of(titleOnly)).isEmpty();
        SourceRecord odd = paper(Source.onPage("p.pdf", 3, "0".repeat(64), "pdf"))
                .extra("passages", List.of("not a map", Map.of("page", 2), Map.of("page", -4, "text", "Kept on the record's page."))).build();
        assertThat(RecordPassages.of(odd)).singleElement().satisfies(p -> assertThat(p.page()).isEqualTo(3));
    }
}
