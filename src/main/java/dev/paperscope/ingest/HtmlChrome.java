package dev.paperscope.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What {@link HtmlText} leaves out of a page, by semantics and never by a site's class names, and how it
 * writes formulas: see {@link HtmlText}'s class comment.
 */
final class HtmlChrome {
    /** Elements after a span or div where MathJax 2 puts a formula's TeX script (preview, rendering, script). */
    private static final int TEX_SCRIPT_LOOKAHEAD = 4;
    private static final Set<String> DROPPED = Set.of("head", "script", "style", "noscript", "template", "nav", "aside",
            "dialog", "summary", "button", "select", "option", "datalist", "textarea", "input", "svg", "canvas", "iframe", "object",
            "embed", "img", "picture", "video", "audio", "source", "track", "map", "area", "meta", "link", "title");
    private static final Set<String> DROPPED_ROLES = Set.of("navigation", "complementary", "dialog", "alertdialog", "search");
    private static final Set<String> LANDMARK_PARENTS = Set.of("article", "aside", "main", "nav", "section");

    private HtmlChrome() {
    }

    /** Whether an element and what it holds are left out (see the class comment). */
    static boolean dropped(Element e) {
        String tag = e.normalName();
        if (DROPPED.contains(tag) && !isTexScript(e)) {
            return true;
        }
        String role = e.attr("role").strip().toLowerCase(java.util.Locale.ROOT);
        if (DROPPED_ROLES.contains(role) || e.attr("aria-modal").equalsIgnoreCase("true")) {
            return true;
        }
        if ((role.equals("banner") || role.equals("contentinfo")) || (tag.equals("header") || tag.equals("footer")) && isPageLandmark(e)) {
            return true;
        }
        // aria-hidden marks a presentational duplicate (a formula's rendering beside its MathML). Content that is
        // merely collapsed (hidden, display:none) stays: a saved page keeps abstracts a script folded away.
        return e.attr("aria-hidden").equalsIgnoreCase("true") || precedesTexScript(e);
    }

    private static boolean isPageLandmark(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (LANDMARK_PARENTS.contains(p.normalName()) || p.attr("role").equalsIgnoreCase("main")) {
                return false;
            }
        }
        return true;
    }

    /** MathJax 2 keeps a formula's TeX in {@code <script type="math/tex">}. */
    static boolean isTexScript(Element e) {
        return e.normalName().equals("script") && e.attr("type").toLowerCase(java.util.Locale.ROOT).startsWith("math/tex");
    }

    /**
     * MathJax's rendering of a formula (spans before its TeX script): the script gives the formula once.
     * MathJax puts at most a preview and a rendering before the script, so only the next few elements are
     * looked at (a page of thousands of sibling divs must not cost a walk to its end from each of them).
     */
    private static boolean precedesTexScript(Element e) {
        if (!e.normalName().equals("span") && !e.normalName().equals("div") && !e.normalName().equals("nobr")) {
            return false;
        }
        int elements = 0;
        for (Node n = e.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof TextNode t && t.isBlank()) {
                continue;
            }
            if (++elements > TEX_SCRIPT_LOOKAHEAD) {
                return false;
            }
            if (n instanceof Element s && isTexScript(s)) {
                return true;
            }
            if (!(n instanceof Element s) || !(s.normalName().equals("span") || s.normalName().equals("div"))) {
                return false;
            }
        }
        return false;
    }

    /** A formula's TeX: a MathJax script's text or a MathML annotation, in $…$ (display: $$…$$); null if none. */
    static String tex(Element e) {
        if (isTexScript(e)) {
            boolean display = e.attr("type").toLowerCase(java.util.Locale.ROOT).contains("mode=display");
            return wrap(e.data().strip(), display);
        }
        if (e.normalName().equals("math")) {
            Element annotation = e.selectFirst("annotation[encoding=\"application/x-tex\"]");
            boolean display = e.attr("display").equalsIgnoreCase("block");
            return annotation != null ? wrap(annotation.wholeText().strip(), display) : e.text();
        }
        return null;
    }

    private static String wrap(String tex, boolean display) {
        return display ? "$$" + tex + "$$" : "$" + tex + "$";
    }
}
