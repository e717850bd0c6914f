package dev.paperscope.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrecRunTest {
    @TempDir
    Path dir;

    @Test
    void writesRanksAndFullScoresAndReadsThemBack() throws IOException {
        Map<String, List<ScoredDoc>> run = new LinkedHashMap<>();
        // Float scores that %.4f would round into a tie.
        run.put("7", List.of(new ScoredDoc("b", 5.00001f), new ScoredDoc("a", 5.00002f)));
        run.put("3", List.of(new ScoredDoc("c", 0.1)));
        Path file = dir.resolve("run.txt");
        TrecRun.write(file, run, "tag");
        assertThat(Files.readAllLines(file)).containsExactly(
                "7 Q0 b 1 " + (double) 5.00001f + " tag", "7 Q0 a 2 " + (double) 5.00002f + " tag", "3 Q0 c 1 0.1 tag");
        assertThat(TrecRun.read(file)).isEqualTo(run);
        assertThat(List.copyOf(TrecRun.read(file).keySet())).containsExactly("7", "3");
    }

    @Test
    void acceptsAnyWhitespaceAndSkipsBlankLines() throws IOException {
        Path file = Files.writeString(dir.resolve("run.txt"), "q1\tQ0  d1 1 2.5e0 x\n\n q1 Q0 d2 2 1 x \n");
        assertThat(TrecRun.read(file).get("q1")).containsExactly(new ScoredDoc("d1", 2.5), new ScoredDoc("d2", 1));
    }

    @Test
    void malformedLinesNameFileAndLine() throws IOException {
        Path columns = Files.writeString(dir.resolve("a.run"), "q Q0 d 1 1 x\nq Q0 e 2 1\n");
        assertThatThrownBy(() -> TrecRun.read(columns)).isInstanceOf(DatasetException.class)
                .hasMessage(columns + ":2: expected 6 columns \"qid Q0 docid rank score tag\", found 5");
        Path score = Files.writeString(dir.resolve("b.run"), "q Q0 d 1 high x\n");
        assertThatThrownBy(() -> TrecRun.read(score)).hasMessage(score + ":1: score must be a finite number, was \"high\"");
        Path twice = Files.writeString(dir.resolve("c.run"), "q Q0 d 1 2 x\nq Q0 d 2 1 x\n");
        assertThatThrownBy(() -> TrecRun.read(twice)).hasMessage(twice + ":2: document d appears twice for query q");
    }

    @Test
    void tagMustBeOneWord() {
        assertThatThrownBy(() -> TrecRun.write(dir.resolve("x"), Map.of(), "two words"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
