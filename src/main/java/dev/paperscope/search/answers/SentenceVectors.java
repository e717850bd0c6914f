package dev.paperscope.search.answers;

import java.util.List;

/**
 * Unit vectors of a question and of sentences from one embedding model, for the dense part of sentence
 * scores. Implementations may cache sentence vectors: embedding many sentences per question is slow.
 */
public interface SentenceVectors {
    float[] question(String question);

    /** One vector per sentence, in order. */
    List<float[]> sentences(List<String> sentences);

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
