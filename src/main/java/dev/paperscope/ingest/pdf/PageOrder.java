package dev.paperscope.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reading order on a page. A page whose text leaves a vertical strip near its middle empty has two
 * columns: between full-width lines (title, names, wide figures) the left column is read before the
 * right one. Pieces of one line that the stripper cut at a wide space (justified text, a sentence gap)
 * are joined again when the gap holds no gutter.
 */
final class PageOrder {
    /** Pieces of a line closer than this many font sizes, with no gutter between, are one segment. */
    static final float JOIN_GAP = 3f;

    private PageOrder() {
    }

    /** The gutter of a two-column page as {@code [from, to]} in points, or null for one column. */
    static float[] gutter(PageLayout page) {
        List<Segment> lines = page.segments().stream().filter(s -> s.text().length() >= 3).toList();
        if (lines.size() < 10) {
            return null;
        }
        int w = Math.max(1, (int) Math.ceil(page.width()));
        int[] cover = new int[w + 1];
        for (Segment s : lines) {
            for (int x = Math.max(0, (int) s.x0()); x <= Math.min(w, (int) Math.ceil(s.x1())); x++) {
                cover[x]++;
            }
        }
        int limit = Math.max(1, (int) (0.12 * lines.size()));
        int lo = (int) (0.3 * w);
        int hi = (int) (0.7 * w);
        int bestFrom = -1;
        int bestLen = 0;
        for (int x = lo; x <= hi; x++) {
            if (cover[x] <= limit) {
                int from = x;
                while (x <= hi && cover[x] <= limit) {
                    x++;
                }
                if (x - from > bestLen) {
                    bestLen = x - from;
                    bestFrom = from;
                }
            }
        }
        if (bestLen < 6) {
            return null;
        }
        float from = bestFrom;
        float to = bestFrom + bestLen;
        long left = lines.stream().filter(s -> s.x1() <= from + 1 && s.width() > 0.25f * page.width()).count();
        long right = lines.stream().filter(s -> s.x0() >= to - 1 && s.width() > 0.25f * page.width()).count();
        return left >= 4 && right >= 4 ? new float[] {from, to} : null;
    }

    /** The page's segments in reading order, with pieces of one column line joined. */
    static List<Segment> order(PageLayout page) {
        float[] gutter = gutter(page);
        List<Segment> joined = join(rows(page.segments()), gutter);
        if (gutter == null) {
            return joined;
        }
        float mid = (gutter[0] + gutter[1]) / 2;
        List<Segment> out = new ArrayList<>();
        List<Segment> left = new ArrayList<>();
        List<Segment> right = new ArrayList<>();
        for (Segment s : joined) {
            if (s.x1() <= mid + 2) {
                left.add(s);
            } else if (s.x0() >= mid - 2) {
                right.add(s);
            } else {
                out.addAll(left);
                out.addAll(right);
                left.clear();
                right.clear();
                out.add(s);
            }
        }
        out.addAll(left);
        out.addAll(right);
        return out;
    }

    /** Segments by rows (baselines within a third of a font size), each row left to right. */
    static List<Segment> rows(List<Segment> segments) {
        List<Segment> byBase = new ArrayList<>(segments);
        byBase.sort(Comparator.comparingDouble(Segment::base).thenComparingDouble(Segment::x0));
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < byBase.size()) {
            Segment first = byBase.get(i);
            int j = i + 1;
            while (j < byBase.size() && byBase.get(j).base() - first.base() < Math.max(1.5f, 0.3f * first.size())) {
                j++;
            }
            List<Segment> row = new ArrayList<>(byBase.subList(i, j));
            row.sort(Comparator.comparingDouble(Segment::x0));
            out.addAll(row);
            i = j;
        }
        return out;
    }

    private static List<Segment> join(List<Segment> rows, float[] gutter) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : rows) {
            Segment last = out.isEmpty() ? null : out.getLast();
            if (last != null && joins(last, s, gutter)) {
                out.set(out.size() - 1, new Segment(last.page(), last.text() + " " + s.text(), last.x0(), s.x1(), Math.min(last.top(), s.top()),
                        last.base(), last.size(), last.bold() && s.bold(), last.font()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean joins(Segment a, Segment b, float[] gutter) {
        float gap = b.x0() - a.x1();
        if (gap < 0 || Math.abs(a.base() - b.base()) > 1.5f || Math.abs(a.size() - b.size()) > 0.6f || gap > JOIN_GAP * a.size()) {
            return false;
        }
        if (gutter != null && a.x1() <= gutter[1] && b.x0() >= gutter[0]) {
            return false;
        }
        // Names or contact details set side by side are far apart; a sentence gap is a few spaces wide.
        return gutter != null || gap < 1.6f * a.size();
    }
}
