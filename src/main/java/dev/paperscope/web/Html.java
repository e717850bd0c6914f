package dev.paperscope.web;

import dev.paperscope.api.WriteAuth;
import dev.paperscope.search.Hits;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one escaping helper of the pages. Every piece of untrusted text (titles, abstracts, names, queries)
 * reaches HTML through {@link #text} or {@link #attr}; markup is only ever added to escaped text.
 */
public final class Html {
    /**
     * Goes into every form that posts: {@link Pages#html} fills in the server's form token, which a form
     * post needs besides the write cookie. Escaped text never holds it (it has a {@code <}).
     */
    public static final String FORM_TOKEN = "<input type=\"hidden\" name=\"" + WriteAuth.FORM_FIELD + "\">";

    private Html() {
    }

    /** Text escaped for element content and quoted attribute values; null becomes empty. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Same escaping as {@link #text}; named apart so the call site says where the value goes. */
    public static String attr(String s) {
        return text(s);
    }

    /** A query-string value. */
    public static String url(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    /**
     * A snippet whose highlighted terms the index marked with {@code **}: escaped first, then each marked
     * span becomes {@code <mark>}. An unpaired marker is left as text.
     */
    public static String marked(String snippet) {
        String escaped = text(snippet);
        StringBuilder out = new StringBuilder(escaped.length() + 32);
        int at = 0;
        while (true) {
            int open = escaped.indexOf(Hits.MARK, at);
            int close = open < 0 ? -1 : escaped.indexOf(Hits.MARK, open + Hits.MARK.length());
            if (close < 0) {
                out.append(escaped, at, escaped.length());
                return out.toString();
            }
            out.append(escaped, at, open).append("<mark>")
                    .append(escaped, open + Hits.MARK.length(), close).append("</mark>");
            at = close + Hits.MARK.length();
        }
    }
}
