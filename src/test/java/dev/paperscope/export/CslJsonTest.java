package dev.paperscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperscope.ingest.RecordKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CslJsonTest {
    @Test
    void itemsCarryTypeNamesDateAndProvenance() throws Exception {
        Citable paper = new Citable("w1", RecordKind.PAPER, "Flow-Guided Sparse Transformer for Video Deblurring",
                List.of("Jing Lin", "Luc Van Gool", "Cher"), null, 2022, "ICML 2022", "We study $x$ & more.", "https://example.org/p",
                List.of("oral-listing"), List.of("002 line 5"));
        Citable talk = new Citable("r9", RecordKind.TALK, "A Talk", List.of("Doe, Jane"), null, null, null, null, null,
                List.of("session-schedule"), List.of("004 line 11"));

        JsonNode items = new ObjectMapper().readTree(CslJson.write(List.of(paper, talk)));

        assertThat(items).hasSize(2);
        JsonNode first = items.get(0);
        assertThat(first.get("id").asText()).isEqualTo("lin2022flow");
        assertThat(first.get("type").asText()).isEqualTo("paper-conference");
        assertThat(first.get("title").asText()).isEqualTo(paper.title());
        assertThat(first.get("author").get(1).get("family").asText()).isEqualTo("Van Gool");
        assertThat(first.get("author").get(1).get("given").asText()).isEqualTo("Luc");
        assertThat(first.get("author").get(2).get("literal").asText()).isEqualTo("Cher");
        assertThat(first.get("issued").get("date-parts").get(0).get(0).asInt()).isEqualTo(2022);
        assertThat(first.get("container-title").asText()).isEqualTo("ICML 2022");
        assertThat(first.get("abstract").asText()).isEqualTo("We study $x$ & more.");
        assertThat(first.get("URL").asText()).isEqualTo("https://example.org/p");
        assertThat(first.has("note")).as("some styles print note").isFalse();
        assertThat(first.get("custom").get("paperscope-id").asText()).isEqualTo("w1");
        assertThat(first.get("custom").get("paperscope-sources").get(0).asText()).isEqualTo("002 line 5");
        JsonNode second = items.get(1);
        assertThat(second.get("type").asText()).isEqualTo("speech");
        assertThat(second.get("author").get(0).get("family").asText()).isEqualTo("Doe");
        assertThat(second.get("author").get(0).get("given").asText()).isEqualTo("Jane");
        assertThat(second.has("issued")).isFalse();
    }
}
