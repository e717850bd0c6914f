package dev.paperscope.bench;

import dev.paperscope.app.IngestListener;
import dev.paperscope.app.IngestReport;
import dev.paperscope.app.Paperscope;
import dev.paperscope.catalog.FileRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What resolution (works, titles recovered from reference lists) costs. Two data folders: (a) every
 * conference list as sources, no references: the work resolver alone over ~10k records; (b) the seed
 * pages and the NeurIPS 2023 / ICLR 2020 lists as sources with the ICML 2023 and NeurIPS 2022 lists as
 * references: title recovery plus work resolution. For each, the ingest time (which now includes one
 * resolution) and the median of {@code rounds} full re-resolutions (read, resolve, store).
 */
public final class ResolutionBenchmark {
    /** Figures of one scenario; times in milliseconds. */
    public record Scenario(String name, long records, long references, long works, double ingestMillis, double[] resolveMillis) {
        public double medianResolveMillis() {
            double[] sorted = resolveMillis.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }
    }

    private static final List<String> REFERENCES = List.of("icml2023_openreview.jsonl", "neurips2022_titles_authors.jsonl");

    private ResolutionBenchmark() {
    }

    public static List<Scenario> run(Path corpus, Path seeds, int rounds) {
        List<Path> lists = files(corpus);
        List<Path> references = lists.stream().filter(p -> REFERENCES.contains(p.getFileName().toString())).toList();
        List<Path> others = lists.stream().filter(p -> !references.contains(p)).toList();
        List<Scenario> out = new ArrayList<>();
        out.add(scenario("all lists as sources", lists, List.of(), rounds));
        List<Path> sources = new ArrayList<>(files(seeds));
        sources.addAll(others);
        out.add(scenario("seeds + other lists, ICML 2023 & NeurIPS 2022 as references", sources, references, rounds));
        return out;
    }

    private static Scenario scenario(String name, List<Path> sources, List<Path> references, int rounds) {
        Path dir = tempDir();
        try (Paperscope ps = Paperscope.open(dir)) {
            long t0 = System.nanoTime();
            check(ps.ingest(sources, Optional.empty(), Optional.of(FileRole.SOURCE), IngestListener.NONE));
            if (!references.isEmpty()) {
                check(ps.ingest(references, Optional.empty(), Optional.of(FileRole.REFERENCE), IngestListener.NONE));
            }
            double ingest = (System.nanoTime() - t0) / 1e6;
            double[] times = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                ps.changes().resolveAgain();
                times[i] = (System.nanoTime() - t) / 1e6;
            }
            return new Scenario(name, ps.recordCount(), ps.referenceRecordCount(), ps.works().all().size(), ingest, times);
        } finally {
            IngestSearchBenchmark.deleteRecursively(dir);
        }
    }

    private static void check(IngestReport report) {
        if (report.anyFailed()) {
            throw new IllegalStateException("benchmark input failed to ingest: " + report.files());
        }
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches(".*\\.(jsonl|jsonl\\.gz|json|csv|txt)$")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("paperscope-resolve-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
