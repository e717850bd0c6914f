package dev.paperscope.bench;

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
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What one small ingest costs in a large catalog with incremental resolution and with a whole one. The
 * catalog is the conference lists repeated ({@link CopiedCorpus}) to about {@code records}; then a small
 * JSON Lines file (20 records: 10 new titles, 10 titles already in the corpus, so they join existing works)
 * is ingested, edited (two titles changed) and removed, first resolving incrementally, then (system
 * property {@code paperscope.resolve.whole}) whole. Each step's time is the whole ingest or removal
 * (parse, catalog, resolution, BM25 index catch-up); the difference between the two modes is resolution's.
 */
public final class IncrementalResolutionBenchmark {
    /** One step's time in both modes, in milliseconds. */
    public record Step(String name, double incrementalMillis, double wholeMillis) {
    }

    /** The figures: catalog size, how long it took to build, each step, and the machine's load when done. */
    public record Report(long records, long works, double buildSeconds, List<Step> steps, double loadAverage) {
    }

    private static final String WHOLE = "paperscope.resolve.whole";

    private IncrementalResolutionBenchmark() {
    }

    public static Report run(Path corpus, int records, Consumer<String> log) {
        Path work = tempDir();
        try (Paperscope ps = Paperscope.open(work.resolve("data"))) {
            List<Path> files = CopiedCorpus.files(corpus);
            long t0 = System.nanoTime();
            check(ps.ingest(CopiedCorpus.write(files, 1, work.resolve("copy-0")), Optional.empty(), IngestListener.NONE));
            long one = ps.recordCount();
            int copies = (int) Math.max(1, Math.ceil(records / (double) one));
            log.accept("ingesting " + copies + " copies of " + one + " records ...");
            if (copies > 1) {
                List<Path> rest = CopiedCorpus.write(files, copies, work.resolve("copies"));
                check(ps.ingest(rest.subList(files.size(), rest.size()), Optional.empty(), IngestListener.NONE));
            }
            double build = (System.nanoTime() - t0) / 1e9;
            List<String> known = new ArrayList<>();
            ps.exportRecords(r -> {
                if (known.size() < 10 && r.title() != null) {
                    known.add(r.title());
                }
            });
            Path small = work.resolve("small.jsonl");
            List<double[]> times = new ArrayList<>();
            for (boolean whole : new boolean[] {false, true}) {
                System.setProperty(WHOLE, Boolean.toString(whole));
                log.accept((whole ? "whole" : "incremental") + " resolution: ingest, edit, remove one small file ...");
                double[] t = new double[3];
                write(small, known, false);
                t[0] = timed(() -> check(ps.ingest(List.of(small), Optional.empty(), IngestListener.NONE)));
                write(small, known, true);
                t[1] = timed(() -> check(ps.ingest(List.of(small), Optional.empty(), IngestListener.NONE)));
                t[2] = timed(() -> ps.changes().remove("small.jsonl"));
                times.add(t);
            }
            System.clearProperty(WHOLE);
            String[] names = {"ingest a 20-record file", "edit it (2 titles changed)", "remove it"};
            List<Step> steps = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                steps.add(new Step(names[i], times.get(0)[i], times.get(1)[i]));
            }
            return new Report(ps.recordCount(), ps.works().all().size(), build, steps,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            IngestSearchBenchmark.deleteRecursively(work);
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

    /** {@code java ... IncrementalResolutionBenchmark CORPUS_DIR RECORDS}: prints the figures. */
    public static void main(String[] args) {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/data/conferences");
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Report r = run(corpus, records, System.err::println);
        System.out.printf(Locale.ROOT, "%d records, %d works; catalog built in %.1f s%n", r.records(), r.works(), r.buildSeconds());
        for (Step s : r.steps()) {
            System.out.printf(Locale.ROOT, "%-28s incremental %8.0f ms   whole %8.0f ms%n", s.name(), s.incrementalMillis(), s.wholeMillis());
        }
        System.out.printf(Locale.ROOT, "load average (1 min) at the end: %.1f%n", r.loadAverage());
    }
}
