package dev.paperscope.search;

import dev.paperscope.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts facet values over every document a query matches, from doc values: per segment by ordinal
 * (an array increment per value), turned into strings once per segment. No scores are computed.
 */
final class FacetCounter {
    private FacetCounter() {
    }

    static Facets count(IndexSearcher searcher, Query query, int topPerField) throws IOException {
        Map<String, Map<String, Long>> totals = searcher.search(query, new Manager());
        Map<String, List<FacetCount>> fields = new LinkedHashMap<>();
        Map<String, Integer> distinct = new LinkedHashMap<>();
        for (String field : IndexSchema.FACET_FIELDS) {
            Map<String, Long> counts = totals.getOrDefault(field, Map.of());
            distinct.put(field, counts.size());
            fields.put(field, counts.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                    .limit(topPerField).map(e -> new FacetCount(e.getKey(), e.getValue())).toList());
        }
        return new Facets(fields, distinct);
    }

    private static final class Manager implements CollectorManager<Counting, Map<String, Map<String, Long>>> {
        @Override
        public Counting newCollector() {
            return new Counting();
        }

        @Override
        public Map<String, Map<String, Long>> reduce(Collection<Counting> collectors) {
            Map<String, Map<String, Long>> out = new HashMap<>();
            for (Counting c : collectors) {
                c.counts.forEach((field, values) -> values.forEach((v, n) -> out.computeIfAbsent(field, k -> new HashMap<>()).merge(v, n, Long::sum)));
            }
            return out;
        }
    }

    private static final class Counting implements Collector {
        final Map<String, Map<String, Long>> counts = new HashMap<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            List<SetField> sets = new ArrayList<>();
            NumericDocValues years = DocValues.getNumeric(context.reader(), IndexSchema.facetField(IndexSchema.YEAR));
            Map<Long, Long> yearCounts = new HashMap<>();
            for (String field : IndexSchema.FACET_FIELDS) {
                if (!field.equals(IndexSchema.YEAR)) {
                    SortedSetDocValues values = DocValues.getSortedSet(context.reader(), IndexSchema.facetField(field));
                    sets.add(new SetField(field, values, new long[(int) values.getValueCount()]));
                }
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (SetField f : sets) {
                        if (f.values.advanceExact(doc)) {
                            for (int i = 0; i < f.values.docValueCount(); i++) {
                                f.perOrd[(int) f.values.nextOrd()]++;
                            }
                        }
                    }
                    if (years.advanceExact(doc)) {
                        yearCounts.merge(years.longValue(), 1L, Long::sum);
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (SetField f : sets) {
                        Map<String, Long> fieldCounts = counts.computeIfAbsent(f.field, k -> new HashMap<>());
                        for (int ord = 0; ord < f.perOrd.length; ord++) {
                            if (f.perOrd[ord] > 0) {
                                fieldCounts.merge(f.values.lookupOrd(ord).utf8ToString(), f.perOrd[ord], Long::sum);
                            }
                        }
                    }
                    Map<String, Long> yearField = counts.computeIfAbsent(IndexSchema.YEAR, k -> new HashMap<>());
                    yearCounts.forEach((year, n) -> yearField.merge(Long.toString(year), n, Long::sum));
                }
            };
        }
    }

    private record SetField(String field, SortedSetDocValues values, long[] perOrd) {
    }
}
