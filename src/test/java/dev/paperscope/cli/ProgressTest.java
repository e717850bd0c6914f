package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The non-interactive form (tests have no console): a line every tenth of the way, on standard error. */
class ProgressTest {
    private static String errOf(Runnable work) {
        PrintStream saved = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void nothingToEmbedDrawsNothing() {
        assertThat(errOf(() -> {
            try (Progress p = Progress.lazy("embed passages", "passages")) {
                p.update(0, 0);
            }
        })).isEmpty();
    }

    @Test
    void eachRunFromZeroIsReportedToItsEnd() {
        String err = errOf(() -> {
            try (Progress p = Progress.lazy("embed passages", "passages")) {
                for (int model = 0; model < 2; model++) {
                    p.update(0, 20);
                    p.update(10, 20);
                    p.update(20, 20);
                }
            }
        });
        assertThat(err.lines().filter(l -> l.startsWith("embed passages: 20/20 passages"))).hasSize(2);
        assertThat(err.lines().filter(l -> l.startsWith("embed passages: 10/20 passages"))).hasSize(2);
    }

    @Test
    void aRunIsAnnouncedBeforeItsFirstTenth() {
        String err = errOf(() -> {
            try (Progress p = Progress.lazy("embed passages", "passages")) {
                p.update(0, 3_000);
                p.update(1, 3_000);
            }
        });
        assertThat(err.lines()).containsExactly("embed passages: 3000 to do (passages)");
    }
}
