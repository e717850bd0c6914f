package dev.paperscope.search;

import dev.paperscope.index.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The room, session, venue and award names of an index (their exact facet values), as name tokens, for
 * finding them in free text. Built once per index reader, i.e. per catalog generation the index reflects,
 * and dropped with the reader. Author names are looked up in the index's author keys directly.
 */
final class NameVocabulary {
    /** The fields whose values a query may name, in the order their matches are reported. */
    static final List<String> FIELDS = List.of(IndexSchema.AUTHOR, IndexSchema.ROOM, IndexSchema.SESSION, IndexSchema.VENUE, IndexSchema.AWARD);
    private static final List<String> VALUE_FIELDS = List.of(IndexSchema.ROOM, IndexSchema.SESSION, IndexSchema.VENUE, IndexSchema.AWARD);
    private static final Map<IndexReader.CacheKey, NameVocabulary> CACHE = Collections.synchronizedMap(new WeakHashMap<>());
    static final NameVocabulary EMPTY = new NameVocabulary(List.of());

    /** A field value and its name tokens (folded to lower-case ASCII, as the index analyses names). */
    record Name(String field, String value, List<String> tokens) {
        Name {
            tokens = List.copyOf(tokens);
        }
    }

    private final List<Name> names;

    NameVocabulary(List<Name> names) {
        // Longer names first, so "Exhibit Hall 2" is tried before a shorter name inside it.
        List<Name> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt((Name n) -> -n.tokens().size()).thenComparing(n -> FIELDS.indexOf(n.field()))
                .thenComparing(Name::value));
        this.names = List.copyOf(sorted);
    }

    List<Name> names() {
        return names;
    }

    /** The vocabulary of {@code reader}, built on first use and kept while the reader lives. */
    static NameVocabulary of(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return build(reader);
        }
        return CACHE.computeIfAbsent(helper.getKey(), k -> build(reader));
    }

    private static NameVocabulary build(IndexReader reader) {
        List<Name> names = new ArrayList<>();
        try {
            for (String field : VALUE_FIELDS) {
                Set<String> values = new TreeSet<>();
                for (LeafReaderContext leaf : reader.leaves()) {
                    SortedSetDocValues dv = leaf.reader().getSortedSetDocValues(IndexSchema.facetField(field));
                    if (dv == null) {
                        continue;
                    }
                    TermsEnum terms = dv.termsEnum();
                    for (BytesRef term = terms.next(); term != null; term = terms.next()) {
                        values.add(term.utf8ToString());
                    }
                }
                for (String value : values) {
                    List<String> tokens = NameTokens.of(value).stream().map(NameTokens.Token::term).toList();
                    if (!tokens.isEmpty() && (tokens.size() > 1 || distinctiveWord(value))) {
                        names.add(new Name(field, value, tokens));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index's names: " + e.getMessage(), e);
        }
        return new NameVocabulary(names);
    }

    /**
     * Whether a one-word value is a name rather than an ordinary word: written with a capital past its
     * first letter or with a digit ("NeurIPS", "ICML", "ACL"), as acronyms and coined names are. "Nature"
     * or "Oral" alone would turn ordinary words into filters, so they are understood only when written
     * as the field ({@code venue:Nature}).
     */
    static boolean distinctiveWord(String value) {
        String v = value.strip();
        if (v.length() < 3) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isDigit(c) || (i > 0 && Character.isUpperCase(c))) {
                return true;
            }
        }
        return false;
    }
}
