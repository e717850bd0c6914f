package dev.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.SourceDocument;
import dev.paperscope.ingest.SourceRecord;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A record card shows structured extra fields as JSON, never as a Java map's {@code toString}. */
class RecordCardTest {
    @Test
    void aStructuredExtraFieldIsShownAsJson() throws Exception {
        SourceDocument doc = SourceDocument.of("mine.bib", """
                @inproceedings{Ho:2020,
                  title = {Denoising Diffusion Probabilistic Models},
                  author = {Ho, Jonathan and Jain, Ajay},
                  year = 2020
                }
                """.getBytes(StandardCharsets.UTF_8));
        SourceRecord r = Formats.parse(doc, Optional.empty()).records().getFirst();

        String card = RecordCard.render(r, false);

        assertThat(card).contains("<th>bibtex_entry</th>")
                .contains("&quot;key&quot;:&quot;Ho:2020&quot;")
                .doesNotContain("key=Ho:2020").doesNotContain("{fields=");
    }
}
