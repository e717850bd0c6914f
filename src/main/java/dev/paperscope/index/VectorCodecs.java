package dev.paperscope.index;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;

/**
 * The codec that writes the vector fields ({@link IndexSchema#vectorField}) in the chosen HNSW format. Readers need no special
 * codec: each segment names its vector format, which Lucene finds by name.
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
        return new Lucene103Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return IndexSchema.isVectorField(field) ? format : super.getKnnVectorsFormatForField(field);
            }
        };
    }
}
