package dev.paperscope.index;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99ScalarQuantizedVectorsFormat;

/**
 * The codec that writes the first model's vectors ({@link IndexSchema#VECTOR}) in the chosen HNSW format,
 * and a second model's ({@link IndexSchema#vectorField vectorField(1)}) without a graph: that model only
 * re-scores candidates the first one and BM25 found (exactly, from the stored vectors), so a graph would
 * cost index time and never be searched. Readers need no special codec: each segment names its vector
 * format, which Lucene finds by name.
 */
final class VectorCodecs {
    /**
     * Graph neighbours per node and candidates kept while building: Lucene's defaults. Our corpora are
     * thousands to a few hundred thousand passages, where these give near-exact recall; larger values
     * only slow down indexing.
     */
    static final int MAX_CONN = 16;
    static final int BEAM_WIDTH = 100;

    private VectorCodecs() {
    }

    static Codec codec(VectorQuantization quantization) {
        KnnVectorsFormat format = switch (quantization) {
            case NONE -> new Lucene99HnswVectorsFormat(MAX_CONN, BEAM_WIDTH);
            case INT8 -> new Lucene99HnswScalarQuantizedVectorsFormat(MAX_CONN, BEAM_WIDTH);
        };
        // The flat format Lucene registers by name keeps the raw float vectors beside an int8 copy; the raw
        // ones are what re-scoring reads. (Lucene99FlatVectorsFormat is not registered, so no reader finds it.)
        KnnVectorsFormat flat = new Lucene99ScalarQuantizedVectorsFormat();
        return new Lucene103Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                if (field.equals(IndexSchema.VECTOR)) {
                    return format;
                }
                return IndexSchema.isVectorField(field) ? flat : super.getKnnVectorsFormatForField(field);
            }
        };
    }
}
