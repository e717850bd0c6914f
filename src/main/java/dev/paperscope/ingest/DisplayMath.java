package dev.paperscope.ingest;

import java.util.List;

/** LaTeX display maths standing on lines of its own: {@code \[ … \]} or {@code $$ … $$}, possibly over several lines. */
final class DisplayMath {
    private DisplayMath() {
    }

    static boolean opens(String stripped) {
        return stripped.startsWith("\\[") || stripped.startsWith("$$");
    }

    /** Index of the line that closes the display opened at {@code open}, or -1 when nothing closes it. */
    static int closingLine(List<String> lines, int open) {
        String first = lines.get(open).strip();
        String closer = first.startsWith("\\[") ? "\\]" : "$$";
        if (first.indexOf(closer, 2) >= 0) {
            return open;
        }
        for (int i = open + 1; i < lines.size(); i++) {
            if (lines.get(i).contains(closer)) {
                return i;
            }
        }
        return -1;
    }
}
