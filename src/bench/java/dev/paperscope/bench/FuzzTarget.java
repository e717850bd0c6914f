package dev.paperscope.bench;

import dev.paperscope.app.Paperscope;
import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.ParseException;
import dev.paperscope.ingest.SourceDocument;
import dev.paperscope.search.Bm25Params;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Reads one fuzzed input the way ingest does, on a worker thread under a time bound, and says how it
 * ended. Inputs chosen for the index path are ingested into a scratch data folder (renewed every few
 * inputs, so resolution stays small) and searched; the folder is deleted on close.
 */
final class FuzzTarget implements AutoCloseable {
    private static final int INGESTS_PER_FOLDER = 25;
    private static final long POLL_MILLIS = 200;
    private static final int WALL_FACTOR = 6;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private final Duration timeout;
    private ExecutorService worker = newWorker();
    private Path scratch;
    private Paperscope data;
    private int ingested;

    /** How an input ended, and the CPU time its thread took (up to the hang, for a hang). */
    record Result(Fuzzing.Outcome outcome, String message, long nanos, boolean indexed) {
    }

    FuzzTarget(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * Reads one input. It hangs when its thread has used more than the time bound in CPU time, or has run
     * for {@link #WALL_FACTOR} times the bound without finishing and is waiting (blocked): CPU time, so that
     * a machine busy with other work does not turn slow inputs into hangs.
     */
    Result read(String name, byte[] bytes, Optional<String> format, boolean index) {
        long start = System.nanoTime();
        java.util.concurrent.atomic.AtomicLong thread = new java.util.concurrent.atomic.AtomicLong(-1);
        java.util.concurrent.atomic.AtomicLong cpuAtStart = new java.util.concurrent.atomic.AtomicLong();
        Future<Result> future = worker.submit(() -> {
            cpuAtStart.set(CPU.getCurrentThreadCpuTime());
            thread.set(Thread.currentThread().threadId()); // the worker thread lives on: its CPU time counts from here
            return readNow(name, bytes, format, index);
        });
        try {
            while (true) {
                try {
                    return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long cpu = thread.get() < 0 ? 0 : CPU.getThreadCpuTime(thread.get()) - cpuAtStart.get();
                    long wall = System.nanoTime() - start;
                    if (cpu > timeout.toNanos() || wall > timeout.toNanos() * WALL_FACTOR && blocked(thread.get())) {
                        return hang(future, start, cpu);
                    }
                }
            }
        } catch (ExecutionException e) {
            return new Result(Fuzzing.Outcome.CRASH, describe(e.getCause()), 0, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("fuzzing interrupted", e);
        }
    }

    /**
     * Whether the worker thread is waiting rather than running: a thread that is runnable but starved of CPU
     * by a busy machine is slow, not stuck, and its CPU time bound still applies.
     */
    private static boolean blocked(long threadId) {
        java.lang.management.ThreadInfo info = threadId < 0 ? null : CPU.getThreadInfo(threadId);
        return info == null || info.getThreadState() != Thread.State.RUNNABLE;
    }

    private Result hang(Future<Result> future, long start, long cpu) {
        future.cancel(true);
        worker.shutdownNow(); // the stuck thread is a daemon; a fresh worker takes the next input
        worker = newWorker();
        closeData(); // it may be in use by the stuck thread
        return new Result(Fuzzing.Outcome.HANG, String.format("no result after %.1f s of CPU time, %.1f s in all", cpu / 1e9,
                (System.nanoTime() - start) / 1e9), cpu, false);
    }

    private Result readNow(String name, byte[] bytes, Optional<String> format, boolean index) {
        long start = CPU.getCurrentThreadCpuTime();
        try {
            SourceDocument doc = SourceDocument.of(name, bytes);
            Formats.parse(doc, format);
            boolean indexed = index && ingest(doc, format);
            return new Result(Fuzzing.Outcome.PARSED, null, CPU.getCurrentThreadCpuTime() - start, indexed);
        } catch (ParseException e) {
            return new Result(Fuzzing.Outcome.REJECTED, e.getMessage(), CPU.getCurrentThreadCpuTime() - start, false);
        } catch (OutOfMemoryError e) {
            return new Result(Fuzzing.Outcome.OOM, describe(e), CPU.getCurrentThreadCpuTime() - start, false);
        } catch (Throwable e) {
            return new Result(Fuzzing.Outcome.CRASH, describe(e), CPU.getCurrentThreadCpuTime() - start, false);
        }
    }

    /** Stores, indexes and searches the document in the scratch data folder; any failure there is a crash. */
    private boolean ingest(SourceDocument doc, Optional<String> format) throws ParseException {
        if (data == null || ingested >= INGESTS_PER_FOLDER) {
            closeData();
            try {
                scratch = Files.createTempDirectory("paperscope-fuzz");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            data = Paperscope.open(scratch);
            ingested = 0;
        }
        data.ingestDocument(doc, format);
        ingested++;
        data.search("learning", 5, Bm25Params.DEFAULT);
        data.searches().facets("learning", 5);
        return true;
    }

    private void closeData() {
        if (data != null) {
            try {
                data.close();
            } catch (RuntimeException e) {
                // a stuck or failed run may have left it unusable; the folder is deleted anyway
            }
            data = null;
        }
        if (scratch != null) {
            delete(scratch);
            scratch = null;
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left for the OS to clean up with the temp folder
        }
    }

    private static String describe(Throwable t) {
        StackTraceElement top = t.getStackTrace().length == 0 ? null : t.getStackTrace()[0];
        String message = String.valueOf(t.getMessage());
        return t.getClass().getName() + ": " + (message.length() > 300 ? message.substring(0, 300) + "…" : message)
                + (top == null ? "" : " at " + top);
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "paperscope-fuzz");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
        closeData();
    }
}
