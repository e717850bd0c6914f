package dev.paperscope.index;

import dev.paperscope.catalog.ResolvedRecord;
import dev.paperscope.ingest.RecordPassage;
import dev.paperscope.ingest.RecordPassages;
import dev.paperscope.ingest.SourceRecord;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/**
 * The documents of the passage index: one per {@link RecordPassages passage}, carrying its record's
 * metadata as the record index holds it (so the query syntax's filters, {@code year:2023} or
 * {@code author:...}, and facets work on passages too) with the record's own text replaced by the
 * passage's: {@link IndexSchema#ID} is the passage id, {@link IndexSchema#ABSTRACT} and
 * {@link IndexSchema#TEXT} its text, {@link IndexSchema#LINE} its line; {@link IndexSchema#RECORD},
 * {@link IndexSchema#PAGE}, {@link IndexSchema#ORDINAL}, {@link IndexSchema#PART} and
 * {@link IndexSchema#ELEMENT} say where it stands.
 */
final class PassageDocuments {
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private PassageDocuments() {
    }

    /** What a passage's vector is computed from: the record's stated title, a blank line, the passage (as {@link Passages#text}). */
    static String embedded(SourceRecord r, RecordPassage p) {
        return Passages.text(r, p);
    }

    /** The passage's document; {@code vectors} holds each model's vector in field order (an entry may be null). */
    static Document toDocument(ResolvedRecord resolved, RecordPassage p, List<float[]> vectors) {
        Document d = RecordDocuments.toDocument(resolved);
        for (String replaced : List.of(IndexSchema.ID, IndexSchema.ABSTRACT, IndexSchema.TEXT, IndexSchema.BODY,
                IndexSchema.PASSAGE, IndexSchema.LINE, IndexSchema.SECTION)) {
            d.removeFields(replaced);
        }
        String id = RecordDocuments.cut(p.id(), RecordDocuments.MAX_TERM_BYTES);
        d.add(new StringField(IndexSchema.ID, id, Field.Store.YES));
        d.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(id)));
        d.add(new StringField(IndexSchema.RECORD, RecordDocuments.cut(p.recordId(), RecordDocuments.MAX_TERM_BYTES), Field.Store.YES));
        d.add(new StoredField(IndexSchema.LINE, p.line()));
        d.add(new StoredField(IndexSchema.ORDINAL, p.ordinal()));
        d.add(new StoredField(IndexSchema.PART, p.part()));
        if (p.page() != null) {
            d.add(new StoredField(IndexSchema.PAGE, p.page()));
        }
        if (p.element() != null) {
            d.add(new StoredField(IndexSchema.ELEMENT, p.element()));
        }
        if (p.section() != null) {
            d.add(new TextField(IndexSchema.SECTION, p.section(), Field.Store.YES));
        }
        d.add(new Field(IndexSchema.ABSTRACT, p.text(), TEXT_WITH_OFFSETS));
        d.add(new TextField(IndexSchema.TEXT, p.text(), Field.Store.NO));
        for (int i = 0; i < vectors.size(); i++) {
            if (vectors.get(i) != null) {
                d.add(new KnnFloatVectorField(IndexSchema.vectorField(i), vectors.get(i), VectorSimilarityFunction.DOT_PRODUCT));
            }
        }
        return d;
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
