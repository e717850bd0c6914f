package dev.paperscope.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Citables as a BibTeX file, one entry each in the given order, with keys from {@link BibtexKeys}. */
final class BibtexWriter {
    /** A word of a title with a capital after its first letter (GLaM, BERT, ImageNet): braced so styles keep its case. */
    private static final Pattern MIXED_CASE = Pattern.compile("[\\p{L}\\p{N}]+[-\\p{L}\\p{N}]*");

    private BibtexWriter() {
    }

    static String write(List<Citable> citables) {
        Map<String, String> keys = BibtexKeys.assign(citables);
        StringBuilder out = new StringBuilder();
        for (Citable c : citables) {
            out.append(entry(c, keys.get(c.id()))).append('\n');
        }
        return out.toString();
    }

    private static String entry(Citable c, String key) {
        Map<String, String> fields = new LinkedHashMap<>();
        EntryType type = EntryType.of(c);
        if (c.title() != null) {
            fields.put("title", protectCase(Latex.keepingLatex(c.title())));
        }
        if (!c.authors().isEmpty()) {
            fields.put("author", String.join(" and ", c.authors().stream().map(Latex::plain).toList()));
        } else if (c.authorMention() != null) {
            // "Song et al." is all the page says: BibTeX's "and others" prints exactly that
            List<String> named = MentionedAuthors.named(c.authorMention()).stream().map(Latex::plain).toList();
            fields.put("author", String.join(" and ", named.isEmpty() ? List.of(Latex.plain(c.authorMention())) : named)
                    + (MentionedAuthors.etAl(c.authorMention()) ? " and others" : ""));
        }
        if (c.venue() != null) {
            fields.put(type == EntryType.INPROCEEDINGS ? "booktitle" : "howpublished", Latex.plain(c.venue()));
        }
        if (c.year() != null) {
            fields.put("year", c.year().toString());
        }
        if (c.url() != null) {
            fields.put("url", url(c.url()));
        }
        if (c.abstractText() != null) {
            fields.put("abstract", Latex.keepingLatex(c.abstractText()));
        }
        fields.put("note", Latex.plain("Paperscope " + c.id() + "; from " + String.join("; ", c.provenance())));
        StringBuilder out = new StringBuilder("@").append(type.bibtex).append('{').append(key);
        fields.forEach((name, value) -> out.append(",\n  ").append(name).append(" = {").append(value).append('}'));
        return out.append("\n}\n").toString();
    }

    /** Braces are percent-encoded in URLs (they would unbalance the field); the rest stays as written for the url package. */
    private static String url(String url) {
        return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D");
    }

    /** Braces words with inner capitals, outside math and commands. */
    static String protectCase(String title) {
        List<String> out = new ArrayList<>();
        boolean inMath = false;
        for (String token : title.split(" ", -1)) {
            boolean plain = !inMath && token.indexOf('\\') < 0 && token.indexOf('{') < 0 && token.indexOf('$') < 0;
            inMath ^= token.chars().filter(ch -> ch == '$').count() % 2 == 1;
            out.add(plain ? protectWords(token) : token);
        }
        return String.join(" ", out);
    }

    private static String protectWords(String token) {
        return MIXED_CASE.matcher(token).replaceAll(m -> {
            String w = m.group();
            boolean innerCapital = w.codePoints().skip(1).anyMatch(Character::isUpperCase);
            return innerCapital ? "{" + w + "}" : w;
        });
    }
}
