package dev.paperscope.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.paperscope.index.VectorSpace;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.search.dense.Passage;
import dev.paperscope.testing.Records;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JitteredCopyVectorsTest {
    private static final int DIM = 384;
    private final float[] base = unit(new Random(7));
    private final SourceRecord original = Records.paper("c00-papers.jsonl", 3, "Sparse mixtures of experts").build();
    private final SourceRecord copy = Records.paper("c04-papers.jsonl", 3, "Sparse mixtures of experts").build();

    @Test
    void copyZeroKeepsTheModelsVectorAndLaterCopiesStayNearIt() {
        JitteredCopyVectors source = source(11);
        Map<String, float[]> v = source.vectorsFor(List.of(original, copy));
        assertThat(v.get(original.id())).isSameAs(base);
        float[] jittered = v.get(copy.id());
        assertThat(dot(jittered, jittered)).isCloseTo(1.0, within(1e-4));
        assertThat(dot(jittered, base)).isCloseTo(JitteredCopyVectors.TARGET_COSINE, within(0.03));
        assertThat(source.handedOut()).containsOnlyKeys(original.id(), copy.id());
    }

    @Test
    void theSameSeedGivesTheSameVectorsAndAnotherSeedOthers() {
        float[] first = source(11).vectorsFor(List.of(copy)).get(copy.id());
        float[] again = source(11).vectorsFor(List.of(copy)).get(copy.id());
        float[] other = source(12).vectorsFor(List.of(copy)).get(copy.id());
        assertThat(again).containsExactly(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void aRecordWhosePassageHasNoVectorGetsNone() {
        SourceRecord unknown = Records.paper("c01-papers.jsonl", 9, "Something never embedded").build();
        assertThat(source(11).vectorsFor(List.of(unknown))).isEmpty();
    }

    @Test
    void copyNumbersComeFromTheFileNamePrefix() {
        assertThat(CopiedCorpus.copyOf("c00-neurips.jsonl")).isZero();
        assertThat(CopiedCorpus.copyOf("c11-neurips.jsonl.gz")).isEqualTo(11);
        assertThat(CopiedCorpus.copyOf("neurips-c11.jsonl")).isZero();
    }

    private JitteredCopyVectors source(long seed) {
        String sha = Passage.of(original).orElseThrow().sha256();
        return new JitteredCopyVectors(new VectorSpace("test-model", DIM), Map.of(sha, base), seed);
    }

    private static float[] unit(Random random) {
        float[] v = new float[DIM];
        double n = 0;
        for (int i = 0; i < DIM; i++) {
            v[i] = (float) random.nextGaussian();
            n += v[i] * v[i];
        }
        for (int i = 0; i < DIM; i++) {
            v[i] /= (float) Math.sqrt(n);
        }
        return v;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
