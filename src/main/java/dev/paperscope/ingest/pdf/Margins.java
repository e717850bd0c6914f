package dev.paperscope.ingest.pdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Running headers and footers: lines in a page's top or bottom margin that recur (digits aside) on
 * several pages, and page numbers there ("3", "iv", "Page 3", "3 of 12"). They are not the body's text.
 */
final class Margins {
    static final float MARGIN_SHARE = 0.09f;
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(page\\s+)?(\\d{1,4}|[ivxlc]{1,6})(\\s+of\\s+\\d{1,4})?|[-–—]\\s*\\d{1,4}\\s*[-–—]");

    private final Set<String> repeated;

    private Margins(Set<String> repeated) {
        this.repeated = repeated;
    }

    /** The running lines of these pages: a margin line recurring on at least two pages and a fifth of them. */
    static Margins of(List<PageLayout> pages) {
        Map<String, Set<Integer>> onPages = new HashMap<>();
        for (PageLayout p : pages) {
            for (Segment s : p.segments()) {
                if (inMargin(s, p)) {
                    onPages.computeIfAbsent(key(s.text()), k -> new HashSet<>()).add(p.number());
                }
            }
        }
        int min = Math.max(2, (int) Math.ceil(pages.size() * 0.2));
        Set<String> repeated = new HashSet<>();
        onPages.forEach((k, v) -> {
            if (v.size() >= min && !k.isBlank()) {
                repeated.add(k);
            }
        });
        return new Margins(repeated);
    }

    /** True for a running header or footer, or a page number in the margin. */
    boolean isRunning(Segment s, PageLayout page) {
        if (!inMargin(s, page)) {
            return false;
        }
        return isPageNumber(s.text()) || repeated.contains(key(s.text()));
    }

    static boolean isPageNumber(String text) {
        return PAGE_NUMBER.matcher(text.strip()).matches();
    }

    static boolean inMargin(Segment s, PageLayout page) {
        return s.base() < page.height() * MARGIN_SHARE + s.size() || s.top() > page.height() * (1 - MARGIN_SHARE) - s.size();
    }

    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }
}
