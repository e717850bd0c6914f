package dev.paperscope.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The title of page 1: the lines set in the largest font in the upper part of the page (one to four of
 * them, close together), larger than the body text. Banners and running headers above it are set smaller
 * and are passed over; a line of a single glyph is not a title. The document's metadata title only
 * breaks a tie between two groups of lines in the same largest font.
 */
final class Title {
    /** A title is in the upper part of page 1. */
    static final float TOP_SHARE = 0.6f;
    static final int MAX_LINES = 4;

    /** The title's segments, in order, or an empty list when none is found. */
    static List<Segment> find(List<Segment> rows, PageLayout page, float bodySize, String metadataTitle) {
        float limit = page.height() * TOP_SHARE;
        List<Segment> candidates = rows.stream()
                .filter(s -> s.top() >= -1 && s.base() <= limit && Headings.letters(s.text()) >= 2)
                .toList();
        float max = 0;
        for (Segment s : candidates) {
            max = Math.max(max, s.size());
        }
        if (max < bodySize * 1.15f) {
            return boldTitle(candidates, page, bodySize);
        }
        List<List<Segment>> groups = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (Math.abs(candidates.get(i).size() - max) < 0.6f) {
                List<Segment> group = group(candidates, i, max);
                groups.add(group);
                i = candidates.indexOf(group.getLast());
            }
        }
        List<Segment> chosen = groups.stream().filter(Title::plausible).findFirst().orElse(List.of());
        if (metadataTitle != null && groups.size() > 1) {
            String meta = key(metadataTitle);
            for (List<Segment> g : groups) {
                if (plausible(g) && key(text(g)).equals(meta)) {
                    return g;
                }
            }
        }
        return chosen;
    }

    /**
     * With no type larger than the body's, the first group of bold lines at least the body's size in the
     * upper part of the page, below its top margin (where running headers stand).
     */
    private static List<Segment> boldTitle(List<Segment> candidates, PageLayout page, float bodySize) {
        for (int i = 0; i < candidates.size(); i++) {
            Segment s = candidates.get(i);
            if (s.bold() && s.size() >= bodySize - 0.3f && s.top() > page.height() * 0.06f && s.base() < page.height() * 0.4f
                    && !Abstracts.isHeading(s.text())) {
                List<Segment> group = group(candidates, i, s.size());
                group.removeIf(g -> !g.bold());
                return plausible(group) ? group : List.of();
            }
        }
        return List.of();
    }

    private static List<Segment> group(List<Segment> candidates, int first, float max) {
        List<Segment> group = new ArrayList<>(List.of(candidates.get(first)));
        for (int j = first + 1; j < candidates.size() && group.size() < MAX_LINES; j++) {
            Segment s = candidates.get(j);
            Segment last = group.getLast();
            if (Math.abs(s.size() - max) >= 0.6f) {
                if (s.top() - last.base() > 0.2f * max) {
                    break; // a smaller line below the title ends it; one beside it (a mark) does not
                }
                continue;
            }
            if (s.top() - last.base() > 1.0f * max) {
                break;
            }
            group.add(s);
        }
        return group;
    }

    private static boolean plausible(List<Segment> group) {
        String t = text(group);
        return Headings.letters(t) >= 4 && t.length() >= 6 && !AuthorNames.isContact(t);
    }

    /** The title's text: lines joined, line-end hyphens mended, trailing footnote marks dropped. */
    static String text(List<Segment> group) {
        List<String> lines = group.stream().map(Segment::text).toList();
        String t = TextMending.join(lines, Set.of());
        return t.replaceAll("[\\s*∗†‡§¶⋆]+$", "").replaceAll("\\s+([,:;])", "$1").strip();
    }

    static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private Title() {
    }
}
