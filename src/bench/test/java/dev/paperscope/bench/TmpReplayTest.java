package dev.paperscope.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TmpReplayTest {
    @Test
    void dump() throws Exception {
        Fuzzing.Input in = Fuzzing.replay("award-listing-html", 2915, 42);
        Files.write(Path.of("/tmp/replay/award-2915" + (in.seed().name().endsWith(".html") ? ".html" : ".txt")), in.bytes());
        System.out.println("REPLAY " + in.seed().name() + " " + in.mutations() + " " + in.bytes().length);
    }
}
