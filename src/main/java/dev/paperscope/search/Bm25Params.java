package dev.paperscope.search;

/** BM25 parameters; the defaults (k1 0.9, b 0.4) are Anserini's, tuned for short scholarly texts. */
public record Bm25Params(float k1, float b) {
    public static final Bm25Params DEFAULT = new Bm25Params(0.9f, 0.4f);

    public Bm25Params {
        if (!(k1 >= 0) || !Float.isFinite(k1)) {
            throw new IllegalArgumentException("BM25 k1 must be a finite number >= 0, was " + k1);
        }
        if (!(b >= 0 && b <= 1)) {
            throw new IllegalArgumentException("BM25 b must lie in [0, 1], was " + b);
        }
    }
}
