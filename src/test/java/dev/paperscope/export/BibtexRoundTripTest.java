package dev.paperscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.Source;
import dev.paperscope.ingest.SourceDocument;
import dev.paperscope.ingest.SourceRecord;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.Value;
import org.junit.jupiter.api.Test;

/**
 * What came from BibTeX goes back as it came (type, key, fields), read by jbibtex on both sides; a work's
 * citation never mixes sources; provenance stays out of the fields a bibliography prints.
 */
class BibtexRoundTripTest {
    private static final Path BIB = Path.of(System.getProperty("paperscope.repo", "."))
            .resolve("src/test/resources/fixtures/export/roundtrip.bib");

    private static List<SourceRecord> bib() throws Exception {
        return Formats.parse(SourceDocument.read(BIB), Optional.of("bibtex")).records();
    }

    private static Map<String, BibTeXEntry> entries(String bibtex) throws Exception {
        BibTeXParser parser = new BibTeXParser();
        BibTeXDatabase db = parser.parse(new StringReader(bibtex));
        return db.getEntries().values().stream().collect(Collectors.toMap(e -> e.getKey().getValue(), Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, String> fields(BibTeXEntry e) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<Key, Value> f : e.getFields().entrySet()) {
            out.put(f.getKey().getValue().toLowerCase(java.util.Locale.ROOT), f.getValue().toUserString());
        }
        return out;
    }

    private static Exporter exporter(Map<String, List<SourceRecord>> works, List<SourceRecord> records) {
        Map<String, SourceRecord> byId = records.stream().collect(Collectors.toMap(SourceRecord::id, Function.identity()));
        return new Exporter(id -> works.containsKey(id) ? works.get(id) : Optional.ofNullable(byId.get(id)).map(List::of).orElse(List.of()));
    }

    private static SourceRecord record(String id, String format, String title, List<String> authors, String mention, String venue,
                                       Integer year) {
        return new SourceRecord(id, RecordKind.PAPER, title, authors, null, venue, year, null, null, null, null, null, null, null, null,
                mention, new Source(id + ".txt", 3, "0".repeat(64), format), Map.of(), List.of(), "");
    }

    @Test
    void entriesFromBibtexComeBackWithTheirTypeKeyAndFields() throws Exception {
        List<SourceRecord> records = bib();
        String out = exporter(Map.of(), records).bibtex(records.stream().map(SourceRecord::id).toList());

        Map<String, BibTeXEntry> original = entries(Files.readString(BIB));
        Map<String, BibTeXEntry> exported = entries(out);
        assertThat(exported.keySet()).containsExactlyElementsOf(original.keySet());
        for (String key : original.keySet()) {
            BibTeXEntry was = original.get(key);
            BibTeXEntry is = exported.get(key);
            assertThat(is.getType().getValue()).as(key).isEqualToIgnoringCase(was.getType().getValue());
            Map<String, String> fields = fields(is);
            assertThat(fields.remove(BibtexWriter.PROVENANCE)).as(key + " provenance").contains("roundtrip.bib line ");
            assertThat(fields).as(key).isEqualTo(fields(was));
        }
        assertThat(out).doesNotContain("Paperscope r").contains("@article{hochreiter1997lstm,")
                .contains("author = {Vaswani, Ashish and Shazeer, Noam and others}")
                .contains("title = {{LoRA}: Low-Rank Adaptation of Large Language Models with $r \\ll d$}");
    }

    @Test
    void aWorkWithABibtexRecordIsCitedFromItAlone() throws Exception {
        SourceRecord lora = bib().stream().filter(r -> r.title().startsWith("LoRA")).findFirst().orElseThrow();
        SourceRecord page = record("r-page", "reading-list", "LoRA: Low-Rank Adaptation of Large Language Models", List.of(),
                "Hu et al.", "ICLR", 2022);
        String out = exporter(Map.of("w-lora", List.of(page, lora)), List.of()).bibtex(List.of("w-lora"));

        BibTeXEntry entry = entries(out).get("hu2021lora");
        assertThat(entry).as(out).isNotNull();
        assertThat(entry.getType().getValue()).isEqualTo("misc");
        Map<String, String> fields = fields(entry);
        assertThat(fields).containsEntry("year", "2021").doesNotContainKeys("booktitle", "note");
        assertThat(fields.get(BibtexWriter.PROVENANCE)).contains("w-lora", "r-page.txt line 3", "roundtrip.bib line ");
    }

    @Test
    void venueAndYearComeTogetherFromOneRecord() throws Exception {
        SourceRecord structured = record("r-2", "jsonl", "Some Paper", List.of("Ana Lopez", "Bo Chen"), null, "ICLR 2022", 2022);
        SourceRecord page = record("r-1", "reading-list", "Some Paper", List.of(), "Lopez et al.", null, 2021);
        SourceRecord undated = record("r-0", "reading-list", "Some Paper", List.of(), null, "ICML", null);
        Citable c = Citable.of("w", List.of(page, structured, undated));

        assertThat(c.venue()).isEqualTo("ICLR 2022");
        assertThat(c.year()).isEqualTo(2022);
        assertThat(c.authors()).containsExactly("Ana Lopez", "Bo Chen");
        assertThat(c.authorMention()).isNull();

        Citable pageOnly = Citable.of("w2", List.of(record("r-3", "reading-list", "Other", List.of(), null, "NeurIPS", null),
                record("r-4", "oral-listing", "Other", List.of(), null, null, 2020)));
        assertThat(pageOnly.venue()).as("the best record with either gives both").isEqualTo("NeurIPS");
        assertThat(pageOnly.year()).isNull();
    }

    @Test
    void aMentionIsNotAnAuthorListAndUntitledWorksAreLeftOut() throws Exception {
        SourceRecord mention = record("r-1", "reading-list", "Training Compute-Optimal Models", List.of(), "Hoffman et al.", null, 2022);
        SourceRecord untitled = record("r-2", "oral-listing", null, List.of("Chitwan Saharia"), null, "NeurIPS 2022", 2022);
        SourceRecord named = record("r-3", "reading-list", "Classifier-Free Guidance", List.of(), "Ho and Salimans", null, 2022);
        Exporter exporter = exporter(Map.of(), List.of(mention, untitled, named));

        List<Citable> cited = exporter.citables(List.of("r-1", "r-2", "r-3"));
        String out = Exporter.bibtexOf(cited);
        Map<String, BibTeXEntry> entries = entries(out);
        assertThat(entries.keySet()).containsExactly("hoffman2022training", "ho2022classifier");
        assertThat(fields(entries.get("hoffman2022training"))).doesNotContainKey("author");
        assertThat(fields(entries.get("ho2022classifier"))).containsEntry("author", "Ho and Salimans");
        assertThat(out).doesNotContain("untitled").doesNotContain(" and others");
        assertThat(Exporter.untitled(cited)).containsExactly("r-2");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(Exporter.cslJsonOf(cited))).hasSize(2);
    }

    @Test
    void keysChangeOnlyOnARealCollision() throws Exception {
        List<SourceRecord> records = bib();
        SourceRecord lstm = records.getFirst();
        SourceRecord other = new SourceRecord("a-other", lstm.kind(), "Another LSTM", lstm.authors(), null, null, 1997, null, null, null,
                null, null, null, null, null, null, new Source("other.bib", 1, "1".repeat(64), "bibtex"), lstm.extra(), List.of(), "");
        SourceRecord generated = record("r-gen", "jsonl", "Long Short-Term Memory", List.of("Sepp Hochreiter"), null, null, 1997);

        Map<String, String> keys = BibtexKeys.assign(List.of(Citable.of(lstm.id(), List.of(lstm)), Citable.of("a-other", List.of(other)),
                Citable.of("r-gen", List.of(generated))));
        assertThat(keys).containsEntry("a-other", "hochreiter1997lstm").containsEntry(lstm.id(), "hochreiter1997lstma")
                .containsEntry("r-gen", "hochreiter1997long");
        assertThat(BibtexKeys.assign(List.of(Citable.of(lstm.id(), List.of(lstm))))).containsEntry(lstm.id(), "hochreiter1997lstm");
    }

    @Test
    void cslJsonMapsTheEntryTypeAndKeepsProvenanceOutOfPrintedFields() throws Exception {
        List<SourceRecord> records = bib();
        var items = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(exporter(Map.of(), records).cslJson(records.stream().map(SourceRecord::id).toList()));

        assertThat(items).extracting(i -> i.get("type").asText())
                .containsExactly("article-journal", "paper-conference", "book", "article", "report");
        var lstm = items.get(0);
        assertThat(lstm.get("id").asText()).isEqualTo("hochreiter1997lstm");
        assertThat(lstm.get("container-title").asText()).isEqualTo("Neural Computation");
        assertThat(lstm.get("DOI").asText()).isEqualTo("10.1162/neco.1997.9.8.1735");
        assertThat(lstm.get("page").asText()).isEqualTo("1735–1780");
        assertThat(lstm.has("note")).isFalse();
        assertThat(lstm.get("custom").get("paperscope-sources").get(0).asText()).contains("roundtrip.bib line ");
    }
}
