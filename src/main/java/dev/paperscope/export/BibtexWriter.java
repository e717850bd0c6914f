package dev.paperscope.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Citables as a BibTeX file, one entry each in the given order, with keys from {@link BibtexKeys}. An
 * entry that came from BibTeX is written back as its file had it (type, key, fields with their LaTeX);
 * others are built from the citable. Provenance goes in {@code x-paperscope}, a field BibTeX and biblatex
 * styles ignore (they print only the fields they know), never in {@code note}. Citables without a title
 * are left out (the {@link Exporter} reports them).
 */
final class BibtexWriter {
    /** A word of a title with a capital after its first letter (GLaM, BERT, ImageNet): braced so styles keep its case. */
    private static final Pattern MIXED_CASE = Pattern.compile("[\\p{L}\\p{N}]+[-\\p{L}\\p{N}]*");

    private BibtexWriter() {
    }

    static String write(List<Citable> citables) {
        Map<String, String> keys = BibtexKeys.assign(citables);
        StringBuilder out = new StringBuilder();
        for (Citable c : citables) {
            if (c.title() != null) {
                out.append(entry(c, keys.get(c.id()))).append('\n');
            }
        }
        return out.toString();
    }

    /** The field that says where an entry came from. */
    static final String PROVENANCE = "x-paperscope";

    private static String entry(Citable c, String key) {
        Map<String, String> fields = new LinkedHashMap<>();
        String type;
        if (c.original().isPresent() && !c.original().get().fields().isEmpty()) {
            type = c.original().get().type();
            c.original().get().fields().forEach((name, value) -> {
                if (!name.equals(PROVENANCE)) {
                    fields.put(name, value);
                }
            });
        } else {
            type = c.original().map(BibtexEntry::type).orElseGet(() -> EntryType.of(c).bibtex);
            fields.putAll(built(c, type));
        }
        fields.put(PROVENANCE, Latex.plain(c.id() + "; from " + String.join("; ", c.provenance())));
        StringBuilder out = new StringBuilder("@").append(type).append('{').append(key);
        fields.forEach((name, value) -> out.append(",\n  ").append(name).append(" = {").append(value).append('}'));
        return out.append("\n}\n").toString();
    }

    /** The fields of an entry built from the citable: nothing it does not know, no author it would have to invent. */
    private static Map<String, String> built(Citable c, String type) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (c.title() != null) {
            fields.put("title", protectCase(Latex.keepingLatex(c.title())));
        }
        if (!c.authors().isEmpty()) {
            fields.put("author", String.join(" and ", c.authors().stream().map(Latex::plain).toList()));
        } else if (c.authorMention() != null && !MentionedAuthors.etAl(c.authorMention())
                && !MentionedAuthors.named(c.authorMention()).isEmpty()) {
            // "Ho and Salimans" names everyone; "Song et al." is a mention, not an author list: no author then
            fields.put("author", String.join(" and ", MentionedAuthors.named(c.authorMention()).stream().map(Latex::plain).toList()));
        }
        if (c.venue() != null) {
            fields.put(venueField(type), Latex.plain(c.venue()));
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
        return fields;
    }

    private static String venueField(String type) {
        return switch (type) {
            case "inproceedings", "incollection", "conference" -> "booktitle";
            case "article" -> "journal";
            default -> "howpublished";
        };
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
