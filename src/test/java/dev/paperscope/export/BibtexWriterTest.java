package dev.paperscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.Formats;
import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.SourceDocument;
import dev.paperscope.ingest.SourceRecord;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;
import org.junit.jupiter.api.Test;

/** The output is read back with jbibtex, a real BibTeX parser. */
class BibtexWriterTest {
    private static final Path SEEDS = Path.of(System.getProperty("paperscope.repo", ".")).resolve("demo/seeds");

    static BibTeXDatabase parse(String bibtex) throws Exception {
        return new BibTeXParser().parse(new StringReader(bibtex));
    }

    static String field(BibTeXEntry entry, String name) {
        Value v = entry.getField(new Key(name));
        return v == null ? null : v.toUserString();
    }

    /** What LaTeX would print for a field: jbibtex's LaTeX parser and printer. */
    static String printed(String latex) throws Exception {
        return new LaTeXPrinter().print(new LaTeXParser().parse(latex));
    }

    private static Citable citable(String id, String title, List<String> authors, Integer year, String venue, String abstractText,
                                   String... formats) {
        return new Citable(id, RecordKind.PAPER, title, authors, null, year, venue, abstractText, null, List.of(formats),
                List.of("page.txt line 1"));
    }

    @Test
    void everyRecordOfEverySeedPageMakesOneParsableEntryWithAUniqueKey() throws Exception {
        List<SourceRecord> records = new ArrayList<>();
        try (Stream<Path> pages = Files.list(SEEDS)) {
            for (Path page : pages.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList()) {
                records.addAll(Formats.parse(SourceDocument.read(page), Optional.empty()).records());
            }
        }
        List<Citable> citables = records.stream().map(r -> Citable.of(r.id(), List.of(r))).toList();
        String bibtex = BibtexWriter.write(citables);

        BibTeXDatabase db = parse(bibtex);
        assertThat(records).hasSizeGreaterThan(600);
        List<Citable> titled = citables.stream().filter(c -> c.title() != null).toList();
        assertThat(titled).hasSizeLessThan(citables.size());
        assertThat(db.getEntries()).as("untitled records make no entry").hasSize(titled.size());
        assertThat(db.getObjects()).hasSize(titled.size());
        Map<Key, BibTeXEntry> entries = db.getEntries();
        Map<String, String> keys = BibtexKeys.assign(citables);
        for (Citable c : titled) {
            String key = keys.get(c.id());
            BibTeXEntry entry = entries.get(new Key(key));
            assertThat(entry).as(c.id()).isNotNull();
            assertThat(field(entry, "note")).isNull();
            assertThat(field(entry, BibtexWriter.PROVENANCE)).contains(c.id());
            if (c.year() != null) {
                assertThat(field(entry, "year")).isEqualTo(c.year().toString());
            }
        }
    }

    @Test
    void keysAreAuthorYearWordWithSuffixesByIdWhateverTheOrder() {
        Citable a = citable("r2", "The Imagen Model", List.of("Chitwan Saharia", "William Chan"), 2022, "NeurIPS 2022", null);
        Citable b = citable("r1", "Imagen: Photorealistic Text-to-Image Diffusion", List.of("Chitwan Saharía"), 2022, null, null);
        Citable c = citable("r3", "On $k$-means", List.of("Ana de la Cruz"), null, null, null);
        Citable d = citable("r4", null, List.of(), null, null, null);

        Map<String, String> keys = BibtexKeys.assign(List.of(a, b, c, d));
        assertThat(keys).containsEntry("r1", "saharia2022imagena").containsEntry("r2", "saharia2022imagenb")
                .containsEntry("r3", "delacruzmeans").containsEntry("r4", "anonuntitled");
        assertThat(BibtexKeys.assign(List.of(b, a))).isEqualTo(BibtexKeys.assign(List.of(a, b)));
        assertThat(BibtexKeys.assign(List.of(a))).containsEntry("r2", "saharia2022imagen");
    }

    @Test
    void aSuffixNeverCollidesWithAnotherKey() {
        Citable x1 = citable("r1", "Scaling", List.of("Li Wei"), 2020, null, null);
        Citable x2 = citable("r2", "Scaling", List.of("Li Wei"), 2020, null, null);
        Citable taken = citable("r0", "Scalinga", List.of("Li Wei"), 2020, null, null);

        Map<String, String> keys = BibtexKeys.assign(List.of(x1, x2, taken));
        assertThat(new HashSet<>(keys.values())).hasSize(3);
        assertThat(keys).containsEntry("r0", "wei2020scalinga").containsEntry("r1", "wei2020scalingb").containsEntry("r2", "wei2020scalingc");
    }

    @Test
    void specialCharactersAreEscapedAndRoundTrip() throws Exception {
        String title = "R&D at 50% for $5 #1: snake_case, café Ünïcode";
        String awkward = "Braces { unbalanced and path\\1 ~ tilde ^ caret";
        Citable c = citable("r1", title, List.of("Zoë O'Brien-Łukasz", "José Ángel"), 2023, "ICML 2023", awkward);

        String bibtex = BibtexWriter.write(List.of(c));
        BibTeXEntry entry = parse(bibtex).getEntries().values().iterator().next();

        assertThat(entry.getType()).isEqualTo(new Key("inproceedings"));
        assertThat(field(entry, "title")).isEqualTo("R\\&D at 50\\% for \\$5 \\#1: snake\\_case, café Ünïcode");
        assertThat(printed(field(entry, "title"))).isEqualTo(title);
        assertThat(field(entry, "author")).isEqualTo("Zoë O'Brien-Łukasz and José Ángel");
        assertThat(field(entry, "booktitle")).isEqualTo("ICML 2023");
        assertThat(field(entry, "abstract")).isEqualTo("Braces \\textbraceleft{} unbalanced and path\\textbackslash{}1 ~ tilde"
                + " \\textasciicircum{} caret");
        assertThat(bibtex).contains("café"); // UTF-8 kept as it is
    }

    @Test
    void latexAlreadyInTheTextIsKept() throws Exception {
        String abstractText = "We propose \\glam (\\textbf{G}eneralist \\textbf{La}nguage \\textbf{M}odel) with $O(n^2)$"
                + " cost, $\\{x_i\\}$ sets, 100\\% of {GPU} time & 3 stray } braces.";
        Citable c = citable("r1", "Top-$k$ Sampling for GLaM and BERT, 100% Faster", List.of("A B"), 2022, null, abstractText);

        BibTeXEntry entry = parse(BibtexWriter.write(List.of(c))).getEntries().values().iterator().next();

        assertThat(entry.getType()).isEqualTo(new Key("misc"));
        assertThat(field(entry, "title")).isEqualTo("Top-$k$ Sampling for {GLaM} and {BERT}, 100\\% Faster");
        assertThat(field(entry, "abstract")).isEqualTo("We propose \\glam (\\textbf{G}eneralist \\textbf{La}nguage \\textbf{M}odel)"
                + " with $O(n^2)$ cost, $\\{x_i\\}$ sets, 100\\% of {GPU} time \\& 3 stray \\textbraceright{} braces.");
    }

    @Test
    void entryTypesFollowKindAndVenue() throws Exception {
        List<Citable> cs = List.of(
                citable("r1", "Conference Paper", List.of("A B"), 2022, "NeurIPS 2022", null),
                citable("r2", "Preprint", List.of("A B"), 2022, "arXiv", null),
                citable("r3", "Oral Without Named Venue Type", List.of("A B"), 2023, "ICML 2023", null, "oral-listing"),
                citable("r4", "No Venue", List.of("A B"), 2023, null, null),
                new Citable("r5", RecordKind.BLOG_POST, "Blog Post", List.of("A B"), null, 2022, "Google AI Blog", null, null,
                        List.of("blog-archive"), List.of("p line 1")),
                citable("r6", "Journal Paper", List.of("A B"), 2021, "Journal of Machine Learning Research", null));

        BibTeXDatabase db = parse(BibtexWriter.write(cs));

        Map<Key, BibTeXEntry> entries = db.getEntries();
        List<String> types = cs.stream().map(c -> entries.get(new Key(BibtexKeys.assign(cs).get(c.id()))).getType().getValue()).toList();
        assertThat(types).containsExactly("inproceedings", "misc", "inproceedings", "misc", "misc", "misc");
        assertThat(field(entries.get(new Key(BibtexKeys.assign(cs).get("r2"))), "howpublished")).isEqualTo("arXiv");
    }

    /** "Song et al." is how a page mentions a paper, not its author list: no author is invented from it. */
    @Test
    void authorsMentionedOnlyInProseAreNotAnAuthorList() throws Exception {
        Citable c = new Citable("r1", RecordKind.PAPER, "Denoising Diffusion Implicit Models", List.of(), "Song et al.", 2021,
                "ICLR", null, null, List.of("reading-list"), List.of("001 line 551"));

        BibTeXEntry entry = parse(BibtexWriter.write(List.of(c))).getEntries().values().iterator().next();

        assertThat(entry.getKey().getValue()).isEqualTo("song2021denoising");
        assertThat(field(entry, "author")).isNull();
    }

    @Test
    void inlineMathStaysMathWhateverItsDelimiters() throws Exception {
        String abstractText = "Images of \\(1024 \\times 1024\\) pixels, $$O(n)$$ cost, \\[x^2\\] and $k$; a lone \\( stays text.";
        Citable c = citable("r1", "Diffusion at \\(1024 \\times 1024\\)", List.of("A B"), 2022, null, abstractText);

        BibTeXEntry entry = parse(BibtexWriter.write(List.of(c))).getEntries().values().iterator().next();

        assertThat(field(entry, "title")).isEqualTo("Diffusion at $1024 \\times 1024$");
        assertThat(field(entry, "abstract")).isEqualTo("Images of $1024 \\times 1024$ pixels, $O(n)$ cost, $x^2$ and $k$;"
                + " a lone \\textbackslash{}( stays text.");
        assertThat(field(entry, "title")).doesNotContain("textbackslash");
    }
}
