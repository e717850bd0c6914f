package dev.paperscope.search.dense;

import ai.djl.huggingface.tokenizers.Encoding;

/**
 * Token ids, attention mask and token types of a batch, right-padded with zeros to the longest member
 * and flattened row-major, as ONNX Runtime takes them.
 */
record TokenBatch(int size, int width, long[] ids, long[] mask, long[] types) {
    static TokenBatch of(Encoding[] encodings, int[] members) {
        int width = 0;
        for (int m : members) {
            width = Math.max(width, encodings[m].getIds().length);
        }
        long[] ids = new long[members.length * width];
        long[] mask = new long[ids.length];
        long[] types = new long[ids.length];
        for (int row = 0; row < members.length; row++) {
            Encoding e = encodings[members[row]];
            System.arraycopy(e.getIds(), 0, ids, row * width, e.getIds().length);
            System.arraycopy(e.getAttentionMask(), 0, mask, row * width, e.getAttentionMask().length);
            System.arraycopy(e.getTypeIds(), 0, types, row * width, e.getTypeIds().length);
        }
        return new TokenBatch(members.length, width, ids, mask, types);
    }
}
