package dev.paperscope.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Users' decisions about works as pairwise constraints on record ids: records that must share a work
 * (a hand merge) and records that must not (a hand split). Decisions are applied in the order given and
 * a later one overrides an earlier one about the same pair, so "merge, then split" ends split. Immutable
 * once built.
 */
public final class Constraints {
    public static final Constraints NONE = new Builder().build();
    private final List<Link> mustLink;
    private final List<Link> cannotLink;

    /** One constrained pair and the decision that made it. */
    public record Link(String a, String b, long decision) {
    }

    private Constraints(List<Link> mustLink, List<Link> cannotLink) {
        this.mustLink = List.copyOf(mustLink);
        this.cannotLink = List.copyOf(cannotLink);
    }

    public List<Link> mustLink() {
        return mustLink;
    }

    public List<Link> cannotLink() {
        return cannotLink;
    }

    /** True when joining the sets of {@code a} and {@code b} would put a cannot-link pair in one work. */
    boolean forbids(UnionFind sets, String a, String b) {
        if (cannotLink.isEmpty()) {
            return false;
        }
        String ra = sets.find(a);
        String rb = sets.find(b);
        for (Link l : cannotLink) {
            String rx = sets.find(l.a());
            String ry = sets.find(l.b());
            if (rx.equals(ra) && ry.equals(rb) || rx.equals(rb) && ry.equals(ra)) {
                return true;
            }
        }
        return false;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects decisions in order; the last word on a pair wins. */
    public static final class Builder {
        private final Map<String, Link> must = new LinkedHashMap<>();
        private final Map<String, Link> cannot = new LinkedHashMap<>();

        public Builder merge(long decision, List<String> left, List<String> right) {
            pairs(left, right, decision).forEach(l -> {
                cannot.remove(key(l));
                must.put(key(l), l);
            });
            return this;
        }

        public Builder split(long decision, List<String> left, List<String> right) {
            pairs(left, right, decision).forEach(l -> {
                must.remove(key(l));
                cannot.put(key(l), l);
            });
            return this;
        }

        public Constraints build() {
            return new Constraints(new ArrayList<>(must.values()), new ArrayList<>(cannot.values()));
        }

        private static List<Link> pairs(List<String> left, List<String> right, long decision) {
            List<Link> out = new ArrayList<>();
            for (String a : left) {
                for (String b : right) {
                    out.add(a.compareTo(b) < 0 ? new Link(a, b, decision) : new Link(b, a, decision));
                }
            }
            return out;
        }

        private static String key(Link l) {
            return l.a() + "\u0000" + l.b();
        }
    }
}
