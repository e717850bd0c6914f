package dev.paperscope.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * CSS selectors naming an element of a page, for provenance: from the nearest ancestor (or the element
 * itself) with an id that is unique in the page ({@code #event-12 > div:nth-child(2)}), else from
 * {@code body}. Linear in the page: sibling positions are computed once per parent, and each element's
 * selector once ({@link Element#cssSelector()} checks uniqueness against the whole page at every step,
 * quadratic on long listings).
 */
final class ElementPaths {
    private static final Pattern PLAIN_ID = Pattern.compile("-?[A-Za-z_][A-Za-z0-9_-]*");
    private final Map<Element, String> selectors = new IdentityHashMap<>();
    private final Map<Element, Integer> positions = new IdentityHashMap<>();
    private final Map<String, Integer> idCounts = new HashMap<>();

    ElementPaths(Document doc) {
        for (Element e : doc.getAllElements()) {
            String id = e.id();
            if (!id.isBlank()) {
                idCounts.merge(id, 1, Integer::sum);
            }
        }
    }

    String of(Element element) {
        Deque<Element> chain = new ArrayDeque<>();
        String prefix = null;
        for (Element e = element; e != null; e = e.parent()) {
            String known = selectors.get(e);
            if (known != null) {
                prefix = known;
                break;
            }
            if (isUniqueId(e.id())) {
                prefix = idSelector(e.id());
                selectors.put(e, prefix);
                break;
            }
            if (e.normalName().equals("body") || e.parent() == null || e.parent() instanceof Document) {
                prefix = e.normalName();
                selectors.put(e, prefix);
                break;
            }
            chain.push(e);
        }
        String path = prefix;
        while (!chain.isEmpty()) {
            Element e = chain.pop();
            path = (path == null ? "" : path + " > ") + e.normalName() + ":nth-child(" + position(e) + ")";
            selectors.put(e, path);
        }
        return path;
    }

    private boolean isUniqueId(String id) {
        return !id.isBlank() && idCounts.getOrDefault(id, 0) == 1;
    }

    private static String idSelector(String id) {
        return PLAIN_ID.matcher(id).matches() ? "#" + id : "[id=\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    /** The element's 1-based position among its parent's element children (CSS {@code :nth-child}). */
    private int position(Element e) {
        Integer known = positions.get(e);
        if (known == null) {
            int i = 1;
            for (Element sibling : e.parent().children()) {
                positions.put(sibling, i++);
            }
            known = positions.get(e);
        }
        return known;
    }
}
