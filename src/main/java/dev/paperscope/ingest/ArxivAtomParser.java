package dev.paperscope.ingest;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An Atom feed as the arXiv API exports it: one record per {@code <entry>} (title, summary, authors,
 * published date, links, {@code arxiv:primary_category}, ...). Read with the JDK's StAX reader with DTDs
 * and external entities off: a document that declares a DTD is refused outright, so neither entity
 * expansion nor external fetches can happen. A record's line is the line of its {@code <entry>}.
 */
final class ArxivAtomParser implements Parser {
    static final String FORMAT = "arxiv-atom";
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Override
    public String format() {
        return FORMAT;
    }

    /** Judged by the root element alone: Atom's {@code feed} (in its namespace, or without any). */
    @Override
    public double detect(SourceDocument doc) {
        if (doc.lines().stream().filter(l -> !l.isBlank()).findFirst().filter(l -> l.stripLeading().startsWith("<")).isEmpty()) {
            return 0;
        }
        XMLStreamReader r = null;
        try {
            r = safeFactory().createXMLStreamReader(new StringReader(doc.text()));
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                // skip the prolog
            }
            if (!r.isStartElement() || !r.getLocalName().equals("feed")) {
                return 0;
            }
            String ns = r.getNamespaceURI();
            return ATOM_NS.equals(ns) ? 0.95 : ns == null || ns.isEmpty() ? 0.6 : 0;
        } catch (XMLStreamException | MissingResourceException e) {
            return 0;
        } finally {
            close(r);
        }
    }

    @Override
    public List<SourceRecord> parse(SourceDocument doc) throws ParseException {
        LineIndex index = new LineIndex(doc.text());
        XMLStreamReader r = null;
        try {
            r = safeFactory().createXMLStreamReader(new StringReader(doc.text()));
            readRoot(doc, r);
            List<SourceRecord> records = new ArrayList<>();
            while (r.hasNext()) {
                int event = r.next();
                refuseDtd(doc, r, event);
                if (event == XMLStreamConstants.START_ELEMENT && isAtom(r, "entry")) {
                    records.add(readEntry(doc, index, r));
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    skipElement(r); // feed metadata: title, opensearch counts, links
                }
            }
            return records;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNumber();
            throw new ParseException(doc.fileName(), line, "malformed XML: " + xmlMessage(e), e);
        } catch (MissingResourceException e) {
            // the JDK's reader found an error but has no words for it in its own bundle ("InvalidCharInDTD")
            int line = r == null || r.getLocation() == null ? 1 : Math.max(1, r.getLocation().getLineNumber());
            throw new ParseException(doc.fileName(), line, "malformed XML (" + e.getKey() + ")", e);
        } finally {
            close(r);
        }
    }

    /**
     * The JDK's StAX reader with every way of reaching outside the document switched off. DTDs are also
     * refused explicitly as events (see {@link #refuseDtd}), so an entity-expansion document never expands.
     */
    static XMLInputFactory safeFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    private static void readRoot(SourceDocument doc, XMLStreamReader r) throws XMLStreamException, ParseException {
        while (r.hasNext()) {
            int event = r.next();
            refuseDtd(doc, r, event);
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!r.getLocalName().equals("feed")) {
                    throw doc.error(r.getLocation().getLineNumber(), "not an Atom feed: the root element is <" + r.getLocalName() + ">, not <feed>");
                }
                return;
            }
        }
        throw doc.error(1, "not an Atom feed: no root element");
    }

    private static void refuseDtd(SourceDocument doc, XMLStreamReader r, int event) throws ParseException {
        if (event == XMLStreamConstants.DTD) {
            throw doc.error(r.getLocation().getLineNumber(), "a DTD (<!DOCTYPE ...>) is not allowed in a feed: it could expand entities or fetch files");
        }
    }

    private static SourceRecord readEntry(SourceDocument doc, LineIndex index, XMLStreamReader r) throws XMLStreamException, ParseException {
        int line = r.getLocation().getLineNumber();
        AtomEntry entry = new AtomEntry();
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            readField(r, entry);
        }
        String raw = index.lines(line, r.getLocation().getLineNumber());
        return StructuredFields.toRecord(doc, FORMAT, line, raw, entry.fields(), entry.derived);
    }

    /** Reads one child of {@code <entry>}, leaving the reader on its end tag. */
    private static void readField(XMLStreamReader r, AtomEntry entry) throws XMLStreamException {
        String name = r.getLocalName();
        boolean atom = inAtomNamespace(r);
        if (atom && name.equals("author")) {
            readAuthor(r, entry);
        } else if (atom && name.equals("link")) {
            readLink(r, entry);
        } else if (atom && name.equals("category")) {
            entry.add("categories", r.getAttributeValue(null, "term"));
            skipElement(r);
        } else if (name.equals("primary_category")) {
            entry.add("primary_category", r.getAttributeValue(null, "term"));
            skipElement(r);
        } else if (atom && (name.equals("title") || name.equals("summary"))) {
            entry.addText(name, name.equals("title") ? "title" : "abstract", textOf(r));
        } else if (r.getAttributeCount() > 0 && !atom) {
            entry.add(name, attributes(r));
            skipElement(r);
        } else {
            entry.add(name, textOf(r).strip());
        }
    }

    private static void readAuthor(XMLStreamReader r, AtomEntry entry) throws XMLStreamException {
        Map<String, Object> author = new LinkedHashMap<>();
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String key = r.getLocalName();
            String value = collapse(textOf(r));
            author.merge(key, value, (a, b) -> a + "; " + b);
        }
        if (author.containsKey("name")) {
            entry.add("authors", author);
        }
    }

    /** arXiv marks the abstract page with rel="alternate" and the PDF with title="pdf". */
    private static void readLink(XMLStreamReader r, AtomEntry entry) throws XMLStreamException {
        Map<String, Object> link = attributes(r);
        skipElement(r);
        String rel = (String) link.getOrDefault("rel", "alternate");
        if (rel.equals("alternate") && !entry.has("url")) {
            entry.add("url", link.get("href"));
        } else if ("pdf".equals(link.get("title")) || "application/pdf".equals(link.get("type"))) {
            entry.add("pdf_url", link.get("href"));
        } else {
            entry.add("links", link);
        }
    }

    private static Map<String, Object> attributes(XMLStreamReader r) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        return attributes;
    }

    /** All text inside the current element (markup in XHTML content dropped); leaves the reader on its end tag. */
    private static String textOf(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(r.getText());
            }
        }
        return text.toString();
    }

    private static void skipElement(XMLStreamReader r) throws XMLStreamException {
        textOf(r);
    }

    private static boolean isAtom(XMLStreamReader r, String localName) {
        return r.getLocalName().equals(localName) && inAtomNamespace(r);
    }

    /** Atom's namespace, or none at all (hand-written feeds often omit it). */
    private static boolean inAtomNamespace(XMLStreamReader r) {
        String ns = r.getNamespaceURI();
        return ATOM_NS.equals(ns) || ns == null || ns.isEmpty();
    }

    static String collapse(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    private static String xmlMessage(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + "Message: ".length()) : m).strip();
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing was opened that needs releasing: the reader reads a string
            }
        }
    }

    /** The fields of one entry as they are read, in document order; a repeated element becomes a list. */
    private static final class AtomEntry {
        private final Map<String, List<Object>> values = new LinkedHashMap<>();
        final List<Derivation> derived = new ArrayList<>();

        void add(String key, Object value) {
            if (value != null) {
                values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }

        boolean has(String key) {
            return values.containsKey(key);
        }

        /** Feeds wrap long titles and abstracts over lines; the line breaks are layout, not content. */
        void addText(String key, String column, String text) {
            String collapsed = collapse(text);
            if (!collapsed.equals(text.strip())) {
                derived.add(new Derivation(column, "line breaks and indentation of the feed collapsed to single spaces"));
            }
            add(key, collapsed);
        }

        /**
         * Single values as themselves, repeated ones and categories as lists; authors as names, or as whole
         * author objects when they carry more than a name (affiliations).
         */
        Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            values.forEach((key, list) -> {
                if (key.equals("authors")) {
                    boolean namesOnly = list.stream().allMatch(a -> ((Map<?, ?>) a).keySet().equals(Set.of("name")));
                    fields.put(key, namesOnly ? list.stream().map(a -> ((Map<?, ?>) a).get("name")).toList() : list);
                } else {
                    fields.put(key, list.size() == 1 && !key.equals("categories") ? list.getFirst() : list);
                }
            });
            return fields;
        }
    }
}
