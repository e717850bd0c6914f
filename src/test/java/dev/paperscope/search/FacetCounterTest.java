package dev.paperscope.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Facet counts over what a query matches, on five documents in three segments (some without a year or
 * room, one in two sessions). Expected counts are written "field:value=n,value=n/distinct" per field that
 * has any, most frequent first, ties by value.
 */
class FacetCounterTest {
    /** id, kind, venue, year, room, sessions; "-" is absent. */
    private static final List<String[]> DOCS = List.of(
            new String[] {"d1", "talk", "ICML", "2022", "Hall G", "s1"},
            new String[] {"d2", "talk", "ICML", "2022", "-", "s1,s2"},
            new String[] {"d3", "paper", "NeurIPS", "2023", "-", "-"},
            new String[] {"d4", "paper", "ICML", "-", "-", "-"},
            new String[] {"d5", "blog-post", "-", "2021", "-", "-"});

    private static Facets count(Query query, int top) throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (String[] d : DOCS) {
                Document doc = new Document();
                doc.add(new StringField("id", d[0], Field.Store.NO));
                add(doc, IndexSchema.KIND, d[1]);
                add(doc, IndexSchema.VENUE, d[2]);
                if (!d[3].equals("-")) {
                    doc.add(new NumericDocValuesField(IndexSchema.facetField(IndexSchema.YEAR), Long.parseLong(d[3])));
                }
                add(doc, IndexSchema.ROOM, d[4]);
                Arrays.stream(d[5].split(",")).forEach(s -> add(doc, IndexSchema.SESSION, s));
                writer.addDocument(doc);
                if (d[0].equals("d2") || d[0].equals("d4")) {
                    writer.commit(); // three segments: counts are merged across them
                }
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return FacetCounter.count(new IndexSearcher(reader), query, top);
            }
        }
    }

    private static void add(Document doc, String field, String value) {
        if (!value.equals("-")) {
            doc.add(new SortedSetDocValuesField(IndexSchema.facetField(field), new BytesRef(value)));
        }
    }

    private static String shown(Facets facets) {
        List<String> out = new ArrayList<>();
        for (String field : IndexSchema.FACET_FIELDS) {
            List<FacetCount> counts = facets.fields().get(field);
            int distinct = facets.distinct().get(field);
            if (distinct > 0) {
                out.add(field + ":" + String.join(",", counts.stream().map(c -> c.value() + "=" + c.count()).toList()) + "/" + distinct);
            }
        }
        return String.join(" ", out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // matched docs | top | counts
            "*      | 10 | kind:paper=2,talk=2,blog-post=1/3 venue:ICML=3,NeurIPS=1/2 year:2022=2,2021=1,2023=1/3 room:Hall G=1/1 session:s1=2,s2=1/2",
            "*      | 1  | kind:paper=2/3 venue:ICML=3/2 year:2022=2/3 room:Hall G=1/1 session:s1=2/2",
            "d3,d5  | 10 | kind:blog-post=1,paper=1/2 venue:NeurIPS=1/1 year:2021=1,2023=1/2",
            "d2     | 10 | kind:talk=1/1 venue:ICML=1/1 year:2022=1/1 session:s1=1,s2=1/2",
            "d4     | 10 | kind:paper=1/1 venue:ICML=1/1",
            "none   | 10 | ''"})
    void countsEveryMatchedDocument(String matched, int top, String expected) throws IOException {
        Query query = switch (matched) {
            case "*" -> new MatchAllDocsQuery();
            case "none" -> new MatchNoDocsQuery();
            default -> new TermInSetQuery("id", Arrays.stream(matched.split(",")).map(BytesRef::new).toList());
        };
        assertThat(shown(count(query, top))).isEqualTo(expected);
    }
}
