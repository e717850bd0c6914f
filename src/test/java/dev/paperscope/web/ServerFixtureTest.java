package dev.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The browser tests' one teardown: every resource is closed, in order, nulls skipped, the first failure thrown. */
class ServerFixtureTest {
    @Test
    void closeAllClosesEveryResourceInOrderAndSkipsNulls() {
        List<String> closed = new ArrayList<>();
        ServerFixture.closeAll(() -> closed.add("browser"), null, () -> closed.add("fixture"));
        assertThat(closed).containsExactly("browser", "fixture");
    }

    @Test
    void aFailureStillClosesTheRestAndTheFirstIsThrownWithTheLaterSuppressed() {
        List<String> closed = new ArrayList<>();
        assertThatThrownBy(() -> ServerFixture.closeAll(() -> {
            throw new IllegalStateException("browser gone");
        }, () -> {
            throw new IOException("server stuck");
        }, () -> closed.add("fixture")))
                .isInstanceOf(IllegalStateException.class).hasMessage("browser gone")
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement().isInstanceOf(IOException.class));
        assertThat(closed).containsExactly("fixture");
    }

    @Test
    void aCheckedFailureAloneIsWrappedWithItsCause() {
        assertThatThrownBy(() -> ServerFixture.closeAll(() -> {
            throw new IOException("server stuck");
        })).isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(IOException.class);
    }
}
