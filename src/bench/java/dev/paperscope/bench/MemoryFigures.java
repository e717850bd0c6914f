package dev.paperscope.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Memory and disk figures for the benchmarks: heap used after a full collection, the process's peak
 * resident set (Linux's {@code VmHWM} in {@code /proc/self/status}) and the bytes a file or folder takes.
 */
public final class MemoryFigures {
    private static final Pattern VM_HWM = Pattern.compile("(?m)^VmHWM:\\s*(\\d+)\\s*kB\\s*$");
    private static final Path STATUS = Path.of("/proc/self/status");

    private MemoryFigures() {
    }

    /** Heap in use after {@code System.gc()} (a full collection with the JVM's default collectors), in bytes. */
    public static long heapUsedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The peak resident set size of this process in bytes, -1 where {@code /proc/self/status} does not say. */
    public static long peakRssBytes() {
        try {
            return peakRssBytes(Files.readString(STATUS, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return -1;
        }
    }

    /** The {@code VmHWM} line of a {@code /proc/PID/status} text, in bytes; -1 without one. */
    static long peakRssBytes(String status) {
        Matcher m = VM_HWM.matcher(status);
        return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
    }

    /** Bytes of a file, or of every file under a folder; 0 when absent. */
    public static long sizeOf(Path path) {
        if (!Files.exists(path)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).mapToLong(MemoryFigures::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + path, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            return 0; // deleted while walking (a Lucene merge)
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + file, e);
        }
    }

    /** Bytes for people: "512 B", "1.5 MB", "2.25 GB" (powers of 1024). */
    public static String human(long bytes) {
        if (bytes < 0) {
            return "n/a";
        }
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? bytes + " B" : String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : v >= 10 ? "%.1f %s" : "%.2f %s", v, units[u]);
    }
}
