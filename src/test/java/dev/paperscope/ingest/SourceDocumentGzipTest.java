package dev.paperscope.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SourceDocumentGzipTest {
    private static final String JSONL = """
            {"title": "First", "authors": ["A B"]}
            {"title": "Second", "authors": ["C D"]}
            """;

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void gzipFileIsDecompressedButKeepsTheChecksumOfTheStoredBytes() throws Exception {
        byte[] gz = gzip(JSONL.getBytes(UTF_8));
        SourceDocument doc = SourceDocument.of("papers.jsonl.gz", gz);

        assertThat(doc.text()).isEqualTo(JSONL);
        assertThat(doc.lines()).hasSize(2);
        assertThat(doc.sha256()).isEqualTo(Sha256.hex(gz)).isNotEqualTo(Sha256.hex(JSONL.getBytes(UTF_8)));
        assertThat(doc.bytes()).isEqualTo(gz);
    }

    @Test
    void gzipIsRecognisedByItsMagicBytesNotItsName() throws Exception {
        SourceDocument doc = SourceDocument.of("papers.jsonl", gzip(JSONL.getBytes(UTF_8)));

        Formats.ParsedFile parsed = Formats.parse(doc, Optional.empty());
        assertThat(parsed.format()).isEqualTo("jsonl");
        assertThat(parsed.records()).extracting(SourceRecord::title).containsExactly("First", "Second");
        assertThat(parsed.records().get(1).source().line()).isEqualTo(2);
        assertThat(parsed.records().get(1).source().sha256()).isEqualTo(doc.sha256());
    }

    @Test
    void truncatedGzipFailsClearly() throws Exception {
        byte[] gz = gzip(JSONL.repeat(50).getBytes(UTF_8));
        byte[] truncated = Arrays.copyOf(gz, gz.length / 2);

        assertThatThrownBy(() -> SourceDocument.of("cut.jsonl.gz", truncated))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("cut.jsonl.gz:1: gzip file is truncated");
    }

    @Test
    void corruptGzipFailsClearly() throws Exception {
        byte[] gz = gzip(JSONL.getBytes(UTF_8));
        gz[2] = 7; // compression method 7 does not exist; gzip knows only 8 (deflate)

        assertThatThrownBy(() -> SourceDocument.of("bad.gz", gz))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("bad.gz:1: gzip file is corrupt");
    }

    @Test
    void decompressionStopsAtTheLimit() throws Exception {
        byte[] bomb = gzip(new byte[10_000]);

        assertThatThrownBy(() -> SourceDocument.gunzip("bomb.gz", bomb, 4_096))
                .isInstanceOf(ParseException.class)
                .hasMessage("bomb.gz:1: gzip content expands to more than the limit of 4096 bytes");
        assertThat(SourceDocument.gunzip("ok.gz", bomb, 10_000)).hasSize(10_000);
    }

    @Test
    void decompressedContentIsCheckedLikeAnyFile() throws Exception {
        byte[] latin1 = "{\"title\": \"caf\u00e9\"}\n{\"title\": \"na\u00efve\"}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> SourceDocument.of("latin1.jsonl.gz", gzip(latin1)))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("latin1.jsonl.gz:1: not valid UTF-8");
        assertThatThrownBy(() -> SourceDocument.of("empty.gz", gzip(new byte[0])))
                .hasMessage("empty.gz:1: gzip file holds no content");
    }
}
