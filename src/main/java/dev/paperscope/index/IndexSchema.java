package dev.paperscope.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** Field names of the search index and how each is analysed. */
public final class IndexSchema {
    public static final String ID = "id";
    public static final String KIND = "kind";
    public static final String TITLE = "title";
    public static final String ABSTRACT = "abstract";
    /**
     * Title and abstract as one text (Anserini's {@code contents}), not stored: what free text is mainly
     * scored on, so one length normalisation covers both (see docs/DECISIONS.md).
     */
    public static final String TEXT = "text";
    public static final String AUTHOR = "author";
    public static final String VENUE = "venue";
    public static final String YEAR = "year";
    public static final String ROOM = "room";
    public static final String SESSION = "session";
    public static final String MODERATOR = "moderator";
    public static final String AWARD = "award";
    public static final String SECTION = "section";
    public static final String SOURCE = "source";
    /**
     * A PDF's body text (its passages), not stored: free text finds a paper by what its body says, at a
     * modest weight so that title and abstract still lead (docs/DECISIONS.md).
     */
    public static final String BODY = "body";
    /** Exact file name, for deleting a file's documents when the catalog replaces them. */
    public static final String FILE = "file";
    public static final String LINE = "line";
    /** The id of the record's work (exact, stored); absent before the catalog's first resolution. */
    public static final String WORK = "work";
    /**
     * Exact name keys ({@code resolve.PersonName#key}) of every spelling of every author identity on the
     * record: {@code author:"Kamyar Ghasemipour"} also finds "Seyed Kamyar Seyed Ghasemipour".
     */
    public static final String AUTHOR_KEY = "author_key";
    /** Stored only, when the indexed title was recovered: the reference record's "file:line id". */
    public static final String TITLE_SOURCE = "title_source";
    /** Instant as epoch seconds; {@code *_LOCAL} is the wall-clock time as written on the page. */
    public static final String START = "start";
    public static final String END = "end";
    public static final String START_LOCAL = "start_local";
    public static final String END_LOCAL = "end_local";
    /** Doc-values fields for facet counts: the exact value of each field, one per record (room and session may be absent). */
    public static final List<String> FACET_FIELDS = List.of(KIND, VENUE, YEAR, AWARD, ROOM, SESSION, SOURCE);
    /** Commit user-data key: the version of the document layout; an index of another version is rebuilt. */
    public static final String DOCUMENT_VERSION_KEY = "document_version";
    /** Bump when RecordDocuments adds or changes fields, so existing indexes are rebuilt on open. */
    public static final String DOCUMENT_VERSION = "4-body";
    // --- the passage index (one document per passage, see PassageDocuments) ---
    /** Bump when PassageDocuments adds or changes fields. */
    public static final String PASSAGE_DOCUMENT_VERSION = "1-passages";
    /** A passage's record id (exact, stored). */
    public static final String RECORD = "record";
    /** A passage's 1-based page (PDFs), its place among its record's passages and the part it was cut from (stored only). */
    public static final String PAGE = "page";
    public static final String ORDINAL = "ordinal";
    public static final String PART = "part";
    /** The HTML element of a passage's record (stored only). */
    public static final String ELEMENT = "element";
    /** Commit user-data key: the catalog generation the index reflects. */
    public static final String GENERATION_KEY = "catalog_generation";
    // --- dense retrieval ---
    /**
     * The record's passage vector from the first (or only) embedding model: unit length, dot product;
     * absent when the index has no vectors. A second model's vectors live in {@link #vectorField vectorField(1)}.
     */
    public static final String VECTOR = "vector";
    /** Most embedding models an index holds vectors of (a dense ensemble of two). */
    public static final int MAX_VECTOR_MODELS = 2;
    /** Digest of the passage text ({@link Passages}), so records with the same passage can be excluded together. */
    public static final String PASSAGE = "passage";
    /** Commit user-data keys: the vector space and storage of {@link #VECTOR}; absent without vectors. */
    public static final String VECTOR_MODEL_KEY = "vector_model";
    public static final String VECTOR_DIMENSION_KEY = "vector_dimension";
    public static final String VECTOR_QUANTIZATION_KEY = "vector_quantization";
    // --- end dense retrieval ---

    /**
     * Text fields that free-text search reads, with their weights: title and abstract as one text, the
     * title again at half weight (measured on SciFact: nDCG@10 0.6850 against 0.6789 for the text alone
     * and 0.6313 for title ×2 plus abstract as separate fields), names and places as they were.
     */
    public static final Map<String, Float> FREE_TEXT_FIELDS = Map.of(
            TEXT, 1.0f, TITLE, 0.5f, AUTHOR, 1.0f, VENUE, 0.5f, ROOM, 0.5f, SESSION, 0.5f,
            MODERATOR, 0.5f, AWARD, 0.5f, SECTION, 0.5f, BODY, 0.3f);
    /** Metadata fields analysed as names: folded to lower-case ASCII, never stemmed. */
    public static final List<String> NAME_FIELDS = List.of(AUTHOR, MODERATOR, VENUE, ROOM, SESSION, AWARD, SECTION, SOURCE);

    private IndexSchema() {
    }

    /** The doc-values field that holds {@code field}'s exact values for facet counting ({@link #YEAR} is numeric, under its own name). */
    public static String facetField(String field) {
        return field.equals(YEAR) ? YEAR : "facet_" + field;
    }

    /** The vector field of the {@code model}-th embedding model (from 0): {@code vector}, {@code vector_2}. */
    public static String vectorField(int model) {
        if (model < 0 || model >= MAX_VECTOR_MODELS) {
            throw new IllegalArgumentException("vector model index must lie in 0.." + (MAX_VECTOR_MODELS - 1) + ", was " + model);
        }
        return model == 0 ? VECTOR : VECTOR + "_" + (model + 1);
    }

    static boolean isVectorField(String field) {
        for (int i = 0; i < MAX_VECTOR_MODELS; i++) {
            if (vectorField(i).equals(field)) {
                return true;
            }
        }
        return false;
    }

    /** A file name as indexed in {@link #SOURCE}: its alphanumeric parts, so a part finds the file. */
    public static String sourceText(String fileName) {
        return fileName.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * English analysis (Porter stemming, Lucene's stop words) for prose; case- and accent-insensitive
     * tokens for names, so "Rémi Munos" is found as {@code author:remi}.
     */
    public static Analyzer analyzer() {
        Analyzer names = new NameAnalyzer();
        Map<String, Analyzer> perField = new HashMap<>();
        NAME_FIELDS.forEach(f -> perField.put(f, names));
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), perField);
    }

    static final class NameAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }

        /** Keeps a phrase such as {@code author:"Bo Dai"} from matching across two neighbouring names. */
        @Override
        public int getPositionIncrementGap(String fieldName) {
            return 100;
        }
    }

    /** The longest prefix of {@code value} whose UTF-8 form fits {@code maxBytes}, never splitting a character (both indexes cut terms so). */
    public static String utf8Prefix(String value, int maxBytes) {
        if (value.length() * 3L <= maxBytes) {
            return value; // even three bytes a char fits
        }
        int bytes = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                return value.substring(0, i);
            }
            bytes += size;
            i += Character.charCount(cp);
        }
        return value;
    }
}
