package dev.paperscope.bench;

import dev.paperscope.app.EmbeddingSetup;
import dev.paperscope.app.IngestListener;
import dev.paperscope.app.IngestReport;
import dev.paperscope.app.Paperscope;
import dev.paperscope.app.TopicMap;
import dev.paperscope.index.VectorQuantization;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.search.dense.Embedder;
import dev.paperscope.search.dense.SimilarityFloor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Times the topic map of a large library: the conference files given are ingested into a fresh data folder
 * whose "model" is {@link RandomIndexing} (each word a seeded Gaussian vector; a passage the normalised sum
 * of its words), because embedding 10,000 passages with a real model takes far longer than the map on this
 * machine and the map's cost depends on the number of works and the dimension, not on which model made the
 * vectors. Then {@code topics().map("")} is timed cold (vector lookup, k selection, k-means, UMAP, labels)
 * and again warm (the cache). With {@code --works N}, when the files hold fewer works than N, jittered
 * copies of their papers that have an abstract are added until the library holds N works (a copy's title
 * says "(jittered copy k)" and its abstract drops every seventh word from an offset, so it is a distinct
 * work whose vector sits near its original's): the conference files on this machine hold about 9,000
 * works, the target is 10,000. Run:
 * {@code java -cp target/paperscope-bench.jar:target/paperscope.jar dev.paperscope.bench.TopicMapBenchmark WORKDIR [--works N] FILE...}
 */
public final class TopicMapBenchmark {
    private TopicMapBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createDirectories(Path.of(args[0]));
        List<Path> files = new ArrayList<>();
        int target = 0;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--works")) {
                target = Integer.parseInt(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        VectorSpace space = new VectorSpace("bench-random-indexing-384", 384);
        EmbeddingSetup setup = new EmbeddingSetup(space, VectorQuantization.NONE, () -> new RandomIndexing(space));
        try (Paperscope ps = Paperscope.open(work.resolve("data"), Optional.of(setup))) {
            long t0 = System.nanoTime();
            IngestReport report = ps.ingest(files, Optional.empty(), IngestListener.NONE);
            System.out.printf(Locale.ROOT, "ingested %d records, %d works in %.1f s%n%s%n", ps.recordCount(), ps.resolve().works().size(),
                    (System.nanoTime() - t0) / 1e9, report);
            for (int round = 1; round <= 3 && ps.resolve().works().size() < target; round++) {
                Path copies = work.resolve("jittered-" + round + ".jsonl");
                int written = JitteredCopies.write(files, target - ps.resolve().works().size(), round, copies);
                ps.ingest(List.of(copies), Optional.of("jsonl"), IngestListener.NONE);
                System.out.printf(Locale.ROOT, "added %d jittered copies: %d records, %d works%n", written, ps.recordCount(),
                        ps.resolve().works().size());
            }
            System.out.printf(Locale.ROOT, "load average before the map: %.2f%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t1 = System.nanoTime();
            TopicMap map = ps.topics().map("");
            double cold = (System.nanoTime() - t1) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            long t2 = System.nanoTime();
            TopicMap again = ps.topics().map("");
            double warm = (System.nanoTime() - t2) / 1e9;
            System.out.printf(Locale.ROOT, "map of %d works (%d in scope, %d unmapped): %d topics; cold %.2f s wall (%.2f s process CPU), cached %.4f s (same map: %s)%n",
                    map.points().size(), map.inScope(), map.unmapped(), map.topics().size(), cold, cpu, warm, map == again);
            map.topics().forEach(t -> System.out.printf(Locale.ROOT, "  %2d %5d  %s%n", t.id(), t.size(), t.terms()));
            System.out.printf(Locale.ROOT, "load average after the map: %.2f%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    /** Random indexing: a stand-in model whose vectors share directions when passages share words. */
    static final class RandomIndexing implements Embedder {
        private final VectorSpace space;

        RandomIndexing(VectorSpace space) {
            this.space = space;
        }

        @Override
        public String modelId() {
            return space.modelId();
        }

        @Override
        public int dimension() {
            return space.dimension();
        }

        @Override
        public SimilarityFloor similarityFloor() {
            return SimilarityFloor.NONE;
        }

        @Override
        public List<float[]> embedPassages(List<String> texts) {
            return texts.stream().map(this::embed).toList();
        }

        @Override
        public List<float[]> embedQueries(List<String> texts) {
            return embedPassages(texts);
        }

        private float[] embed(String text) {
            float[] v = new float[space.dimension()];
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (word.length() < 3) {
                    continue;
                }
                Random r = new Random(word.hashCode());
                for (int d = 0; d < v.length; d++) {
                    v[d] += (float) r.nextGaussian();
                }
            }
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            if (norm == 0) {
                v[0] = 1;
                return v;
            }
            for (int d = 0; d < v.length; d++) {
                v[d] /= (float) Math.sqrt(norm);
            }
            return v;
        }

        @Override
        public void close() {
        }
    }
}
