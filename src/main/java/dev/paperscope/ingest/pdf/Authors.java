package dev.paperscope.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The authors of page 1, in printed order: header lines between the title and the abstract that read as
 * lists of names ({@link AuthorNames}) and share the font of the first such line, so that affiliations,
 * addresses and e-mails, set in another style or failing the name test, are left out. Names side by side
 * are read row by row, left to right. With no such line, a lone name set in capitals is the author.
 */
final class Authors {
    private Authors() {
    }

    /** The names found in {@code zone} (page-1 segments below the title and above the abstract, in rows). */
    static List<String> find(List<Segment> zone) {
        Segment style = null;
        List<String> names = new ArrayList<>();
        for (Segment s : zone) {
            List<String> found = AuthorNames.names(s.marked());
            if (found.isEmpty()) {
                continue;
            }
            if (style == null) {
                style = s;
            } else if (!s.sameStyle(style) || !s.font().equals(style.font()) && !s.bold()) {
                continue;
            }
            for (String n : found) {
                if (!names.contains(n)) {
                    names.add(n);
                }
            }
        }
        if (names.isEmpty()) {
            // A lone name set in capitals (amsart's single author) is taken only when no line lists names.
            return zone.stream().map(s -> AuthorNames.loneCapitalsName(s.marked())).filter(java.util.Objects::nonNull).limit(1).toList();
        }
        return names;
    }
}
