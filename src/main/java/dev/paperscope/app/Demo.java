package dev.paperscope.app;

import dev.paperscope.catalog.IngestOutcome;
import dev.paperscope.ingest.ParseException;
import dev.paperscope.ingest.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /** Ingests every bundled page; re-running it changes nothing. */
    public static List<IngestOutcome> ingestBundledPages(Paperscope paperscope) throws ParseException {
        List<IngestOutcome> outcomes = new ArrayList<>();
        for (String name : resource("demo/manifest.txt").lines().map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            byte[] bytes = resourceBytes("demo/seeds/" + name);
            outcomes.add(paperscope.ingestDocument(SourceDocument.of(name, bytes), Optional.empty()));
        }
        return outcomes;
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
