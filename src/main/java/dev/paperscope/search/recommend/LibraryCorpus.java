package dev.paperscope.search.recommend;

import dev.paperscope.index.IndexSchema;
import dev.paperscope.index.Passages;
import dev.paperscope.index.SearchIndex;
import dev.paperscope.search.Hits;
import dev.paperscope.search.SearchHit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The works of an index as recommendations see them: one entry per work (a record not yet resolved is
 * its own), whose text is its records' distinct passages (in text order) and whose embedding is the mean of its records'
 * vectors (the index's first model). Each work keeps the hit of its first record (by id), from which
 * its search hit is made. Works are in id order, so everything built on it is deterministic.
 */
public record LibraryCorpus(long generation, RecommendCorpus corpus, Map<String, SearchHit> hits) {
    public LibraryCorpus {
        Objects.requireNonNull(corpus, "corpus");
        hits = Map.copyOf(hits);
    }

    /** Reads every live record of the index (its stored title, abstract and work, and its vector). */
    public static LibraryCorpus read(SearchIndex index) {
        long generation = index.generation();
        Map<String, Entry> works = new TreeMap<>();
        index.withSearcher(searcher -> {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                readLeaf(leaf, works);
            }
            return null;
        });
        List<String> ids = new ArrayList<>(works.keySet());
        List<String> texts = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        Map<String, SearchHit> hits = new HashMap<>();
        works.forEach((work, e) -> {
            texts.add(String.join("\n\n", e.passages));
            vectors.add(e.vectors == 0 ? null : e.sum);
            hits.put(work, e.hit);
        });
        return new LibraryCorpus(generation, RecommendCorpus.of(ids, texts, vectors), hits);
    }

    private static void readLeaf(LeafReaderContext leaf, Map<String, Entry> works) throws IOException {
        LeafReader reader = leaf.reader();
        Bits live = reader.getLiveDocs();
        Map<Integer, float[]> vectors = new HashMap<>();
        FloatVectorValues values = reader.getFloatVectorValues(IndexSchema.VECTOR);
        if (values != null) {
            KnnVectorValues.DocIndexIterator it = values.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                vectors.put(doc, values.vectorValue(it.index()).clone()); // the reader may reuse its array
            }
        }
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            Document d = stored.document(doc);
            String id = d.get(IndexSchema.ID);
            String work = d.get(IndexSchema.WORK) != null ? d.get(IndexSchema.WORK) : id;
            Entry e = works.computeIfAbsent(work, k -> new Entry());
            String passage = Passages.text(d.get(IndexSchema.TITLE), d.get(IndexSchema.ABSTRACT));
            if (!passage.isBlank()) {
                e.passages.add(passage);
            }
            if (e.hitId == null || id.compareTo(e.hitId) < 0) {
                e.hitId = id;
                e.hit = Hits.hit(d, 0, null);
            }
            float[] v = vectors.get(doc);
            if (v != null) {
                if (e.sum == null) {
                    e.sum = new float[v.length];
                }
                for (int i = 0; i < v.length && i < e.sum.length; i++) {
                    e.sum[i] += v[i];
                }
                e.vectors++;
            }
        }
    }

    private static final class Entry {
        final TreeSet<String> passages = new TreeSet<>();
        String hitId;
        SearchHit hit;
        float[] sum;
        int vectors;
    }
}
