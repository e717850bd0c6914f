package dev.paperscope.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar (with rate and ETA) on the terminal. Where output is not interactive (pipes, CI logs), a
 * long task still reports a line on standard error every tenth of the way, so a log shows it is alive.
 */
final class Progress implements AutoCloseable {
    private final String task;
    private final String unit;
    private final boolean interactive = System.console() != null;
    private ProgressBar bar;
    private long started;
    private int lastTenth;

    private Progress(String task, String unit) {
        this.task = task;
        this.unit = unit;
    }

    /** A bar of known size; nothing is drawn for a single step. */
    static Progress start(String task, long total, String unit) {
        Progress p = new Progress(task, unit);
        if (total > 1) {
            p.begin(total);
        }
        return p;
    }

    /** A bar sized by the first report, for tasks that learn their size as they go. */
    static Progress lazy(String task, String unit) {
        return new Progress(task, unit);
    }

    private void begin(long total) {
        started = System.nanoTime();
        if (interactive) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().continuousUpdate().build();
        }
    }

    void stepTo(long n) {
        if (bar != null) {
            bar.stepTo(n);
        }
    }

    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    /**
     * For {@code EmbeddingProgress}: {@code done} of {@code total} passages embedded. Nothing to embed
     * draws nothing; a new run from 0 (the next model of an ensemble, the next batch of files) starts a
     * new bar rather than moving the finished one backwards.
     */
    void update(long done, long total) {
        if (total == 0) {
            return;
        }
        if (started == 0 || done == 0) {
            close();
            lastTenth = 0;
            begin(total);
            if (bar == null) {
                // Said at once, not at the first tenth: embedding thousands of passages takes minutes.
                System.err.printf("%s: %d to do (%s)%n", task, total, unit);
            }
        }
        if (bar != null) {
            bar.maxHint(total);
            bar.stepTo(done);
            return;
        }
        int tenth = total == 0 ? 10 : (int) (10 * done / total);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            double seconds = (System.nanoTime() - started) / 1e9;
            double rate = done / Math.max(seconds, 1e-9);
            System.err.printf("%s: %d/%d %s (%.1f/s, about %.0f s left)%n", task, done, total, unit, rate, (total - done) / Math.max(rate, 1e-9));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
