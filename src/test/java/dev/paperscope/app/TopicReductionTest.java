package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TopicReductionTest {
    static Stream<double[][]> matrices() {
        Random random = new Random(3);
        double[][] wide = new double[7][5];
        for (double[] row : wide) {
            for (int d = 0; d < row.length; d++) {
                row[d] = random.nextGaussian();
            }
        }
        return Stream.of(new double[][] {{1, 2}, {3, 4}}, new double[][] {{0, 0, 1}, {2, 0, 0}}, wide);
    }

    /** The row-by-row scatter equals XᵀX computed the plain way. */
    @ParameterizedTest
    @MethodSource("matrices")
    void scatterIsTheTransposeTimesTheMatrix(double[][] x) {
        int dims = x[0].length;
        double[][] scatter = TopicReduction.scatter(x, dims);
        for (int a = 0; a < dims; a++) {
            for (int b = 0; b < dims; b++) {
                double expected = 0;
                for (double[] row : x) {
                    expected += row[a] * row[b];
                }
                assertThat(scatter[a][b]).as("(%d, %d)", a, b).isCloseTo(expected, Offset.offset(1e-12));
            }
        }
    }
}
