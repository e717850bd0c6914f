package dev.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadingListParserTest {
    private static final String LIST = "001_3c21371b35a751cd.txt";
    private static final List<String> OTHER_SEEDS = List.of("000_3a5399ae039ce1ad.txt", "002_3526288c33920918.txt",
            "003_6c61cf4d2baeb404.txt", "004_d2faed4b193087f1.txt");

    private final ReadingListParser parser = new ReadingListParser();

    private static SourceDocument seed(String name) throws IOException, ParseException {
        Path path = Path.of(System.getProperty("paperscope.repo", ".")).resolve("demo/seeds").resolve(name);
        return SourceDocument.of(name, Files.readAllBytes(path));
    }

    private static SourceDocument page(String name, String text) throws ParseException {
        return SourceDocument.of(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private List<SourceRecord> seedRecords() throws Exception {
        return parser.parse(seed(LIST));
    }

    private static SourceRecord atLine(List<SourceRecord> records, int line) {
        return records.stream().filter(r -> r.source().line() == line).findFirst().orElseThrow();
    }

    private static String reasonFor(SourceRecord r, String field) {
        return r.derived().stream().filter(d -> d.field().equals(field)).map(Derivation::reason).findFirst().orElse(null);
    }

    // --- detection ---------------------------------------------------------------------------------------------

    @Test
    void detectsTheReadingListAndNothingElse() throws Exception {
        assertThat(parser.detect(seed(LIST))).isGreaterThanOrEqualTo(0.8);
        for (String other : OTHER_SEEDS) {
            assertThat(parser.detect(seed(other))).as(other).isLessThan(0.5);
        }
        assertThat(parser.detect(page("a.json", "{\n  \"papers\": [\n    \"A\",\n    \"B\"\n  ]\n}\n"))).isLessThan(0.5);
        assertThat(parser.detect(page("a.csv", "title,authors\nA,- B\nC,- D\n"))).isLessThan(0.5);
        assertThat(parser.detect(page("a.bib", "@inproceedings{k,\n  title = {A},\n  author = {B and C}\n}\n"))).isLessThan(0.5);
        assertThat(Formats.detectName(seed(LIST))).contains(ReadingListParser.FORMAT);
    }

    // --- golden checks on the seed page ------------------------------------------------------------------------

    @Test
    void seedHasTwoHundredSeventySixEntries() throws Exception {
        List<SourceRecord> records = seedRecords();
        // 279 top-level lines are directly followed by bullets; three of them are display maths, not titles
        assertThat(records).hasSize(276);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(RecordKind.PAPER);
            assertThat(r.source().format()).isEqualTo("reading-list");
            assertThat(r.authors()).isEmpty();
        });
        assertThat(records.getLast().title()).isEqualTo("The Claude 3 Model Family: Opus, Sonnet, Haiku");
        // the saved page itself stops mid-word; the entry keeps what is there
        assertThat(records.getLast().abstractText()).endsWith("Claude 3 Opus, lau");
    }

    @Test
    void firstEntryFieldByField() throws Exception {
        SourceRecord nce = seedRecords().getFirst();
        assertThat(nce.title()).isEqualTo("Noise-contrastive estimation: A new estimation principle for unnormalized statistical models");
        assertThat(nce.source().line()).isEqualTo(10);
        assertThat(nce.section()).isEqualTo("Computer Vision");
        assertThat(nce.authorMention()).isEqualTo("Gutmann and Hyvarinen");
        assertThat(nce.venue()).isEqualTo("AISTATS");
        assertThat(nce.year()).isEqualTo(2010);
        assertThat(nce.derived()).containsExactly(
                new Derivation("author_mention", "stated in line 11: 'This paper by Gutmann and Hyvarinen…'"),
                new Derivation("venue", "stated in line 11: 'This paper by Gutmann and Hyvarinen in AISTATS 2010…'"),
                new Derivation("year", "stated in line 11: 'This paper by Gutmann and Hyvarinen in AISTATS 2010…'"));
        assertThat(nce.abstractText())
                .startsWith("This paper by Gutmann and Hyvarinen in AISTATS 2010 introduced the concept of negative sampling")
                .contains("contrastive learning.\nThey propose a new estimation principle")
                .endsWith("a large-scale two-layer model and a Markov random field.")
                .doesNotContain("•");
        assertThat(nce.raw()).startsWith("Noise-contrastive estimation: A new estimation principle for unnormalized statistical models\n  • This paper by")
                .endsWith("a Markov random field.");
        assertThat(nce.raw().lines()).hasSize(7);
    }

    @Test
    void missingHeaderLeavesLaterEntriesUnderTheNearestOne() throws Exception {
        List<SourceRecord> records = seedRecords();
        // The page has "Seminal Papers / Need-to-know" and "Computer Vision" at the top and no header before
        // its NLP papers: they keep the nearest header above them; nothing is made up.
        assertThat(records).extracting(SourceRecord::section).containsOnly("Computer Vision");
        assertThat(atLine(records, 858).title()).isEqualTo("Attention Is All You Need");
        assertThat(atLine(records, 858).section()).isEqualTo("Computer Vision");
        // the page's own heading and its introductory bullet are not an entry
        assertThat(records).noneMatch(r -> r.title().equals("Papers List"));
        assertThat(records).noneMatch(r -> r.abstractText().contains("A curated set of papers"));
    }

    @Test
    void venuesAreToldApartFromInstitutions() throws Exception {
        List<SourceRecord> records = seedRecords();
        SourceRecord alexNet = atLine(records, 19);
        assertThat(alexNet.authorMention()).isEqualTo("Krizhevsky et al.");
        assertThat(alexNet.venue()).isEqualTo("NeurIPS");
        assertThat(alexNet.year()).isEqualTo(2012);

        SourceRecord cnn3d = atLine(records, 27); // "from ASU and NEC Labs in IEEE PAMI 2012"
        assertThat(cnn3d.authorMention()).isEqualTo("Ji et al.");
        assertThat(cnn3d.venue()).isEqualTo("IEEE PAMI");
        assertThat(cnn3d.year()).isEqualTo(2012);
        assertThat(reasonFor(cnn3d, "venue")).isEqualTo("stated in line 28: 'This paper by Ji et al. from ASU and NEC Labs in IEEE PAMI 2012…'");

        SourceRecord zeiler = atLine(records, 35); // "from the Courant Institute, NYU in 2013"
        assertThat(zeiler.authorMention()).isEqualTo("Zeiler and Fergus");
        assertThat(zeiler.venue()).isNull();
        assertThat(zeiler.year()).isEqualTo(2013);
        assertThat(reasonFor(zeiler, "venue")).isNull();

        SourceRecord inception = atLine(records, 56); // "from Google in CVPR 2015"
        assertThat(inception.venue()).isEqualTo("CVPR");
        assertThat(inception.year()).isEqualTo(2015);

        SourceRecord faceNet = atLine(records, 61); // "from Google in 2015"
        assertThat(faceNet.venue()).isNull();
        assertThat(faceNet.year()).isEqualTo(2015);
    }

    @Test
    void venueAndYearStatedApartOrInUnusualPlaces() throws Exception {
        List<SourceRecord> records = seedRecords();
        SourceRecord t5 = atLine(records, 1216); // "from Google in JMLR delves into … Published in 2020, …"
        assertThat(t5.venue()).isEqualTo("JMLR");
        assertThat(t5.year()).isEqualTo(2020);
        assertThat(reasonFor(t5, "year")).isEqualTo("stated in line 1217: 'Published in 2020…'");

        SourceRecord contriever = atLine(records, 1834); // "published in Transactions on Machine Learning Research (TMLR) in August 2022"
        assertThat(contriever.venue()).isEqualTo("TMLR");
        assertThat(contriever.year()).isEqualTo(2022);

        SourceRecord pix2pix = atLine(records, 130); // "This paper by et al. from UC Berkeley in CVPR 2017": the name is missing
        assertThat(pix2pix.authorMention()).isNull();
        assertThat(pix2pix.venue()).isEqualTo("CVPR");
        assertThat(pix2pix.year()).isEqualTo(2017);

        SourceRecord funSearch = atLine(records, 2556); // "from Google DeepMind in Nature"
        assertThat(funSearch.venue()).isEqualTo("Nature");
        assertThat(funSearch.year()).isNull();
    }

    @Test
    void contributorIsNotAnAuthorButTheTitleByLineIs() throws Exception {
        List<SourceRecord> records = seedRecords();
        SourceRecord minerva = atLine(records, 1662);
        assertThat(minerva.abstractText()).startsWith("The following paper summary has been contributed by Zhibo Zhang.");
        assertThat(minerva.authorMention()).isEqualTo("Lewkowycz et al.");
        assertThat(minerva.venue()).isEqualTo("NeurIPS");
        assertThat(minerva.year()).isEqualTo(2022);
        SourceRecord different = atLine(records, 1647);
        assertThat(different.abstractText()).startsWith("The following summary has been contributed by Zhibo Zhang.");
        assertThat(different.authorMention()).isNull();
    }

    @Test
    void latexDisplayLinesArePartOfTheSummaryNotTitles() throws Exception {
        List<SourceRecord> records = seedRecords();
        assertThat(records).noneMatch(r -> r.title().startsWith("\\[") || r.title().startsWith("$$"));
        SourceRecord moe = atLine(records, 861);
        assertThat(moe.title()).isEqualTo("Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer");
        assertThat(moe.abstractText()).contains("\n\\[p_i(x)=\\frac{e^{h(x)_i}}{\\sum_j^N e^{h(x)_j}}\\]\n")
                .contains("\n\\[y=\\sum_{i \\in \\mathcal{T}} p_i(x) E_i(x)\\]\n");
        assertThat(moe.raw()).contains("\n\\[p_i(x)=").endsWith("modulated by the outputs of the gating network.").doesNotContain("Using the Output Embedding");
        // an indented display after a blank line, inside the bullets
        assertThat(atLine(records, 1042).abstractText()).contains("\n\\[q_i=\\frac{p_i^\\alpha}");
    }

    @Test
    void nestedAndNumberedBulletsAreKeptInOrder() throws Exception {
        List<SourceRecord> records = seedRecords();
        assertThat(atLine(records, 56).abstractText()).contains("Ideas from the paper:\nIncreased the depth (number of layers)");
        assertThat(records).anySatisfy(r -> assertThat(r.abstractText()).contains("\n1. Low-Rank Approximation:"));
    }

    // --- failures ----------------------------------------------------------------------------------------------

    private static final String TWO_ENTRIES = """
            Reading List

            Vision
            Paper One
              • This paper by Doe et al. in CVPR 2020 does one thing.
            Paper Two
              • It does another.
            """;

    @Test
    void titleWithoutBulletsAtTheEndIsATruncatedEntry() throws Exception {
        assertThat(parser.parse(page("ok.txt", TWO_ENTRIES))).hasSize(2);
        assertThatThrownBy(() -> parser.parse(page("cut.txt", TWO_ENTRIES + "Paper Three\n\n")))
                .isInstanceOf(ParseException.class)
                .hasMessage("cut.txt:8: the page ends with 'Paper Three', which has no bullet points under it (truncated entry?)");
    }

    @Test
    void unclosedDisplayMathsFailsWhereItOpens() throws Exception {
        String text = TWO_ENTRIES + "Paper Three\n  • A loss:\n\\[L = \\sum_i x_i\n  • More.\n";
        assertThatThrownBy(() -> parser.parse(page("math.txt", text)))
                .isInstanceOf(ParseException.class)
                .hasMessage("math.txt:10: display maths opened here is never closed");
    }

    @Test
    void paragraphInPlaceOfATitleFails() throws Exception {
        String text = TWO_ENTRIES + "This is not a title. ".repeat(20) + "\n  • A bullet.\n";
        assertThatThrownBy(() -> parser.parse(page("para.txt", text)))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("para.txt:8: a line of 419 characters is followed by bullet points;");
    }

    @Test
    void otherFormatsGivenAsReadingListHaveNoEntries() throws Exception {
        for (String other : List.of("000_3a5399ae039ce1ad.txt", "002_3526288c33920918.txt")) {
            assertThatThrownBy(() -> Formats.parse(seed(other), Optional.of("reading-list")))
                    .isInstanceOf(ParseException.class)
                    .hasMessage(other + ":1: no records found when read as reading-list");
        }
        assertThat(parser.parse(page("headers.txt", "Papers\n\nVision\n\nLanguage\n"))).isEmpty();
    }

    // --- an unseen page of the same kind -----------------------------------------------------------------------

    private static final String UNSEEN = """
            Must-Read Papers in Reinforcement Learning and Graphs
            Last updated: March 2024

            Foundations
            Playing Atari with Deep Reinforcement Learning
            - This paper by Mnih et al. from DeepMind in 2013 introduced deep Q-networks.
              - It learns control policies from raw pixels.
            - Evaluated on seven Atari games.

            Mastering the Game of Go with Deep Neural Networks and Tree Search
            * The paper by Silver et al. from DeepMind, published in Nature in 2016, combines policy and value networks with search.
            * It beat a professional player.

            Graph Learning
            Semi-Supervised Classification with Graph Convolutional Networks
            - This work by Kipf and Welling from the University of Amsterdam in ICLR 2017 introduces GCNs.
            $$
            H' = \\sigma(\\hat{A} H W)
            $$
            - It scales linearly in the number of edges.
            Graph Attention Networks
            - Attention over neighbours, from MILA; appeared at ICLR 2018.
            """;

    @Test
    void unseenListIsDetectedAndParsedByStructure() throws Exception {
        SourceDocument doc = page("rl.txt", UNSEEN);
        assertThat(parser.detect(doc)).isGreaterThanOrEqualTo(0.8);
        assertThat(new BlogArchiveParser().detect(doc)).isLessThan(0.5);
        List<SourceRecord> records = parser.parse(doc);
        assertThat(records).extracting(SourceRecord::title).containsExactly(
                "Playing Atari with Deep Reinforcement Learning",
                "Mastering the Game of Go with Deep Neural Networks and Tree Search",
                "Semi-Supervised Classification with Graph Convolutional Networks",
                "Graph Attention Networks");
        assertThat(records).extracting(SourceRecord::section)
                .containsExactly("Foundations", "Foundations", "Graph Learning", "Graph Learning");
        assertThat(records).extracting(r -> r.source().line()).containsExactly(5, 10, 15, 21);

        SourceRecord atari = records.get(0);
        assertThat(atari.authorMention()).isEqualTo("Mnih et al.");
        assertThat(atari.venue()).isNull();
        assertThat(atari.year()).isEqualTo(2013);
        assertThat(atari.abstractText()).isEqualTo("This paper by Mnih et al. from DeepMind in 2013 introduced deep Q-networks.\n"
                + "It learns control policies from raw pixels.\nEvaluated on seven Atari games.");

        SourceRecord go = records.get(1);
        assertThat(go.authorMention()).isEqualTo("Silver et al.");
        assertThat(go.venue()).isEqualTo("Nature");
        assertThat(go.year()).isEqualTo(2016);

        SourceRecord gcn = records.get(2);
        assertThat(gcn.authorMention()).isEqualTo("Kipf and Welling");
        assertThat(gcn.venue()).isEqualTo("ICLR");
        assertThat(gcn.year()).isEqualTo(2017);
        assertThat(gcn.abstractText()).contains("GCNs.\n$$\nH' = \\sigma(\\hat{A} H W)\n$$\nIt scales");

        // no "paper by" sentence: nothing is read from "appeared at ICLR 2018", rather than guess whose work it is
        SourceRecord gat = records.get(3);
        assertThat(gat.authorMention()).isNull();
        assertThat(gat.venue()).isNull();
        assertThat(gat.derived()).isEmpty();
    }
}
