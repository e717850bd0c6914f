package dev.paperscope.bench;

import dev.paperscope.app.FileResult;
import dev.paperscope.app.IngestListener;
import dev.paperscope.app.IngestReport;
import dev.paperscope.app.Paperscope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What one small ingest costs in a large catalog with incremental resolution and with a whole one. The
 * catalog is the conference lists repeated ({@link CopiedCorpus}) to about {@code records}, built the
 * fastest way the product has (one ingest of every copy: BM25 index, no vectors, one whole resolution at
 * the end), or reused from {@link Config#keep} when an earlier run built it there. Then a small JSON Lines
 * file (20 records: 10 new titles, 10 titles already in the corpus, so they join existing works) is
 * ingested, edited (two titles changed) and removed, first resolving incrementally, then (system property
 * {@code paperscope.resolve.whole}) whole, unless {@link Config#whole} is off. Each step's time is the
 * whole ingest or removal (parse, catalog, resolution, BM25 index catch-up); the difference between the
 * two modes is resolution's. The removal leaves the catalog as it was built, so a kept folder is reusable.
 */
public final class IncrementalResolutionBenchmark {
    /**
     * What to run: the corpus, the catalog size, where to keep the data folder (empty: a temporary one,
     * deleted at the end; a folder that already holds a catalog is reused as it is), and whether to time
     * whole resolutions too (each re-resolves the whole catalog: minutes at a million records).
     */
    public record Config(Path corpus, int records, Optional<Path> keep, boolean whole) {
        public Config {
            Objects.requireNonNull(corpus, "corpus");
            Objects.requireNonNull(keep, "keep");
            if (records < 1) {
                throw new IllegalArgumentException("records must be positive, not " + records);
            }
        }
    }

    /** One step's time in both modes, in milliseconds (whole: NaN when not timed). */
    public record Step(String name, double incrementalMillis, double wholeMillis) {
    }

    /**
     * The figures: catalog size, how long it took to build (0 when reused), each step, the heap used after
     * a full GC once the catalog was built, the peak RSS (-1 where /proc says nothing), the catalog file's
     * size on disk, and the machine's load when done.
     */
    public record Report(long records, long works, double buildSeconds, boolean reused, List<Step> steps, long heapAfterBuildBytes,
                         long peakRssBytes, long catalogBytes, double loadAverage) {
    }

    private static final String WHOLE = "paperscope.resolve.whole";
    private static final String[] STEPS = {"ingest a 20-record file", "edit it (2 titles changed)", "remove it"};

    private IncrementalResolutionBenchmark() {
    }

    public static Report run(Path corpus, int records, Consumer<String> log) {
        return run(new Config(corpus, records, Optional.empty(), true), log);
    }

    public static Report run(Config config, Consumer<String> log) {
        Path work = tempDir();
        Path data = config.keep().orElse(work.resolve("data"));
        try (Paperscope ps = Paperscope.open(data)) {
            boolean reused = ps.recordCount() > 0;
            double build = 0;
            if (reused) {
                log.accept("reusing the catalog in " + data + " (" + ps.recordCount() + " records)");
            } else {
                long t0 = System.nanoTime();
                build(ps, config, work, log);
                build = (System.nanoTime() - t0) / 1e9;
                log.accept(String.format(Locale.ROOT, "catalog built: %d records in %.1f s", ps.recordCount(), build));
            }
            long heap = MemoryFigures.heapUsedAfterGc();
            List<String> known = new ArrayList<>();
            ps.exportRecords(r -> {
                if (known.size() < 10 && r.title() != null) {
                    known.add(r.title());
                }
            });
            Path small = work.resolve("small.jsonl");
            List<double[]> times = new ArrayList<>();
            for (boolean whole : config.whole() ? new boolean[] {false, true} : new boolean[] {false}) {
                System.setProperty(WHOLE, Boolean.toString(whole));
                try {
                    times.add(steps(ps, small, known, whole, log));
                } finally {
                    System.clearProperty(WHOLE);
                }
            }
            List<Step> steps = new ArrayList<>();
            for (int i = 0; i < STEPS.length; i++) {
                steps.add(new Step(STEPS[i], times.get(0)[i], times.size() > 1 ? times.get(1)[i] : Double.NaN));
            }
            return new Report(ps.recordCount(), ps.works().all().size(), build, reused, steps, heap, MemoryFigures.peakRssBytes(),
                    MemoryFigures.sizeOf(data.resolve("catalog.db")) + MemoryFigures.sizeOf(data.resolve("catalog.db-wal")),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            IngestSearchBenchmark.deleteRecursively(work);
        }
    }

    /** Copy 0 first, to learn how many records one copy holds, then every other copy in one ingest (one resolution, one index catch-up). */
    private static void build(Paperscope ps, Config config, Path work, Consumer<String> log) {
        List<Path> files = CopiedCorpus.files(config.corpus());
        check(ps.ingest(CopiedCorpus.write(files, 1, work.resolve("copy-0")), Optional.empty(), IngestListener.NONE));
        long one = ps.recordCount();
        int copies = (int) Math.max(1, Math.ceil(config.records() / (double) one));
        log.accept("ingesting " + copies + " copies of " + one + " records (" + copies * files.size() + " files) ...");
        if (copies > 1) {
            List<Path> rest = CopiedCorpus.write(files, copies, work.resolve("copies"));
            check(ps.ingest(rest.subList(files.size(), rest.size()), Optional.empty(), new Progress(rest.size() - files.size(), log)));
            IngestSearchBenchmark.deleteRecursively(work.resolve("copies"));
        }
    }

    private static double[] steps(Paperscope ps, Path small, List<String> known, boolean whole, Consumer<String> log) {
        log.accept((whole ? "whole" : "incremental") + " resolution: ingest, edit, remove one small file ...");
        double[] t = new double[STEPS.length];
        write(small, known, false);
        t[0] = timed(() -> check(ps.ingest(List.of(small), Optional.empty(), IngestListener.NONE)));
        write(small, known, true);
        t[1] = timed(() -> check(ps.ingest(List.of(small), Optional.empty(), IngestListener.NONE)));
        t[2] = timed(() -> ps.changes().remove("small.jsonl"));
        for (int i = 0; i < STEPS.length; i++) {
            log.accept(String.format(Locale.ROOT, "  %-28s %8.0f ms", STEPS[i], t[i]));
        }
        return t;
    }

    /** Says how far the ingest of the copies got, every tenth of the files, and when it moves on to resolving and indexing. */
    private static final class Progress implements IngestListener {
        private final int files;
        private final Consumer<String> log;
        private final long started = System.nanoTime();
        private int done;

        Progress(int files, Consumer<String> log) {
            this.files = files;
            this.log = log;
        }

        @Override
        public void fileDone(FileResult result) {
            done++;
            if (done % Math.max(1, files / 10) == 0 || done == files) {
                log.accept(String.format(Locale.ROOT, "  stored %d of %d files in %.0f s%s", done, files, (System.nanoTime() - started) / 1e9,
                        done == files ? "; resolving works and catching the BM25 index up ..." : ""));
            }
        }
    }

    private static double timed(Runnable step) {
        long t = System.nanoTime();
        step.run();
        return (System.nanoTime() - t) / 1e6;
    }

    private static void write(Path file, List<String> known, boolean edited) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            String title = i < 10 ? "Incremental resolution probe number " + i + (edited && i < 2 ? " revised" : "")
                    : known.get(i - 10 < known.size() ? i - 10 : 0);
            b.append(String.format(Locale.ROOT, "{\"title\": \"%s\", \"authors\": [\"Probe Author%d\", \"Second Author%d\"], \"year\": 2024}%n",
                    title.replace("\\", "\\\\").replace("\"", "\\\""), i, i));
        }
        try {
            Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void check(IngestReport report) {
        if (report.anyFailed()) {
            throw new IllegalStateException("benchmark input failed to ingest: " + report.files());
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("paperscope-incremental-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
