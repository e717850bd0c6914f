package dev.paperscope.resolve;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Folds text to ASCII the way the search index does (Lucene's ASCIIFoldingFilter), so a key built here
 * agrees with what {@code author:} queries match: "Łącki" → "Lacki", "Gühring" → "Guhring".
 */
final class Folding {
    private Folding() {
    }

    static String toAscii(String s) {
        char[] in = s.toCharArray();
        char[] out = new char[in.length * 4];
        int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, n);
    }
}
