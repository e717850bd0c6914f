package dev.paperscope.ingest.pdf;

import java.util.List;

/** One page as laid out: its 1-based number, size in points, horizontal segments, and the text set sideways. */
record PageLayout(int number, float width, float height, List<Segment> segments, String sideways) {
    PageLayout {
        segments = List.copyOf(segments);
    }
}
