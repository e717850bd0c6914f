package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperscope.index.VectorQuantization;
import dev.paperscope.index.VectorSpace;
import dev.paperscope.lists.ListException;
import dev.paperscope.search.recommend.RecommendMethod;
import dev.paperscope.testing.HashingEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recommendations over a data folder: learnt from a list, kept works left out, explained; empty cases say so. */
public class RecommendationsTest {
    /** Six vision and six language papers, as a JSON Lines file (ids v0.., t0..). */
    public static final List<String[]> PAPERS = List.of(
            new String[] {"v0", "Image segmentation with convolutional networks", "Pixel labels for image segmentation with convolutional layers."},
            new String[] {"v1", "Object detection in images", "Convolutional detectors find objects in images."},
            new String[] {"v2", "Convolutional image classification", "Image classification with deep convolutional networks."},
            new String[] {"v3", "Segmentation masks from pixels", "Pixel segmentation masks for object images."},
            new String[] {"v4", "Detection of objects with convolutional features", "Object detection from convolutional image features."},
            new String[] {"v5", "An image classification benchmark", "A benchmark of image classification and detection."},
            new String[] {"t0", "Language models for translation", "Machine translation of sentences with a language model."},
            new String[] {"t1", "Machine translation with attention", "Attention over tokens for machine translation."},
            new String[] {"t2", "Pretrained language model tokens", "Tokens of a pretrained language model and their sentences."},
            new String[] {"t3", "Sentence translation", "Translation of sentences between languages with attention."},
            new String[] {"t4", "Question answering with a language model", "A language model answers questions about sentences."},
            new String[] {"t5", "Tokens and translation", "Subword tokens for machine translation."});
    private static final List<String> SURNAMES = List.of("Abbott", "Barnes", "Carver", "Dalton", "Ellis", "Foster", "Garner", "Harper", "Irwin",
            "Jensen", "Keller", "Lawson");
    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (String[] p : PAPERS) {
            lines.append("{\"id\": \"").append(p[0]).append("\", \"title\": \"").append(p[1]).append("\", \"abstract\": \"").append(p[2]).append("\"}\n");
        }
        Path file = dir.resolve("papers.jsonl");
        Files.writeString(file, lines);
        return file;
    }

    private static Paperscope ingested(Paperscope ps, Path file) {
        ps.ingest(List.of(file), Optional.of("jsonl"), IngestListener.NONE);
        return ps;
    }

    /** Work id by the corpus id each record keeps. */
    private static Map<String, String> works(Paperscope ps) {
        List<String[]> pairs = new ArrayList<>();
        ps.exportRecords(r -> pairs.add(new String[] {r.extra().get("source_id").toString(), ps.works().find(r.id()).orElseThrow().id()}));
        return pairs.stream().collect(Collectors.toMap(p -> p[0], p -> p[1]));
    }

    private static Set<String> corpusIds(RecommendAnswer answer, Map<String, String> works) {
        return answer.recommendations().stream().map(r -> works.entrySet().stream().filter(e -> e.getValue().equals(r.hit().id()))
                .findFirst().orElseThrow().getKey()).collect(Collectors.toSet());
    }

    @Test
    void aListGetsPapersLikeItsOwnExplainedAndNeverItsOwn() throws IOException {
        Path file = corpus();
        try (Paperscope ps = ingested(Paperscope.open(dir.resolve("data")), file)) {
            Map<String, String> works = works(ps);
            ps.lists().create("Vision");
            ps.lists().add("Vision", works.get("v0"), null);
            ps.lists().add("Vision", works.get("v1"), null);
            RecommendAnswer answer = ps.recommendations().recommend(new RecommendationBasis.ReadingList("Vision"), Optional.empty(), 3,
                    Optional.empty());
            assertThat(answer.method()).isEqualTo(RecommendMethod.WITHOUT_VECTORS.externalName());
            assertThat(answer.notes()).anyMatch(n -> n.contains("no vectors"));
            assertThat(answer.kept()).containsExactly(works.get("v0"), works.get("v1"));
            assertThat(corpusIds(answer, works)).hasSize(3).allMatch(id -> id.startsWith("v")).doesNotContain("v0", "v1");
            Recommendation first = answer.recommendations().getFirst();
            assertThat(first.closeTo()).isNotEmpty().allMatch(k -> answer.kept().contains(k.id()));
            assertThat(answer.explanation(first)).startsWith("close to “").endsWith("in your list Vision");
            assertThat(first.hit().records()).isNotEmpty();

            RecommendAnswer again = ps.recommendations().recommend(new RecommendationBasis.ReadingList("Vision"), Optional.empty(), 3,
                    Optional.empty());
            assertThat(again.recommendations()).isEqualTo(answer.recommendations());

            JsonNode json = RecommendJson.toNode(answer);
            assertThat(json.get("hits")).hasSize(3);
            assertThat(json.get("hits").get(0).get("explanation").asText()).isEqualTo(answer.explanation(first));
            assertThat(json.get("hits").get(0).has("score")).isTrue();
            assertThat(json.get("hits").get(0).get("close_to").get(0).get("title").asText()).isNotBlank();
            assertThat(json.get("method").asText()).isEqualTo(RecommendMethod.WITHOUT_VECTORS.externalName());
        }
    }

    @Test
    void aRecommendationByAnAuthorOfTheKeptWorksNamesThem() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (String[] p : PAPERS) {
            String authors = switch (p[0]) {
                case "v0" -> "[\"Ada Lovelace\", \"Alan Turing\"]";
                case "v2", "t1" -> "[\"Grace Hopper\", \"Ada LOVELACE\"]";
                default -> "[\"Sam " + SURNAMES.get(PAPERS.indexOf(p)) + "\"]";
            };
            lines.append("{\"id\": \"").append(p[0]).append("\", \"title\": \"").append(p[1]).append("\", \"authors\": ").append(authors)
                    .append(", \"abstract\": \"").append(p[2]).append("\"}\n");
        }
        Path file = dir.resolve("authored.jsonl");
        Files.writeString(file, lines);
        try (Paperscope ps = ingested(Paperscope.open(dir.resolve("data")), file)) {
            Map<String, String> works = works(ps);
            RecommendAnswer answer = ps.recommendations().recommend(new RecommendationBasis.Works(List.of(works.get("v0"), works.get("v1"))),
                    Optional.empty(), 10, Optional.empty());
            Map<String, Recommendation> byCorpusId = new java.util.HashMap<>();
            answer.recommendations().forEach(r -> byCorpusId.put(works.entrySet().stream().filter(e -> e.getValue().equals(r.hit().id()))
                    .findFirst().orElseThrow().getKey(), r));
            assertThat(byCorpusId.get("v2").byAuthors()).containsExactly("Ada LOVELACE");
            assertThat(answer.explanation(byCorpusId.get("v2"))).endsWith("; by Ada LOVELACE, an author in the works given");
            byCorpusId.forEach((id, r) -> assertThat(r.byAuthors()).as(id).isEqualTo(id.equals("v2") || id.equals("t1") ? List.of("Ada LOVELACE") : List.of()));
            JsonNode json = RecommendJson.toNode(answer);
            assertThat(json.get("hits").findValues("by_authors")).hasSize(answer.recommendations().size());
        }
    }

    @Test
    void aQueryRestrictsTheCandidates() throws IOException {
        Path file = corpus();
        try (Paperscope ps = ingested(Paperscope.open(dir.resolve("data")), file)) {
            Map<String, String> works = works(ps);
            RecommendAnswer answer = ps.recommendations().recommend(new RecommendationBasis.Works(List.of(works.get("t0"))),
                    Optional.of("detection"), 10, Optional.of(RecommendMethod.CENTROID));
            assertThat(corpusIds(answer, works)).isSubsetOf("v1", "v4", "v5");
            assertThat(answer.notes()).anyMatch(n -> n.contains("best matching \"detection\""));
        }
    }

    @Test
    void withVectorsTheCombinedMethodRuns() throws IOException {
        Path file = corpus();
        HashingEmbedder embedder = new HashingEmbedder("hash-test", 64, Map.of());
        EmbeddingSetup setup = new EmbeddingSetup(new VectorSpace("hash-test", 64), VectorQuantization.NONE, () -> embedder);
        try (Paperscope ps = ingested(Paperscope.open(dir.resolve("data"), Optional.of(setup)), file)) {
            Map<String, String> works = works(ps);
            RecommendAnswer answer = ps.recommendations().recommend(new RecommendationBasis.Works(List.of(works.get("t0"), works.get("t1"))),
                    Optional.empty(), 3, Optional.empty());
            assertThat(answer.method()).isEqualTo(RecommendMethod.DEFAULT.externalName());
            assertThat(corpusIds(answer, works)).hasSize(3).allMatch(id -> id.startsWith("t")).doesNotContain("t0", "t1");
        }
    }

    @Test
    void emptyBasesSaySo() throws IOException {
        Path file = corpus();
        try (Paperscope ps = ingested(Paperscope.open(dir.resolve("data")), file)) {
            ps.lists().create("Empty");
            RecommendAnswer empty = ps.recommendations().recommend(new RecommendationBasis.ReadingList("Empty"), Optional.empty(), 5,
                    Optional.empty());
            assertThat(empty.recommendations()).isEmpty();
            assertThat(empty.notes()).anyMatch(n -> n.startsWith("nothing is kept in your list Empty"));
            RecommendAnswer stars = ps.recommendations().recommend(new RecommendationBasis.Starred(), Optional.empty(), 5, Optional.empty());
            assertThat(stars.notes()).anyMatch(n -> n.contains("your stars"));
            RecommendAnswer everything = ps.recommendations().recommend(new RecommendationBasis.Everything(), Optional.empty(), 5, Optional.empty());
            assertThat(everything.recommendations()).isEmpty();
            RecommendAnswer unknown = ps.recommendations().recommend(new RecommendationBasis.Works(List.of("w-gone")), Optional.empty(), 5,
                    Optional.empty());
            assertThat(unknown.notes()).anyMatch(n -> n.contains("not in the library"));
            assertThatThrownBy(() -> ps.recommendations().recommend(new RecommendationBasis.ReadingList("Nope"), Optional.empty(), 5,
                    Optional.empty())).isInstanceOf(ListException.class);
            assertThatThrownBy(() -> ps.recommendations().recommend(new RecommendationBasis.Starred(), Optional.empty(), 5,
                    Optional.of(RecommendMethod.EMBEDDING))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void everythingKeptLeavesNothingToRecommend() throws IOException {
        Path file = corpus();
        try (Paperscope ps = ingested(Paperscope.open(dir.resolve("data")), file)) {
            RecommendAnswer all = ps.recommendations().recommend(new RecommendationBasis.Works(List.copyOf(works(ps).values())),
                    Optional.empty(), 5, Optional.empty());
            assertThat(all.recommendations()).isEmpty();
            assertThat(all.notes()).anyMatch(n -> n.startsWith("nothing to recommend"));
        }
    }
}
