package dev.paperscope.bench;

import dev.paperscope.ingest.Formats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Seeded fuzzing of the real ingest path: every input format's seeds ({@link FuzzSeeds}) are damaged by one
 * to three {@link Mutation}s and read as a file would be (decoding, detection or {@code --format}, parsing,
 * record bounds); a sample of the inputs that parse is also stored and indexed in a scratch data folder and
 * searched. Each input runs on a worker thread under a time bound. An input ends as parsed, as a clean
 * rejection (a {@link ParseException} whose message is one line {@code file:line: what}), or as a failure:
 * an unclear rejection, a crash (any other throwable, or a parser bug reported as such), a hang (over the
 * time bound) or running out of memory. Input {@code i} of a format depends only on the seed and {@code i}.
 */
public final class Fuzzing {
    /** A clean rejection: one line, naming the file and a line, and short enough to read. */
    private static final int MAX_MESSAGE_CHARS = 2_000;
    private static final int KEPT_FINDINGS = 40;
    private static final int KEPT_SLOWEST = 8;

    public enum Outcome { PARSED, REJECTED, UNCLEAR, CRASH, HANG, OOM;

        boolean failure() {
            return this != PARSED && this != REJECTED;
        }
    }

    /**
     * @param inputsPerFormat mutated inputs per input format
     * @param indexEvery every n-th input that parses is also stored, indexed and searched (0: none)
     */
    /** A run's settings; {@code groups} empty: every seed group. */
    public record Config(int inputsPerFormat, long seed, Duration timeout, int indexEvery, List<String> groups) {
        public Config {
            if (inputsPerFormat < 1 || timeout.isNegative() || timeout.isZero() || indexEvery < 0) {
                throw new IllegalArgumentException("--inputs and the timeout must be positive");
            }
            groups = List.copyOf(groups);
        }

        public Config(int inputsPerFormat, long seed, Duration timeout, int indexEvery) {
            this(inputsPerFormat, seed, timeout, indexEvery, List.of());
        }
    }

    /** One failing input, enough to reproduce it: format, input number and mutations (with the run's seed). */
    public record Finding(String format, int input, String mutations, Outcome outcome, String message) {
    }

    public record FormatFigures(String format, int inputs, Map<Outcome, Integer> outcomes, int indexed, double p99Millis, double maxMillis) {
        public int failures() {
            return outcomes.entrySet().stream().filter(e -> e.getKey().failure()).mapToInt(Map.Entry::getValue).sum();
        }
    }

    /** One of the slowest inputs of a run, with the time it took (under the time bound). */
    public record Slow(String format, int input, String mutations, Outcome outcome, double millis) {
    }

    public record Report(long seed, int inputsPerFormat, long timeoutSeconds, List<FormatFigures> formats, Map<String, Integer> mutations,
                         List<Finding> findings, List<Slow> slowest, double seconds, String java, int cores) {
        public int inputs() {
            return formats.stream().mapToInt(FormatFigures::inputs).sum();
        }

        public int count(Outcome outcome) {
            return formats.stream().mapToInt(f -> f.outcomes().getOrDefault(outcome, 0)).sum();
        }

        public boolean clean() {
            return formats.stream().allMatch(f -> f.failures() == 0);
        }
    }

    private Fuzzing() {
    }

    public static Report run(Config config, Consumer<String> log) {
        List<FuzzSeeds.Seed> seeds = FuzzSeeds.load();
        long started = System.nanoTime();
        Map<String, Integer> mutationCounts = new TreeMap<>();
        List<Finding> findings = new ArrayList<>();
        List<FormatFigures> figures = new ArrayList<>();
        java.util.PriorityQueue<Slow> slowest = new java.util.PriorityQueue<>(java.util.Comparator.comparingDouble(Slow::millis));
        try (FuzzTarget target = new FuzzTarget(config.timeout())) {
            for (String format : groups(seeds, config.groups())) {
                List<FuzzSeeds.Seed> own = seeds.stream().filter(s -> s.group().equals(format)).toList();
                Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
                long[] nanos = new long[config.inputsPerFormat()];
                int parsed = 0;
                int indexed = 0;
                for (int i = 0; i < config.inputsPerFormat(); i++) {
                    Input input = input(own, format, i, config.seed());
                    FuzzSeeds.Seed seed = input.seed();
                    byte[] bytes = input.bytes();
                    List<String> applied = input.mutations();
                    applied.forEach(m -> mutationCounts.merge(m, 1, Integer::sum));
                    String name = "fuzz-" + format + "-" + i + extension(seed.name());
                    boolean index = config.indexEvery() > 0 && parsed % config.indexEvery() == 0;
                    Optional<String> named = i % 4 == 0 ? Optional.of(seed.format()) : Optional.empty();
                    FuzzTarget.Result result = target.read(name, bytes, named, index);
                    nanos[i] = result.nanos();
                    slowest.add(new Slow(format, i, String.join("+", applied), result.outcome(), result.nanos() / 1e6));
                    if (slowest.size() > KEPT_SLOWEST) {
                        slowest.poll();
                    }
                    outcomes.merge(result.outcome(), 1, Integer::sum);
                    if (result.outcome() == Outcome.PARSED) {
                        parsed++;
                        indexed += result.indexed() ? 1 : 0;
                    } else if (result.outcome() == Outcome.REJECTED && !isClear(name, result.message(), seed.format().equals("pdf"))) {
                        outcomes.merge(Outcome.REJECTED, -1, Integer::sum);
                        outcomes.merge(Outcome.UNCLEAR, 1, Integer::sum);
                        keep(findings, new Finding(format, i, String.join("+", applied), Outcome.UNCLEAR, result.message()));
                        log.accept("UNCLEAR " + format + " input " + i + " (" + String.join("+", applied) + "): " + result.message());
                    }
                    if (result.outcome().failure()) {
                        keep(findings, new Finding(format, i, String.join("+", applied), result.outcome(), result.message()));
                        log.accept(result.outcome() + " " + format + " input " + i + " (" + String.join("+", applied) + "): " + result.message());
                    }
                }
                Percentiles p = Percentiles.of(nanos);
                long max = java.util.Arrays.stream(nanos).max().orElse(0);
                FormatFigures f = new FormatFigures(format, config.inputsPerFormat(), outcomes, indexed, p.p99(), max / 1e6);
                figures.add(f);
                log.accept(String.format("%-17s %6d inputs: %s, %d indexed; CPU time p99 %.1f ms, max %.1f ms", format, f.inputs(), outcomes,
                        indexed, f.p99Millis(), f.maxMillis()));
            }
        }
        List<Slow> slow = new ArrayList<>(slowest);
        slow.sort(java.util.Comparator.comparingDouble(Slow::millis).reversed());
        return new Report(config.seed(), config.inputsPerFormat(), config.timeout().toSeconds(), figures, mutationCounts, findings, slow,
                (System.nanoTime() - started) / 1e9, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    }

    /** One mutated input: the seed it came from, its bytes and the mutations applied, in order. */
    record Input(FuzzSeeds.Seed seed, byte[] bytes, List<String> mutations) {
    }

    /** The groups a run covers, in the seeds' order; a named group without seeds is refused. */
    static List<String> groups(List<FuzzSeeds.Seed> seeds, List<String> wanted) {
        List<String> all = FuzzSeeds.groups(seeds);
        for (String g : wanted) {
            if (!all.contains(g)) {
                throw new IllegalArgumentException("no fuzz seeds of group " + g + "; groups: " + String.join(", ", all));
            }
        }
        return wanted.isEmpty() ? all : all.stream().filter(wanted::contains).toList();
    }

    /** Input {@code i} of a group: a function of the run's seed, the group and {@code i} alone, so a finding can be replayed. */
    static Input input(List<FuzzSeeds.Seed> own, String group, int i, long runSeed) {
        Random r = new Random(runSeed * 1_000_003L + group.hashCode() * 31L + i);
        FuzzSeeds.Seed seed = own.get(i % own.size());
        byte[] bytes = seed.bytes();
        List<String> applied = new ArrayList<>();
        for (int m = 0, n = 1 + r.nextInt(3); m < n; m++) {
            Mutation mutation = Mutation.pick(r);
            bytes = mutation.apply(group, bytes, r);
            applied.add(mutation.name());
        }
        return new Input(seed, bytes, List.copyOf(applied));
    }

    /** Replays input {@code i} of a group of a run with the given seed (for a finding's reproduction). */
    static Input replay(String group, int i, long runSeed) {
        List<FuzzSeeds.Seed> own = FuzzSeeds.load().stream().filter(s -> s.group().equals(group)).toList();
        if (own.isEmpty()) {
            throw new IllegalArgumentException("no fuzz seeds of group " + group);
        }
        return input(own, group, i, runSeed);
    }

    private static void keep(List<Finding> findings, Finding finding) {
        if (findings.size() < KEPT_FINDINGS) {
            findings.add(finding);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }

    /** One line, {@code name:LINE: problem}, not a parser bug, not a wall of text. */
    static boolean isClear(String name, String message) {
        return isClear(name, message, false);
    }

    /**
     * As {@link #isClear(String, String)}; a PDF has pages, not lines, so its rejection may also be
     * {@code name: page N: problem} or, for the whole file, {@code name: problem}.
     */
    static boolean isClear(String name, String message, boolean pdf) {
        String place = pdf ? "(:[1-9]\\d*: |: page [1-9]\\d*: |: (?!page ))" : ":[1-9]\\d*: ";
        return message != null && message.length() <= MAX_MESSAGE_CHARS && message.indexOf('\n') < 0
                && Pattern.compile("^" + Pattern.quote(name) + place + "\\S").matcher(message).find()
                && !message.contains(Formats.UNEXPECTED);
    }
}
