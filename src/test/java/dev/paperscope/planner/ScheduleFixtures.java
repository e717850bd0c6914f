package dev.paperscope.planner;

import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.ParseException;
import dev.paperscope.ingest.SourceDocument;
import dev.paperscope.ingest.SourceRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The real seed session (004, Hall G, back-to-back talks) and a synthetic second session in the same
 * structure (Ballroom B, src/test/resources/fixtures/planner) whose talks overlap 004's.
 */
final class ScheduleFixtures {
    static final Path REPO = Path.of(System.getProperty("paperscope.repo", "."));
    static final Path SEED = REPO.resolve("demo/seeds/004_d2faed4b193087f1.txt");
    static final Path SYNTHETIC = REPO.resolve("src/test/resources/fixtures/planner/synthetic-session-ballroom-b.txt");

    static final String GLAM = "GLaM: Efficient Scaling of Language Models with Mixture-of-Experts";
    static final String DEPLOYING = "Deploying Convolutional Networks on Untrusted Platforms Using 2D Holographic Reduced Representations";
    static final String TOMOGRAPHY = "Near-Exact Recovery for Tomographic Inverse Problems via Deep Learning";
    static final String LAST_SEED_TALK = "Iterative Double Sketching for Faster Least-Squares Optimization";
    static final String OVERLAPPING = "Synthetic Fixture Talk on Overlapping Sessions";
    static final String SAME_SLOT = "Synthetic Fixture Talk in the Same Slot";
    static final String RIGHT_AFTER = "Synthetic Fixture Talk Right After the Session";

    private ScheduleFixtures() {
    }

    static List<SourceRecord> records() {
        List<SourceRecord> all = new ArrayList<>(read(SEED));
        all.addAll(read(SYNTHETIC));
        return all;
    }

    static List<SourceRecord> read(Path page) {
        try {
            return Formats.parse(SourceDocument.read(page), Optional.empty()).records();
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    static String idOf(List<SourceRecord> records, String title) {
        return records.stream().filter(r -> title.equals(r.title())).findFirst().orElseThrow().id();
    }
}
