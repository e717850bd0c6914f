package dev.paperscope.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.SourceDocument;
import dev.paperscope.ingest.SourceRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Resolution of the five seed pages with no reference list at all: authors alone join an untitled award to its paper. */
class SeedsWithoutReferencesTest {
    private static final Path REPO = Path.of(System.getProperty("paperscope.repo", "."));
    private static List<SourceRecord> records;
    private static Map<String, SourceRecord> byId;
    private static List<Work> works;

    @BeforeAll
    static void resolveSeeds() throws Exception {
        records = new ArrayList<>();
        try (var files = Files.list(REPO.resolve("demo/seeds"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                records.addAll(Formats.parse(SourceDocument.read(p), Optional.empty()).records());
            }
        }
        byId = records.stream().collect(Collectors.toMap(SourceRecord::id, r -> r));
        works = WorkResolver.resolve(records, Map.of());
    }

    @Test
    void imagensUntitledAwardJoinsItsTitledWorkByItsAuthors() {
        SourceRecord award = records.stream().filter(r -> r.source().file().startsWith("003") && r.authors().contains("Chitwan Saharia"))
                .findFirst().orElseThrow();
        Work imagen = works.stream().filter(w -> w.recordIds().contains(award.id())).findFirst().orElseThrow();
        assertThat(imagen.title()).isEqualTo("Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding");
        assertThat(imagen.recordIds().stream().map(id -> byId.get(id).source().file().substring(0, 3)).distinct())
                .containsExactlyInAnyOrder("000", "001", "003");
        assertThat(imagen.merges()).filteredOn(m -> m.rule().equals(UntitledJoin.RULE)).singleElement()
                .satisfies(m -> assertThat(m.evidence()).contains("same first author"));
    }

    @Test
    void everyAuthorJoinPutsOneUntitledRecordBesideTitledOnesOfOneTitle() {
        List<Merge> joins = works.stream().flatMap(w -> w.merges().stream()).filter(m -> m.rule().equals(UntitledJoin.RULE)).toList();
        joins.forEach(m -> System.out.println("untitled join: " + byId.get(m.left()).title() + " <- "
                + byId.get(m.right()).source().file().substring(0, 3) + ":" + byId.get(m.right()).source().line() + " (" + m.evidence() + ")"));
        assertThat(joins).isNotEmpty();
        for (Work w : works) {
            List<String> titles = w.recordIds().stream().map(byId::get).filter(r -> r.kind() != RecordKind.BLOG_POST)
                    .map(SourceRecord::title).filter(t -> t != null).map(t -> TitleKey.of(t).normalized()).distinct().toList();
            assertThat(titles).as(w.id()).hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void blogPostsPresentingOnePaperAreLinkedToIt() {
        List<About> links = works.stream().flatMap(w -> w.about().stream()).distinct().toList();
        links.forEach(a -> System.out.println("about: " + byId.get(a.post()).title() + " -> " + byId.get(a.paper()).title() + " (" + a.evidence() + ")"));
        for (About a : links) {
            assertThat(byId.get(a.post()).kind()).isEqualTo(RecordKind.BLOG_POST);
            assertThat(byId.get(a.paper()).kind()).isNotEqualTo(RecordKind.BLOG_POST);
        }
        assertThat(links).isNotEmpty();
    }
}
