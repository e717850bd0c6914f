package dev.paperscope.app;

import dev.paperscope.catalog.FileRole;
import dev.paperscope.catalog.IngestOutcome;
import dev.paperscope.index.Passages;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.ingest.ParseException;
import dev.paperscope.ingest.RecordPassages;
import dev.paperscope.ingest.SourceDocument;
import dev.paperscope.search.dense.Passage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The bundled demo: the five seed pages, shipped inside the jar, and queries that show the query syntax. */
public final class Demo {
    public static final List<String> EXAMPLE_QUERIES = List.of(
            "text-to-image diffusion",
            "author:\"Yoshua Bengio\"",
            "award:\"Outstanding Paper\" language models",
            "kind:talk room:\"Hall G\" start>=2022-07-21T13:00 end<=2022-07-21T13:30",
            "title:transformer year:2020..2023 -kind:blog_post");

    private Demo() {
    }

    /**
     * Ingests every bundled file in the manifest's order: the conference paper lists the pages come from as
     * reference data (so untitled orals and awards get their titles from the first run), then the pages.
     * Re-running it changes nothing.
     */
    public static List<IngestOutcome> ingestBundledPages(Paperscope paperscope) throws ParseException {
        List<IngestOutcome> outcomes = new ArrayList<>();
        for (Entry e : manifest()) {
            byte[] bytes = resourceBytes(e.resource());
            outcomes.add(paperscope.ingestDocument(SourceDocument.of(e.name(), bytes), Optional.empty(), Optional.of(e.role())));
        }
        return outcomes;
    }

    /** The bytes of the bundled file stored under {@code name}, if the demo has one. */
    static Optional<byte[]> bundled(String name) {
        return manifest().stream().filter(e -> e.name().equals(name)).findFirst().map(e -> resourceBytes(e.resource()));
    }

    /** One line of {@code demo/manifest.txt}: a page ({@code seeds/NAME}) or a reference list ({@code reference NAME}). */
    record Entry(String name, FileRole role) {
        static final String REFERENCE = "reference ";

        static Entry parse(String line) {
            return line.startsWith(REFERENCE) ? new Entry(line.substring(REFERENCE.length()).strip(), FileRole.REFERENCE)
                    : new Entry(line, FileRole.SOURCE);
        }

        String resource() {
            return (role == FileRole.REFERENCE ? "demo/references/" : "demo/seeds/") + name;
        }
    }

    /**
     * Writes, for each model of the data folder's index, the vectors of the bundled pages' passages (the
     * records' own and those of the passage index) as
     * the jar ships them ({@code MODEL.vec} in {@code dir}, see {@code BundledVectors}); the pages must
     * have been ingested with those models, so their vectors are in the catalog's cache. For maintainers,
     * when the demo pages or the default models change. Returns the files written.
     */
    public static List<Path> writeBundledVectors(Paperscope paperscope, Path dir) throws IOException {
        List<VectorSpace> spaces = paperscope.index().vectorSpaces();
        if (spaces.isEmpty()) {
            throw new IllegalStateException("the index holds no vectors: run the demo with an embedding model configured");
        }
        Set<String> hashes = new TreeSet<>();
        for (String name : manifest().stream().filter(e -> e.role() == FileRole.SOURCE).map(Entry::name).toList()) {
            paperscope.catalog().recordsOf(name).forEach(r -> {
                Passage.of(r).ifPresent(p -> hashes.add(p.sha256()));
                RecordPassages.of(r).forEach(p -> hashes.add(Passage.ofText(Passages.text(r, p)).sha256()));
            });
        }
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (VectorSpace space : spaces) {
            Map<String, float[]> vectors = paperscope.catalog().embeddings().vectors(space.modelId(), hashes);
            if (vectors.size() != hashes.size()) {
                throw new IllegalStateException((hashes.size() - vectors.size()) + " demo passages have no " + space.modelId() + " vector in the catalog");
            }
            Path file = dir.resolve(Path.of(BundledVectors.resourceName(space.modelId())).getFileName());
            try (OutputStream out = Files.newOutputStream(file)) {
                BundledVectors.write(out, space, vectors);
            }
            written.add(file);
        }
        return written;
    }

    static List<Entry> manifest() {
        return resource("demo/manifest.txt").lines().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#"))
                .map(Entry::parse).toList();
    }

    private static String resource(String path) {
        return new String(resourceBytes(path), StandardCharsets.UTF_8);
    }

    private static byte[] resourceBytes(String path) {
        try (InputStream in = Demo.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the demo data " + path + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + path, e);
        }
    }
}
