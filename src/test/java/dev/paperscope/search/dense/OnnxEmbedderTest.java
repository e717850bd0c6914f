package dev.paperscope.search.dense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The batched ONNX embedder, on the quantized BGE model (small and fast) unless a test needs another. */
class OnnxEmbedderTest {
    private static final String BGE_QUERY = "Represent this sentence for searching relevant passages: ";
    private static final List<String> PASSAGES = List.of(
            "Denoising diffusion probabilistic models\nWe present high quality image synthesis results using diffusion probabilistic models.",
            "Attention is all you need\nThe dominant sequence transduction models are based on complex recurrent or convolutional neural networks.",
            "Proximal policy optimization algorithms\nWe propose a new family of policy gradient methods for reinforcement learning.",
            "Short.",
            "Neural radiance fields represent scenes as continuous volumetric functions for novel view synthesis, "
                    + "optimised from a sparse set of input views with a differentiable volume renderer.");

    private static OnnxEmbedder bge;

    @BeforeAll
    static void load() {
        bge = OnnxEmbedder.load(EmbeddingModels.spec("bge-small-en-v1.5-q"), EmbedderConfig.DEFAULT.withBatchSize(2));
    }

    @AfterAll
    static void close() {
        bge.close();
    }

    @Test
    void loadsFromTheClasspathAndGivesUnitVectorsOfTheModelsDimension() {
        List<float[]> vectors = bge.embedPassages(PASSAGES);

        assertThat(bge.modelId()).isEqualTo("bge-small-en-v1.5-q");
        assertThat(vectors).hasSize(PASSAGES.size()).allSatisfy(v -> {
            assertThat(v).hasSize(384);
            assertThat(Vectors.dot(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        });
    }

    @Test
    void bgePrefixesQueriesWithItsInstructionAndPassagesWithNothing() {
        String text = "image generation with diffusion";

        float[] query = bge.embedQueries(List.of(text)).getFirst();
        float[] passage = bge.embedPassages(List.of(text)).getFirst();

        assertThat(Vectors.dot(query, bge.embedRaw(List.of(BGE_QUERY + text)).getFirst())).isGreaterThan(0.9999);
        assertThat(Vectors.dot(passage, bge.embedRaw(List.of(text)).getFirst())).isGreaterThan(0.9999);
        assertThat(Vectors.dot(query, passage)).isLessThan(0.99);
    }

    @Test
    void e5PrefixesQueriesAndPassagesDifferently() {
        try (OnnxEmbedder e5 = OnnxEmbedder.load(EmbeddingModels.spec("e5-small-v2-q"), EmbedderConfig.DEFAULT)) {
            String text = "reinforcement learning";
            assertThat(Vectors.dot(e5.embedQueries(List.of(text)).getFirst(), e5.embedRaw(List.of("query: " + text)).getFirst()))
                    .isGreaterThan(0.9999);
            assertThat(Vectors.dot(e5.embedPassages(List.of(text)).getFirst(), e5.embedRaw(List.of("passage: " + text)).getFirst()))
                    .isGreaterThan(0.9999);
        }
    }

    @Test
    void aRelevantPassageScoresHigherThanAnIrrelevantOne() {
        float[] query = bge.embedQueries(List.of("generating images by reversing a noising process")).getFirst();
        List<float[]> passages = bge.embedPassages(PASSAGES);

        assertThat(Vectors.dot(query, passages.get(0)))
                .isGreaterThan(Vectors.dot(query, passages.get(1)) + 0.05)
                .isGreaterThan(Vectors.dot(query, passages.get(2)) + 0.05);
    }

    @Test
    void batchingTheFp32ModelChangesNothing() {
        try (OnnxEmbedder fp32 = OnnxEmbedder.load(EmbeddingModels.spec("bge-small-en-v1.5"), EmbedderConfig.DEFAULT.withBatchSize(8))) {
            List<float[]> batched = fp32.embedPassages(PASSAGES);
            for (int i = 0; i < PASSAGES.size(); i++) {
                float[] alone = fp32.embedPassages(List.of(PASSAGES.get(i))).getFirst();
                assertThat(Vectors.dot(batched.get(i), alone)).as("text %d", i).isGreaterThan(0.9999);
            }
            assertMatchesReference(fp32, "bge-small-en-v1.5", 0.9999);
        }
    }

    @Test
    void batchingAQuantizedModelMovesVectorsSlightly() {
        // Quantized models quantize activations dynamically, with one scale per tensor: the scale depends
        // on the other texts in the batch and the padding, so batched vectors are close, not identical.
        List<float[]> batched = bge.embedPassages(PASSAGES);
        for (int i = 0; i < PASSAGES.size(); i++) {
            float[] alone = bge.embedPassages(List.of(PASSAGES.get(i))).getFirst();
            assertThat(Vectors.dot(batched.get(i), alone)).as("text %d", i).isGreaterThan(0.99);
        }
    }

    @Test
    void oneTextPerCallMatchesLangchain4jsOwnImplementation() {
        for (String model : List.of("bge-small-en-v1.5-q", "all-minilm-l6-v2-q")) {
            try (OnnxEmbedder one = OnnxEmbedder.load(EmbeddingModels.spec(model), EmbedderConfig.DEFAULT.withBatchSize(1))) {
                assertMatchesReference(one, model, 0.9999);
            }
        }
    }

    private static void assertMatchesReference(Embedder ours, String model, double minCosine) {
        try (Embedder reference = EmbeddingModels.openReference(model, 2)) {
            List<float[]> expected = reference.embedPassages(PASSAGES);
            List<float[]> actual = ours.embedPassages(PASSAGES);
            for (int i = 0; i < PASSAGES.size(); i++) {
                assertThat(Vectors.dot(actual.get(i), expected.get(i))).as("text %d", i).isGreaterThan(minCosine);
            }
        }
    }

    @Test
    void truncationBeyondTheDefaultWindowGetsItsOwnModelId() {
        try (Embedder short256 = EmbeddingModels.open("bge-small-en-v1.5-q", EmbedderConfig.DEFAULT.withMaxTokens(256))) {
            assertThat(short256.modelId()).isEqualTo("bge-small-en-v1.5-q@256");
        }
    }

    @Test
    void longTextsAreTruncatedToTheWindow() {
        String words = "learning ".repeat(2000);
        try (OnnxEmbedder tiny = OnnxEmbedder.load(EmbeddingModels.spec("bge-small-en-v1.5-q"), EmbedderConfig.DEFAULT.withMaxTokens(16))) {
            // Beyond 16 tokens the text is the same word repeated, so any longer version embeds alike.
            assertThat(Vectors.dot(tiny.embedRaw(List.of(words)).getFirst(), tiny.embedRaw(List.of(words.repeat(2))).getFirst()))
                    .isGreaterThan(0.99999);
        }
    }

    @Test
    void emptyInputGivesNoVectorsAndAClosedEmbedderRefusesWork() {
        OnnxEmbedder other = OnnxEmbedder.load(EmbeddingModels.spec("bge-small-en-v1.5-q"), EmbedderConfig.DEFAULT);
        assertThat(other.embedPassages(List.of())).isEmpty();
        other.close();
        assertThatThrownBy(() -> other.embedPassages(List.of("x"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void unknownModelNamesTheKnownOnes() {
        assertThatThrownBy(() -> EmbeddingModels.open("bert-huge"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bge-small-en-v1.5-q");
    }
}
