package dev.paperscope.ingest;

import static dev.paperscope.ingest.StructuredFixtures.doc;
import static dev.paperscope.ingest.StructuredFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BibtexFileParserTest {
    private final BibtexFileParser parser = new BibtexFileParser();

    /** Free text, a @string macro, a @comment, accents, "Last, First" names, math and "others". */
    @Test
    void readsEntriesWithAccentsMacrosAndComments() throws Exception {
        SourceDocument doc = fixture("colt-accents.bib");
        List<SourceRecord> records = parser.parse(doc);

        assertThat(records).hasSize(2);
        SourceRecord regret = records.get(0);
        assertThat(regret.title()).isEqualTo("Regret Bounds for Über-Smooth $k$-Armed Bandits");
        assertThat(regret.authors()).containsExactly("Jörg Müller", "María García", "Research Lab at ETH");
        assertThat(regret.venue()).isEqualTo("Conference on Learning Theory (COLT)");
        assertThat(regret.year()).isEqualTo(2023);
        assertThat(regret.source()).isEqualTo(doc.sourceAt(6, "bibtex"));
        assertThat(regret.extra()).containsEntry("source_id", "mueller2023regret").containsEntry("entry_type", "inproceedings")
                .containsEntry("pages", "1–20").containsEntry("doi", "10.1000/xyz_123");
        assertThat(regret.derived()).containsExactly(new Derivation("authors", "BibTeX names split on 'and'"),
                new Derivation("authors", "'Last, First' names reordered to 'First Last'"));
        assertThat(regret.raw()).isEqualTo(String.join("\n", doc.lines().subList(5, 13)));

        SourceRecord dupont = records.get(1);
        assertThat(dupont.source().line()).isEqualTo(17);
        assertThat(dupont.title()).isEqualTo("Apprentissage à grande échelle");
        assertThat(dupont.authors()).containsExactly("François Dupont", "Zoë Martin");
        assertThat(dupont.venue()).isEqualTo("Journal of Machine Learning Research");
        assertThat(dupont.url()).isEqualTo("https://example.org/jmlr/dupont22");
        assertThat(dupont.extra()).containsEntry("month", "March");
        assertThat(dupont.derived()).contains(new Derivation("authors", "'et al.'/'others' dropped: the list names only some authors"));
    }

    /** The entry as written (type, key, every field with its LaTeX, macros applied) is kept for a faithful export. */
    @Test
    void theEntryAsWrittenIsKeptForExport() throws Exception {
        List<SourceRecord> records = parser.parse(fixture("colt-accents.bib"));

        assertThat(records.get(0).extra().get("bibtex_entry")).isEqualTo(Map.of("type", "inproceedings", "key", "mueller2023regret",
                "fields", Map.of("title", "{Regret} Bounds for {\\\"U}ber-Smooth $k$-Armed Bandits",
                        "author", "M{\\\"u}ller, J{\\\"o}rg and Garc{\\'\\i}a, Mar{\\'i}a and {Research Lab at ETH}",
                        "booktitle", "Conference on Learning Theory (COLT)", "year", "2023", "pages", "1--20", "doi", "10.1000/xyz_123")));
        @SuppressWarnings("unchecked")
        Map<String, Object> dupont = (Map<String, Object>) records.get(1).extra().get("bibtex_entry");
        assertThat(dupont).containsEntry("type", "article").containsEntry("key", "dupont2022");
        assertThat((Map<String, Object>) dupont.get("fields")).containsEntry("author", "Fran{\\c c}ois Dupont and Zo{\\\"e} Martin and others")
                .containsKeys("title", "journal", "year", "month", "url");
    }

    @Test
    void latexTheConverterCannotReadLosesOnlyItsMarkupWithANote() throws Exception {
        SourceDocument doc = doc("odd.bib", "@misc{k, title = {R&D on $x^2$ and x^2 with \\mbox{GPUs}},\n"
                + "  author = {Ko{\\c{c}}, Ay{\\c s}e and {\\L}ukasz Kaiser}, note = {50% of x_1}}\n");
        SourceRecord r = parser.parse(doc).getFirst();

        assertThat(r.authors()).containsExactly("Ayşe Koç", "Łukasz Kaiser");
        // "^" outside math is beyond jbibtex: that stretch loses its markup, the math stays as written
        assertThat(r.title()).isEqualTo("R&D on $x^2$ and x^2 with GPUs");
        assertThat(r.extra()).containsEntry("note", "50% of x_1");
        assertThat(r.derived()).contains(new Derivation("title", "LaTeX not understood by the converter; only braces removed"));
    }

    @Test
    void anEntryThatNeverClosesFailsAtItsLine() throws Exception {
        SourceDocument doc = doc("open.bib", """
                @article{a, title={Fine}}

                @article{b,
                  title = {Unbalanced,
                  year = 2020
                }
                """);

        assertThatThrownBy(() -> parser.parse(doc)).hasMessage("open.bib:3: unbalanced braces: this entry is never closed");
    }

    @Test
    void anEntryCutOffByTheNextOneFailsAtItsLine() throws Exception {
        SourceDocument doc = doc("cut.bib", """
                @article{a,
                  title = {Missing the closing brace
                }
                @inproceedings{b, title = {Next}}
                """);

        assertThatThrownBy(() -> parser.parse(doc))
                .hasMessage("cut.bib:1: unbalanced braces: this entry is not closed before the entry at line 4 begins");
    }

    @Test
    void anExtraClosingBraceFailsAtTheEntrysLine() throws Exception {
        SourceDocument doc = doc("extra.bib", "\n@article{a,\n  title = {Extra}},\n  year = 2020\n}\n");

        assertThatThrownBy(() -> parser.parse(doc))
                .hasMessage("extra.bib:2: unbalanced braces: the entry is closed early, and ',' follows its closing brace");
    }

    @Test
    void aSyntaxErrorFailsAtItsLineInTheFile() throws Exception {
        SourceDocument doc = doc("syntax.bib", "% refs\n@article{ok, title={A}}\n@article{bad,\n  title = {B}\n  year = 2020\n}\n");

        assertThatThrownBy(() -> parser.parse(doc))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("syntax.bib:5: broken BibTeX entry: Encountered unexpected token")
                .hasCauseInstanceOf(org.jbibtex.ParseException.class);
    }

    @Test
    void anEntryWithNeitherTitleAuthorsNorAbstractFailsAtItsLine() throws Exception {
        SourceDocument doc = doc("bare.bib", "@article{a, title={A}}\n\n@misc{b, year = 2020, note = {nothing else}}\n");

        assertThatThrownBy(() -> parser.parse(doc)).hasMessage("bare.bib:3: bad record: record has neither title, authors nor abstract");
    }

    /**
     * Google Scholar writes the accents of the first author's name into the key ({@code sch{\"o}lkopf2021toward});
     * BibTeX reads such keys, so the entry is read, its key kept as written.
     */
    @Test
    void keysWithLatexAccentsAsGoogleScholarWritesThemAreRead() throws Exception {
        SourceDocument doc = doc("scholar.bib", """
                @article{sch{\\"o}lkopf2021toward,
                  title={Toward causal representation learning},
                  author={Sch{\\"o}lkopf, Bernhard and Locatello, Francesco},
                  year={2021}
                }

                @inproceedings{m{\\'e}nard2020,
                  title={Second},
                  author={M{\\'e}nard, Pierre}
                }
                @misc{müller2019, title={Third}}
                """);

        List<SourceRecord> records = parser.parse(doc);

        assertThat(records).extracting(SourceRecord::title).containsExactly("Toward causal representation learning", "Second", "Third");
        assertThat(records).extracting(r -> r.extra().get("source_id"))
                .containsExactly("sch{\\\"o}lkopf2021toward", "m{\\'e}nard2020", "müller2019");
        assertThat(records.get(0).authors()).containsExactly("Bernhard Schölkopf", "Francesco Locatello");
        assertThat(records.get(1).source().line()).isEqualTo(7);
        @SuppressWarnings("unchecked")
        Map<String, Object> written = (Map<String, Object>) records.get(0).extra().get("bibtex_entry");
        assertThat(written).containsEntry("key", "sch{\\\"o}lkopf2021toward");
    }

    @Test
    void duplicateKeysStayTwoRecords() throws Exception {
        SourceDocument doc = doc("dup.bib", "@article{same, title={First}}\n@article{same, title={Second}}\n");

        assertThat(parser.parse(doc)).extracting(SourceRecord::title).containsExactly("First", "Second");
    }

    @Test
    void aFileWithoutEntriesGivesNoRecords() throws Exception {
        assertThatThrownBy(() -> Formats.parse(fixture("corl2024.jsonl"), Optional.of("bibtex")))
                .hasMessage("corl2024.jsonl:1: no records found when read as bibtex");
        assertThatThrownBy(() -> Formats.parse(doc("strings.bib", "@string{x = \"y\"}\n@comment{nothing}\n"), Optional.of("bibtex")))
                .hasMessage("strings.bib:1: no records found when read as bibtex");
    }

    @Test
    void detectsEntryStructure() throws Exception {
        assertThat(parser.detect(fixture("colt-accents.bib"))).isGreaterThanOrEqualTo(0.8);
        assertThat(parser.detect(doc("only-strings.bib", "@string{x = \"y\"}\n"))).isZero();
        assertThat(parser.detect(doc("mail.txt", "Write to me @ home {soon}\nor not.\n"))).isZero();
        assertThat(parser.detect(doc("broken.bib", "@article{a,\n title = {never closed\n"))).isGreaterThanOrEqualTo(0.5);
    }
}
