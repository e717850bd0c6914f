package dev.paperscope.cli;

import dev.paperscope.app.Counted;
import dev.paperscope.search.Bm25Search;
import dev.paperscope.search.QuerySyntax;
import dev.paperscope.search.RecordRef;
import dev.paperscope.search.SearchHit;
import dev.paperscope.search.SearchResults;
import dev.paperscope.search.Understood;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Human-readable search results; highlights become bold on a terminal and stay as ** elsewhere. */
final class ResultPrinter {
    private static final Pattern MARKED = Pattern.compile(Pattern.quote(Bm25Search.MARK) + "(.+?)" + Pattern.quote(Bm25Search.MARK));

    private ResultPrinter() {
    }

    static void print(SearchResults results, PrintWriter out, boolean terminal) {
        print(results, false, out, terminal);
    }

    /** {@code works}: each hit is a work (its id a work id), and the total counts matching records. */
    static void print(SearchResults results, boolean works, PrintWriter out, boolean terminal) {
        results.notes().forEach(n -> out.println("note: " + n));
        if (!results.understood().isEmpty()) {
            out.println("showing " + Understood.describe(results.understood()) + "; search only the words instead: "
                    + QuerySyntax.wordsOnly(results.query()));
        }
        if (results.total() == 0 && results.hits().isEmpty()) {
            out.printf("No records match %s (%.1f ms)%n", results.query(), results.millis());
            return;
        }
        if (works) {
            out.printf("%s from %d%s %s for %s (%.1f ms)%n", Counted.of(results.hits().size(), "work"), results.total(),
                    results.totalExact() ? "" : "+", Counted.noun(results.totalExact() ? results.total() : 2, "matching record"), results.query(),
                    results.millis());
        } else {
            out.printf("%d of %d%s %s for %s (%.1f ms)%n", results.hits().size(), results.total(), results.totalExact() ? "" : "+",
                    Counted.noun(results.totalExact() ? results.total() : 2, "hit"), results.query(), results.millis());
        }
        int rank = 1;
        for (SearchHit h : results.hits()) {
            out.printf("%2d. [%s] %s  (score %.3f)%s%n", rank++, h.kind(), h.title() == null ? "(untitled)" : h.title(), h.score(),
                    works ? "  " + h.id() + (h.records().size() > 1 ? ", " + h.records().size() + " records" : "") : "");
            String meta = meta(h);
            if (!meta.isEmpty()) {
                out.println("    " + meta);
            }
            for (RecordRef r : h.records()) {
                out.println("    " + r.file() + ":" + r.line() + "  " + r.id());
            }
            if (h.snippet() != null) {
                String snippet = h.snippet().replaceAll("\\s+", " ");
                out.println("    " + MARKED.matcher(snippet).replaceAll(terminal ? "\u001B[1m$1\u001B[0m" : "**$1**"));
            }
        }
    }

    private static String meta(SearchHit h) {
        List<String> parts = new ArrayList<>();
        if (!h.authors().isEmpty()) {
            parts.add(h.authors().size() <= 4 ? String.join(", ", h.authors())
                    : String.join(", ", h.authors().subList(0, 3)) + " … " + h.authors().getLast());
        }
        if (h.venue() != null || h.year() != null) {
            parts.add(((h.venue() == null ? "" : h.venue()) + " " + (h.year() == null ? "" : h.year())).strip());
        }
        if (h.room() != null) {
            parts.add(h.room());
        }
        if (h.start() != null) {
            parts.add(h.start());
        }
        return String.join(" · ", parts);
    }
}
