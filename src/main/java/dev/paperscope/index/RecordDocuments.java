package dev.paperscope.index;

import dev.paperscope.catalog.Recovery;
import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.ingest.RecordPassages;
import dev.paperscope.ingest.SourceRecord;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a source record into its Lucene document. A title, venue or year the page left out but
 * resolution recovered from reference data is indexed like a stated one (so an untitled oral is found
 * by its title), with {@link IndexSchema#TITLE_SOURCE} saying where the title came from.
 */
final class RecordDocuments {
    /**
     * Facet values are cut to this many UTF-8 bytes (a facet label longer than this is not one); Lucene
     * refuses doc values and terms over 32,766 bytes, and one refused document would stop every index
     * update. Ingest already bounds fields; this keeps a catalog stored before those bounds indexable.
     */
    static final int MAX_FACET_BYTES = 4_096;
    /** Exact-match terms (ids, file names, author keys) are cut only at Lucene's own limit. */
    static final int MAX_TERM_BYTES = IndexWriter.MAX_TERM_LENGTH;

    /** Abstracts keep offsets in the postings so the highlighter need not re-analyse them. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private RecordDocuments() {
    }

    /**
     * The document with its passage vectors, the {@code i}-th model's in {@link IndexSchema#vectorField
     * vectorField(i)}; an entry may be null (that model's search then never finds the record).
     */
    static Document toDocument(ResolvedRecord r, List<float[]> vectors) {
        Document d = toDocument(r);
        for (int i = 0; i < vectors.size(); i++) {
            if (vectors.get(i) != null) {
                d.add(new KnnFloatVectorField(IndexSchema.vectorField(i), vectors.get(i), VectorSimilarityFunction.DOT_PRODUCT));
            }
        }
        return d;
    }

    static Document toDocument(ResolvedRecord resolved) {
        SourceRecord r = resolved.dated(); // a talk's year and times as the references date it, if they do
        Optional<Recovery> recovered = resolved.recovery();
        Document d = new Document();
        if (resolved.workId() != null) {
            d.add(new StringField(IndexSchema.WORK, term(resolved.workId()), Field.Store.YES));
        }
        recovered.filter(x -> r.title() == null).ifPresent(x ->
                d.add(new StoredField(IndexSchema.TITLE_SOURCE, x.sourceFile() + ":" + x.sourceLine() + " " + x.sourceId())));
        d.add(new StringField(IndexSchema.ID, term(r.id()), Field.Store.YES));
        d.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(term(r.id()))));
        d.add(new StringField(IndexSchema.KIND, r.kind().externalName(), Field.Store.YES));
        d.add(new StringField(IndexSchema.FILE, term(r.source().file()), Field.Store.YES));
        d.add(new StoredField(IndexSchema.LINE, r.source().line()));
        d.add(new StringField(IndexSchema.PASSAGE, Passages.key(Passages.text(r)), Field.Store.NO));
        d.add(new TextField(IndexSchema.SOURCE, IndexSchema.sourceText(r.source().file()) + " " + r.source().format(), Field.Store.NO));
        addText(d, IndexSchema.TITLE, resolved.title(), Field.Store.YES);
        if (r.abstractText() != null) {
            d.add(new Field(IndexSchema.ABSTRACT, r.abstractText(), TEXT_WITH_OFFSETS));
        }
        String text = Passages.text(resolved.title(), r.abstractText());
        if (!text.isEmpty()) {
            d.add(new TextField(IndexSchema.TEXT, text, Field.Store.NO));
        }
        String body = RecordPassages.body(r);
        if (!body.isEmpty()) {
            d.add(new TextField(IndexSchema.BODY, body, Field.Store.NO));
        }
        for (String author : r.authors()) {
            d.add(new TextField(IndexSchema.AUTHOR, author, Field.Store.YES));
        }
        resolved.authorKeys().forEach(k -> d.add(new StringField(IndexSchema.AUTHOR_KEY, term(k), Field.Store.NO)));
        addText(d, IndexSchema.VENUE, r.venue() != null ? r.venue() : recovered.map(Recovery::venue).orElse(null), Field.Store.YES);
        addText(d, IndexSchema.ROOM, r.room(), Field.Store.YES);
        addText(d, IndexSchema.SESSION, r.session(), Field.Store.YES);
        addText(d, IndexSchema.MODERATOR, r.moderator(), Field.Store.NO);
        addText(d, IndexSchema.AWARD, r.award(), Field.Store.YES);
        addText(d, IndexSchema.SECTION, r.section(), Field.Store.YES);
        Integer year = r.year() != null ? r.year() : recovered.map(Recovery::year).orElse(null);
        if (year != null) {
            d.add(new IntPoint(IndexSchema.YEAR, year));
            d.add(new NumericDocValuesField(IndexSchema.YEAR, year));
            d.add(new StoredField(IndexSchema.YEAR, year));
        }
        addFacets(d, r);
        addTime(d, IndexSchema.START, IndexSchema.START_LOCAL, r.start());
        addTime(d, IndexSchema.END, IndexSchema.END_LOCAL, r.end());
        return d;
    }

    /** Exact values for facet counts over all hits of a query (year's numeric doc values serve as its facet). */
    private static void addFacets(Document d, SourceRecord r) {
        addFacet(d, IndexSchema.KIND, r.kind().externalName());
        addFacet(d, IndexSchema.VENUE, r.venue());
        addFacet(d, IndexSchema.AWARD, r.award());
        addFacet(d, IndexSchema.ROOM, r.room());
        addFacet(d, IndexSchema.SESSION, r.session());
        addFacet(d, IndexSchema.SOURCE, r.source().file());
    }

    private static void addFacet(Document d, String field, String value) {
        if (value != null) {
            d.add(new SortedSetDocValuesField(IndexSchema.facetField(field), new BytesRef(cut(value, MAX_FACET_BYTES))));
        }
    }

    private static String term(String value) {
        return cut(value, MAX_TERM_BYTES);
    }

    /** The longest prefix of {@code value} whose UTF-8 form fits {@code maxBytes}, never splitting a character. */
    static String cut(String value, int maxBytes) {
        return IndexSchema.utf8Prefix(value, maxBytes);
    }

    private static void addText(Document d, String field, String value, Field.Store store) {
        if (value != null) {
            d.add(new TextField(field, value, store));
        }
    }

    private static void addTime(Document d, String instantField, String localField, OffsetDateTime time) {
        if (time == null) {
            return;
        }
        d.add(new LongPoint(instantField, time.toEpochSecond()));
        d.add(new LongPoint(localField, localSeconds(time)));
        d.add(new StoredField(instantField, time.toString()));
    }

    /** Wall-clock seconds as if the local time were UTC: lets a query without offset compare page-local times. */
    static long localSeconds(OffsetDateTime time) {
        return time.toLocalDateTime().toEpochSecond(ZoneOffset.UTC);
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
