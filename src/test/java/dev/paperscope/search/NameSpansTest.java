package dev.paperscope.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.index.IndexSchema;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which spans of a query's words are read as names, over a small index of rooms, venues, awards and author keys. */
class NameSpansTest {
    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(IndexSchema.analyzer()))) {
            w.addDocument(doc(IndexSchema.ROOM, "Hall J", IndexSchema.AWARD, "Outstanding Paper"));
            w.addDocument(doc(IndexSchema.ROOM, "Hall G"));
            w.addDocument(doc(IndexSchema.ROOM, "Exhibit Hall 2"));
            w.addDocument(doc(IndexSchema.ROOM, "Meeting Room 316 A-C"));
            w.addDocument(doc(IndexSchema.SESSION, "Reinforcement Learning Théorie"));
            w.addDocument(doc(IndexSchema.VENUE, "NeurIPS"));
            w.addDocument(doc(IndexSchema.VENUE, "Nature"));
            w.addDocument(doc(IndexSchema.AWARD, "Outstanding Paper Award"));
            for (String key : List.of("vahab mirrokni", "remi munos", "yee teh", "jon schneider", "jon schneidar")) {
                Document d = new Document();
                d.add(new StringField(IndexSchema.AUTHOR_KEY, key, Field.Store.NO));
                w.addDocument(d);
            }
        }
        reader = DirectoryReader.open(directory);
    }

    private static Document doc(String... fieldValues) {
        Document d = new Document();
        for (int i = 0; i < fieldValues.length; i += 2) {
            d.add(new SortedSetDocValuesField(IndexSchema.facetField(fieldValues[i]), new BytesRef(fieldValues[i + 1])));
        }
        return d;
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                // exact, in any case, alone or inside longer text
                Arguments.of("Hall J", List.of(new Understood("room", "Hall J", "Hall J"))),
                Arguments.of("hall j", List.of(new Understood("room", "Hall J", "hall j"))),
                Arguments.of("diffusion Hall J", List.of(new Understood("room", "Hall J", "Hall J"))),
                Arguments.of("HALL G talks on scaling", List.of(new Understood("room", "Hall G", "HALL G"))),
                // the longer name wins over one inside it; punctuation as the index splits it
                Arguments.of("exhibit hall 2", List.of(new Understood("room", "Exhibit Hall 2", "exhibit hall 2"))),
                Arguments.of("meeting room 316 a-c", List.of(new Understood("room", "Meeting Room 316 A-C", "meeting room 316 a-c"))),
                // accents ignored both ways, and one typo in one long word
                Arguments.of("reinforcement learning theorie", List.of(new Understood("session", "Reinforcement Learning Théorie",
                        "reinforcement learning theorie"))),
                Arguments.of("reinforcment learning théorie", List.of(new Understood("session", "Reinforcement Learning Théorie",
                        "reinforcment learning théorie"))),
                Arguments.of("Rémi Munos", List.of(new Understood("author", "Remi Munos", "Rémi Munos"))),
                Arguments.of("Vahab Mirokni clustering", List.of(new Understood("author", "Vahab Mirrokni", "Vahab Mirokni"))),
                Arguments.of("Yee Whye Teh", List.of(new Understood("author", "Yee Teh", "Yee Whye Teh"))),
                // two names side by side; a typo near two people is not guessed
                Arguments.of("Vahab Mirrokni Remi Munos", List.of(new Understood("author", "Vahab Mirrokni", "Vahab Mirrokni"),
                        new Understood("author", "Remi Munos", "Remi Munos"))),
                Arguments.of("Jon Schneidor", List.of()),
                // a venue with its year; an award's first word beside a venue
                Arguments.of("NeurIPS 2022 outstanding", List.of(new Understood("venue", "NeurIPS", "NeurIPS"),
                        new Understood("year", "2022", "2022"), new Understood("award", "Outstanding", "outstanding"))),
                Arguments.of("neurips", List.of(new Understood("venue", "NeurIPS", "neurips"))),
                // ordinary words stay words: a one-word value that is an ordinary word, a part of a name, a short typo
                Arguments.of("the nature of temporal difference errors", List.of()),
                Arguments.of("outstanding problems in hall effect sensors", List.of()),
                Arguments.of("exhibit emergent abilities", List.of()),
                Arguments.of("Hall K", List.of()),
                Arguments.of("ball j", List.of()),
                Arguments.of("paper award", List.of()),
                Arguments.of("Munos", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void findsTheNamesInAQuery(String query, List<Understood> expected) {
        assertThat(NameSpans.find(query, reader)).isEqualTo(expected);
    }

    @Test
    void aWordsOnlyQueryUnderstandsNothing() {
        assertThat(NameSpans.of(QuerySyntax.parse("words: Hall J"), reader)).isEmpty();
        assertThat(NameSpans.of(QuerySyntax.parse("Hall J"), reader)).hasSize(1);
        // quoted phrases and excluded words are searched as written
        assertThat(NameSpans.of(QuerySyntax.parse("\"Hall J\" -neurips"), reader)).isEmpty();
    }

    @Test
    void theVocabularyIsBuiltOncePerReader() {
        assertThat(NameVocabulary.of(reader)).isSameAs(NameVocabulary.of(reader));
        assertThat(NameVocabulary.of(reader).names()).extracting(NameVocabulary.Name::value)
                .contains("Hall J", "NeurIPS").doesNotContain("Nature");
    }

    @Test
    void oneWordValuesAreNamesOnlyWhenWrittenAsNames() {
        assertThat(Stream.of("NeurIPS", "ICML", "ACL", "Nature", "Oral", "Q1").filter(NameVocabulary::distinctiveWord))
                .containsExactly("NeurIPS", "ICML", "ACL");
    }
}
