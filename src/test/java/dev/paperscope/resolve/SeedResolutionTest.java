package dev.paperscope.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.SourceDocument;
import dev.paperscope.ingest.SourceRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Resolution on the five real seed pages, with the real ICML 2023 and NeurIPS 2022 paper lists as reference. */
class SeedResolutionTest {
    private static final Path REPO = Path.of(System.getProperty("paperscope.repo", "."));
    private static List<SourceRecord> records;
    private static Map<String, SourceRecord> byId;
    private static Map<String, TitleRecovery> recoveries;
    private static List<Work> works;

    @BeforeAll
    static void resolveSeeds() throws Exception {
        Path conferences = dev.paperscope.testing.DevData.require("conferences");
        records = new ArrayList<>();
        try (var files = Files.list(REPO.resolve("demo/seeds"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                records.addAll(Formats.parse(SourceDocument.read(p), Optional.empty()).records());
            }
        }
        List<SourceRecord> references = new ArrayList<>();
        for (String f : List.of("icml2023_openreview.jsonl", "neurips2022_titles_authors.jsonl")) {
            references.addAll(Formats.parse(SourceDocument.read(conferences.resolve(f)), Optional.empty()).records());
        }
        ReferenceMatcher matcher = new ReferenceMatcher(references);
        recoveries = new HashMap<>();
        recoveries = new HashMap<>(matcher.recoverAll(records));
        byId = records.stream().collect(Collectors.toMap(SourceRecord::id, r -> r));
        works = WorkResolver.resolve(records, recoveries);
    }

    private static Work workOf(String file, String titleStart) {
        SourceRecord r = records.stream().filter(x -> x.source().file().startsWith(file)
                && title(x) != null && title(x).startsWith(titleStart)).findFirst().orElseThrow();
        return works.stream().filter(w -> w.recordIds().contains(r.id())).findFirst().orElseThrow();
    }

    private static String title(SourceRecord r) {
        return r.title() != null ? r.title() : recoveries.containsKey(r.id()) ? recoveries.get(r.id()).title() : null;
    }

    @Test
    void imagenIsOneWorkAcrossThreePages() {
        Work imagen = workOf("003", "Photorealistic Text-to-Image Diffusion");
        assertThat(imagen.recordIds().stream().map(id -> byId.get(id).source().file().substring(0, 3)).distinct())
                .containsExactlyInAnyOrder("000", "001", "003");
        assertThat(imagen.title()).isEqualTo("Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding");
    }

    @Test
    void titlesOfOralsAndAwardsAreRecoveredFromTheConferenceLists() {
        long untitled = records.stream().filter(r -> r.title() == null && r.kind() != dev.paperscope.ingest.RecordKind.BLOG_POST).count();
        long recovered = recoveries.size();
        System.out.printf("title-less records %d, titles recovered %d%n", untitled, recovered);
        records.stream().filter(r -> r.title() == null && r.kind() != dev.paperscope.ingest.RecordKind.BLOG_POST && !recoveries.containsKey(r.id()))
                .forEach(r -> System.out.println("  not recovered: " + r.source().file().substring(0, 3) + ":" + r.source().line() + " " + r.authors()));
        assertThat(recovered).isGreaterThanOrEqualTo(150);
        if (System.getenv("PAPERSCOPE_DUMP_RECOVERIES") != null) {
            recoveries.values().stream().sorted(java.util.Comparator.comparing(TitleRecovery::recordId)).forEach(t -> System.out.println(
                    "RECOVERY\t" + byId.get(t.recordId()).source().file().substring(0, 3) + ":" + byId.get(t.recordId()).source().line()
                    + "\t" + t.title() + "\t" + String.format("%.2f", t.confidence()) + "\t" + t.evidence() + "\t"
                    + String.valueOf(byId.get(t.recordId()).abstractText()).substring(0, Math.min(160, String.valueOf(byId.get(t.recordId()).abstractText()).length()))));
        }
        TitleRecovery nci = recoveries.values().stream().filter(t -> t.title().startsWith("A Neural Corpus Indexer")).findFirst().orElseThrow();
        assertThat(nci.source().file()).isEqualTo("neurips2022_titles_authors.jsonl");
        assertThat(nci.confidence()).isGreaterThan(0.9);
        // Every oral matched an ICML 2023 paper, never a NeurIPS one.
        recoveries.forEach((id, t) -> {
            if (byId.get(id).source().file().startsWith("002")) {
                assertThat(t.source().file()).isEqualTo("icml2023_openreview.jsonl");
            }
        });
    }

    @Test
    void duplicatesInsideAPageAreOneWork() {
        Work polynomial = workOf("000", "Polynomial Neural Fields");
        assertThat(polynomial.recordIds()).hasSize(2);
        Work geometric = workOf("000", "Why Neural Networks Find Simple Solutions");
        assertThat(geometric.recordIds()).hasSize(2);
    }

    @Test
    void noWorkJoinsTwoDifferentTitles() {
        for (Work w : works) {
            List<TitleKey> keys = w.recordIds().stream().map(byId::get).map(SeedResolutionTest::title)
                    .filter(t -> t != null).map(TitleKey::of).toList();
            for (TitleKey k : keys) {
                assertThat(k.jaccard(keys.getFirst())).as(w.id() + " " + keys).isGreaterThanOrEqualTo(0.8);
            }
        }
        long multi = works.stream().filter(w -> w.recordIds().size() > 1).count();
        long crossPage = works.stream().filter(w -> w.recordIds().stream().map(id -> byId.get(id).source().file()).distinct().count() > 1).count();
        System.out.printf("records %d, works %d, multi-record works %d, cross-page works %d%n", records.size(), works.size(), multi, crossPage);
        works.stream().filter(w -> w.recordIds().stream().map(id -> byId.get(id).source().file()).distinct().count() > 1)
                .forEach(w -> System.out.println("  " + w.title() + " <- " + w.recordIds().stream()
                        .map(id -> byId.get(id).source().file().substring(0, 3) + ":" + byId.get(id).source().line()).toList()
                        + " " + w.merges().stream().map(Merge::rule).toList()));
    }
}
