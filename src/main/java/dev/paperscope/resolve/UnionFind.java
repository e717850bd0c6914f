package dev.paperscope.resolve;

import java.util.HashMap;
import java.util.Map;

/** Disjoint sets over string keys, with path halving; the smaller key becomes the root, for determinism. */
final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    String find(String x) {
        parent.putIfAbsent(x, x);
        String p = x;
        while (!parent.get(p).equals(p)) {
            parent.put(p, parent.get(parent.get(p)));
            p = parent.get(p);
        }
        return p;
    }

    /** Joins the sets of a and b; false when they were joined already. */
    boolean union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (ra.equals(rb)) {
            return false;
        }
        if (ra.compareTo(rb) < 0) {
            parent.put(rb, ra);
        } else {
            parent.put(ra, rb);
        }
        return true;
    }
}
