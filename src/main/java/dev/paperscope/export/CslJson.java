package dev.paperscope.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Citables as CSL-JSON (the input of citeproc, Zotero and pandoc): an array of items, ids are the BibTeX
 * keys. Provenance goes in {@code custom} (CSL-JSON 1.0.2's place for data no style prints), not in
 * {@code note}, which some styles print. Citables without a title are left out, as in BibTeX.
 */
final class CslJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "del", "della", "di", "du",
            "la", "le", "des", "dos", "das", "ter", "ten", "bin", "al");

    /** BibTeX fields with a CSL variable of their own, carried over from an entry's own fields. */
    private static final Map<String, String> BIBTEX_VARIABLES = new TreeMap<>(Map.of(
            "doi", "DOI", "volume", "volume", "number", "issue", "pages", "page", "publisher", "publisher", "isbn", "ISBN",
            "issn", "ISSN"));
    private static final Set<String> VERBATIM = Set.of("doi", "isbn", "issn");

    private CslJson() {
    }

    static String write(List<Citable> citables) {
        Map<String, String> keys = BibtexKeys.assign(citables);
        ArrayNode items = MAPPER.createArrayNode();
        citables.stream().filter(c -> c.title() != null).forEach(c -> items.add(item(c, keys.get(c.id()))));
        try {
            return MAPPER.writeValueAsString(items) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write CSL-JSON: " + e.getMessage(), e);
        }
    }

    private static ObjectNode item(Citable c, String key) {
        ObjectNode item = MAPPER.createObjectNode();
        item.put("id", key);
        item.put("type", EntryType.cslType(c));
        if (c.title() != null) {
            item.put("title", c.title());
        }
        if (!c.authors().isEmpty()) {
            ArrayNode authors = item.putArray("author");
            c.authors().forEach(a -> authors.add(name(a)));
        }
        if (c.year() != null) {
            item.putObject("issued").putArray("date-parts").addArray().add(c.year());
        }
        if (c.venue() != null) {
            item.put("container-title", c.venue());
        }
        if (c.abstractText() != null) {
            item.put("abstract", c.abstractText());
        }
        if (c.url() != null) {
            item.put("URL", c.url());
        }
        c.original().ifPresent(entry -> BIBTEX_VARIABLES.forEach((field, variable) -> {
            String value = entry.fields().get(field);
            if (value != null) {
                item.put(variable, VERBATIM.contains(field) ? value : Latex.toText(value));
            }
        }));
        ObjectNode custom = item.putObject("custom");
        custom.put("paperscope-id", c.id());
        ArrayNode sources = custom.putArray("paperscope-sources");
        c.provenance().forEach(sources::add);
        return item;
    }

    /** "Given Family" (family from the first lower-case particle: "Luc Van Gool" → Van Gool); "Family, Given" as written. */
    static ObjectNode name(String written) {
        ObjectNode n = MAPPER.createObjectNode();
        int comma = written.indexOf(',');
        if (comma > 0) {
            return n.put("family", written.substring(0, comma).strip()).put("given", written.substring(comma + 1).strip());
        }
        String[] words = written.strip().split("\\s+");
        if (words.length == 1) {
            return n.put("literal", words[0]);
        }
        int familyStart = words.length - 1;
        while (familyStart > 1 && PARTICLES.contains(words[familyStart - 1].toLowerCase(Locale.ROOT))) {
            familyStart--;
        }
        return n.put("family", String.join(" ", List.of(words).subList(familyStart, words.length)))
                .put("given", String.join(" ", List.of(words).subList(0, familyStart)));
    }
}
