package dev.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageTextTest {
    /** The pattern {@link PageText#strip} used to be; the loop must agree with it. */
    private static final Pattern EDGES = Pattern.compile("^[\\s\\u00A0\\u2007\\u202F]+|[\\s\\u00A0\\u2007\\u202F]+$");

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a", " a ", "\u00A0Hall J\u00A0", "\t\u2007x y\u202F\n", "\u2003x\u2003", "x\u0085", "a  b"})
    void stripsWhatTheSpacePatternStripped(String s) {
        assertThat(PageText.strip(s)).isEqualTo(EDGES.matcher(s).replaceAll(""));
    }

    @Test
    void aLongRunOfSpacesStripsToWhatFollowsIt() {
        assertThat(PageText.strip(" ".repeat(2_000_000) + "x" + "\u00A0".repeat(2_000_000))).isEqualTo("x");
        assertThat(PageText.isBlank(" ".repeat(2_000_000))).isTrue();
    }
}
