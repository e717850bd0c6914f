package dev.paperscope.search.dense;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.testing.Records;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageTest {
    @Test
    void isTitleBlankLineAbstractOrWhicheverExists() {
        assertThat(Passage.of(Records.paper("p", 1, "T").abstractText("A.").build()).orElseThrow().text()).isEqualTo("T\n\nA.");
        assertThat(Passage.of(Records.paper("p", 1, "T").build()).orElseThrow().text()).isEqualTo("T");
        SourceRecord authorsOnly = Records.paper("p", 1, null).authors(List.of("Ann Lee")).build();
        assertThat(Passage.of(authorsOnly)).isEmpty();
    }

    @Test
    void hashIsTheSha256OfTheUtf8Text() {
        assertThat(Passage.ofText("abc").sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Passage.ofText("é").sha256()).isNotEqualTo(Passage.ofText("e").sha256());
    }
}
