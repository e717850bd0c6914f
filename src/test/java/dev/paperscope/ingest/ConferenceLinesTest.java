package dev.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConferenceLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Yunbei Xu · Assaf Zeevi",
            "Sung Min (Sam) Park · Kristian Georgiev · Andrew Ilyas",
            "Carlos G. Correa · nathaniel daw · ERIK MEIJER",
            "Nan Du · Yanping Huang ·",
            "Nan Du · Yanping Huang · …",
            "Ding · Zhangyang “Atlas” Wang",
    })
    void separatedAuthorLines(String line) {
        assertThat(ConferenceLines.isSeparatedAuthorLine(line)).isTrue();
        assertThat(ConferenceLines.isParagraph(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Thu 21 July · Hall G",
            "We propose a model. · It works well on every benchmark we tried.",
            "Home · About · Contact: us",
            "· Nan Du · Yanping Huang",
            "Nan Du",
            "Skip to yearly menu bar Skip to main content",
    })
    void notAuthorLines(String line) {
        assertThat(ConferenceLines.isSeparatedAuthorLine(line)).isFalse();
    }

    @Test
    void aDanglingSeparatorMarksTheListAsCut() {
        ConferenceLines.AuthorLine cut = ConferenceLines.authors("Nan Du · Yanping Huang ·");
        assertThat(cut.names()).containsExactly("Nan Du", "Yanping Huang");
        assertThat(cut.truncated()).isTrue();

        ConferenceLines.AuthorLine whole = ConferenceLines.authors("Nan Du · Yanping Huang");
        assertThat(whole.truncated()).isFalse();
    }

    @Test
    void footnoteMarkersAreStrippedAndNoted() {
        ConferenceLines.AuthorLine line = ConferenceLines.authors("Ana Souza* · Wei Chen† · Li Wei");
        assertThat(line.names()).containsExactly("Ana Souza", "Wei Chen", "Li Wei");
        assertThat(line.markedNames()).containsExactly("Ana Souza*", "Wei Chen†");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Andrey Savchenko", "Edward Pearce-Crump", "Guy Van den Broeck", "Rosa I. Arriaga", "ERIK MEIJER"})
    void loneNames(String line) {
        assertThat(ConferenceLines.isLoneName(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hall G", "Chat is not available.", "Moderator: Ning Yu", "the results", "GLaM: Efficient Scaling",
            "Skip to yearly menu bar Skip to main content", "Learning Multiscale Transformer Models for Sequence Generation",
            "Rosa I.", "Staged Training 2"})
    void notLoneNames(String line) {
        assertThat(ConferenceLines.isLoneName(line)).isFalse();
    }

    @Test
    void aLoneNameNeedsARoomOrAnAbstractAfterIt() {
        String abstractLine = "We study the scaling limits of stochastic gradient descent. We prove limit theorems for it.";
        assertThat(ConferenceLines.isAuthorLineAt(List.of("Andrey Savchenko", "[ Room 313 ]"), 0)).isTrue();
        assertThat(ConferenceLines.isAuthorLineAt(List.of("Andrey Savchenko", "", abstractLine), 0)).isTrue();
        assertThat(ConferenceLines.isAuthorLineAt(List.of("Outstanding Paper", "Nan Du · Yanping Huang"), 0)).isFalse();
        assertThat(ConferenceLines.isAuthorLineAt(List.of("Andrey Savchenko"), 0)).isFalse();
    }

    @Test
    void rooms() {
        assertThat(ConferenceLines.room("[ Meeting Room 316 A-C ]")).isEqualTo("Meeting Room 316 A-C");
        assertThat(ConferenceLines.room("  [Hall J]  ")).isEqualTo("Hall J");
        assertThat(ConferenceLines.room("[ a ] and [ b ]")).isNull();
        assertThat(ConferenceLines.room("Hall J")).isNull();
    }

    @Test
    void paragraphsNeedLengthAndASentenceEnd() {
        assertThat(ConferenceLines.isParagraph(
                "Tackling Data Heterogeneity: A New Unified Framework for Decentralized SGD with Sample-induced Topology"))
                .isFalse();
        assertThat(ConferenceLines.isParagraph("Chat is not available.")).isFalse();
        assertThat(ConferenceLines.isAbstractText("Chat is not available.")).isTrue();
        assertThat(ConferenceLines.isAbstractText("Outstanding Paper")).isFalse();
        assertThat(ConferenceLines.isParagraph("We present a robust learning algorithm to detect and handle collisions in"
                + " 3D deforming meshes. We first train a neural network")).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|0", "'   '|0", "one|1", "' two  words '|2", "'a\tb\nc'|3", "'x\u2003y'|1", "'\u2003x y\u2003'|2",
    })
    void wordsCountAsSplittingOnAsciiSpaceAfterStrip(String line, int words) {
        assertThat(ConferenceLines.wordCount(line)).isEqualTo(words).isEqualTo(line.strip().isEmpty() ? 0 : line.strip().split("\\s+").length);
    }

    @Test
    void aLongLineIsNoLoneName() {
        assertThat(ConferenceLines.isLoneName("Jane Doe")).isTrue();
        assertThat(ConferenceLines.isLoneName("Jane Doe" + " ".repeat(1_000_000))).isFalse();
    }
}
