package dev.paperscope.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.ingest.SourceRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * A conference schedule for benchmarks: {@code talks} talks (JSON Lines with start, end and room) that
 * present the corpus's papers (title and authors copied, so talks and papers resolve into shared works),
 * spread over five days, twelve rooms and 20-minute slots from 09:00 at UTC-07:00, drawn with a seed.
 */
final class BenchSchedule {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DAYS = 5;
    private static final int ROOMS = 12;
    private static final int SLOTS_PER_DAY = 27;

    private BenchSchedule() {
    }

    static Path write(List<SourceRecord> papers, int talks, long seed, Path file) {
        List<SourceRecord> titled = papers.stream().filter(r -> r.title() != null && !r.authors().isEmpty()).toList();
        if (titled.isEmpty()) {
            throw new IllegalArgumentException("the corpus has no paper with a title and authors to schedule");
        }
        Random random = new Random(seed);
        OffsetDateTime first = OffsetDateTime.of(2024, 7, 22, 9, 0, 0, 0, ZoneOffset.ofHours(-7));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < talks; i++) {
            SourceRecord paper = titled.get(random.nextInt(titled.size()));
            OffsetDateTime start = first.plusDays(random.nextInt(DAYS)).plusMinutes(20L * random.nextInt(SLOTS_PER_DAY));
            ObjectNode talk = JSON.createObjectNode().put("id", "talk-%05d".formatted(i)).put("title", paper.title())
                    .put("venue", "BenchConf").put("year", 2024).put("start", start.toString()).put("end", start.plusMinutes(20).toString())
                    .put("room", "Room " + (1 + random.nextInt(ROOMS)));
            paper.authors().forEach(talk.putArray("authors")::add);
            out.append(talk).append('\n');
        }
        try {
            return Files.writeString(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark schedule " + file, e);
        }
    }
}
