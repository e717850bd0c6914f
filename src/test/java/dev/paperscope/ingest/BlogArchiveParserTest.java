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

class BlogArchiveParserTest {
    private static final String ARCHIVE = "000_3a5399ae039ce1ad.txt";
    private static final List<String> OTHER_SEEDS = List.of("001_3c21371b35a751cd.txt", "002_3526288c33920918.txt",
            "003_6c61cf4d2baeb404.txt", "004_d2faed4b193087f1.txt");

    private final BlogArchiveParser parser = new BlogArchiveParser();

    private static SourceDocument seed(String name) throws IOException, ParseException {
        Path path = Path.of(System.getProperty("paperscope.repo", ".")).resolve("demo/seeds").resolve(name);
        return SourceDocument.of(name, Files.readAllBytes(path));
    }

    private static SourceDocument page(String name, String text) throws ParseException {
        return SourceDocument.of(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<SourceRecord> seedRecords() throws Exception {
        return Formats.parse(seed(ARCHIVE), Optional.of(BlogArchiveParser.FORMAT)).records();
    }

    private static List<SourceRecord> ofKind(List<SourceRecord> records, RecordKind kind) {
        return records.stream().filter(r -> r.kind() == kind).toList();
    }

    private static SourceRecord atLine(List<SourceRecord> records, int line) {
        return records.stream().filter(r -> r.source().line() == line).findFirst().orElseThrow();
    }

    // --- detection ---------------------------------------------------------------------------------------------

    @Test
    void detectsTheArchiveAndNothingElse() throws Exception {
        assertThat(parser.detect(seed(ARCHIVE))).isGreaterThanOrEqualTo(0.8);
        for (String other : OTHER_SEEDS) {
            assertThat(parser.detect(seed(other))).as(other).isLessThan(0.5);
        }
        assertThat(parser.detect(page("a.json", "[{\"title\": \"Source: x\", \"year\": 2020}]\n"))).isLessThan(0.5);
        assertThat(parser.detect(page("a.csv", "title,authors,year\nSource: A,\"B, C\",2020\n"))).isLessThan(0.5);
        assertThat(parser.detect(page("a.bib", "@article{k,\n  title={Source: A},\n  year={2020}\n}\n"))).isLessThan(0.5);
        assertThat(Formats.detectName(seed(ARCHIVE))).contains(BlogArchiveParser.FORMAT);
    }

    // --- golden checks on the seed page ------------------------------------------------------------------------

    @Test
    void seedHasTenPostsAndTheLabListsPapers() throws Exception {
        List<SourceRecord> records = seedRecords();
        assertThat(records).hasSize(187);
        assertThat(ofKind(records, RecordKind.BLOG_POST)).extracting(r -> r.source().line())
                .containsExactly(3, 66, 139, 207, 1050, 1106, 1151, 1208, 1272, 1332);
        List<SourceRecord> papers = ofKind(records, RecordKind.PAPER);
        assertThat(papers).hasSize(177);
        assertThat(papers.stream().filter(p -> "Outstanding Paper Award".equals(p.section()))).hasSize(1);
        assertThat(papers.stream().filter(p -> "Spotlight Papers".equals(p.section()))).hasSize(9);
        assertThat(papers.stream().filter(p -> "Papers".equals(p.section()))).hasSize(167);
        assertThat(records).allSatisfy(r -> assertThat(r.source().format()).isEqualTo("blog-archive"));
    }

    @Test
    void firstPostFieldByField() throws Exception {
        SourceRecord cappy = seedRecords().getFirst();
        assertThat(cappy.kind()).isEqualTo(RecordKind.BLOG_POST);
        assertThat(cappy.title()).isEqualTo("Cappy: Outperforming and boosting large multi-task language models with a small scorer");
        assertThat(cappy.source().line()).isEqualTo(3);
        assertThat(cappy.authors()).isEmpty();
        assertThat(cappy.abstractText()).startsWith("Large language model (LLM) advancements have led to a new paradigm")
                .contains("\n\nPre-training\n\nWe begin with the same dataset collection")
                .endsWith("We would also like to thank Eric Xing and Zhiting Hu for their suggestions.")
                .doesNotContain("Source: Google AI Blog");
        assertThat(cappy.venue()).isEqualTo("NeurIPS");
        assertThat(cappy.year()).isEqualTo(2023);
        assertThat(cappy.derived()).containsExactly(
                new Derivation("venue", "stated in line 13: 'In “Cappy: Outperforming and Boosting Large Multi-Task LMs with a Small Scorer”, presented at NeurIPS 2023…'"),
                new Derivation("year", "stated in line 13: 'In “Cappy: Outperforming and Boosting Large Multi-Task LMs with a Small Scorer”, presented at NeurIPS 2023…'"));
        assertThat(cappy.extra()).containsEntry("attribution", "Google AI Blog")
                .containsEntry("paper_title", "Cappy: Outperforming and Boosting Large Multi-Task LMs with a Small Scorer")
                .doesNotContainKey("presentation");
        assertThat(cappy.raw()).startsWith("Cappy: Outperforming and boosting large multi-task language models with a small scorer\n\nLarge language model")
                .endsWith("for their suggestions.\n\nSource: Google AI Blog");
        assertThat(cappy.section()).isNull();
        assertThat(cappy.award()).isNull();
    }

    @Test
    void venueIsTheFirstOneStatedAboutThePostsOwnWork() throws Exception {
        List<SourceRecord> posts = ofKind(seedRecords(), RecordKind.BLOG_POST);
        assertThat(posts).extracting(SourceRecord::venue)
                .containsExactly("NeurIPS", null, "NeurIPS", "NeurIPS", "NeurIPS", "NeurIPS", "NeurIPS", "NeurIPS", "EMNLP", "EMNLP");
        assertThat(posts).extracting(SourceRecord::year)
                .containsExactly(2023, null, 2022, 2022, 2022, 2021, 2021, 2021, 2020, 2020);
        SourceRecord styleDrop = atLine(posts, 66);
        assertThat(styleDrop.title()).isEqualTo("StyleDrop: Text-to-image generation in any style");
        assertThat(styleDrop.derived()).isEmpty();
        // "a spotlight paper at NeurIPS 2021" and "accepted as an oral presentation at NeurIPS 2021"
        assertThat(atLine(posts, 1151).extra()).containsEntry("presentation", "spotlight");
        assertThat(atLine(posts, 1208).extra()).containsEntry("presentation", "oral")
                .containsEntry("paper_title", "Deep RL at the Edge of the Statistical Precipice");
        // BigBird's post states EMNLP 2020 for ETC first, then NeurIPS 2020 for BigBird: the first is taken.
        assertThat(atLine(posts, 1272).derived().getFirst().reason())
                .isEqualTo("stated in line 1278: 'In “ETC: Encoding Long and Structured Inputs in Transformers”, presented at EMNLP 2020…'");
    }

    @Test
    void labPostTakesItsVenueFromItsTitle() throws Exception {
        SourceRecord post = atLine(seedRecords(), 207);
        assertThat(post.title()).isEqualTo("Google at NeurIPS 2022");
        assertThat(post.venue()).isEqualTo("NeurIPS");
        assertThat(post.year()).isEqualTo(2022);
        assertThat(post.derived()).contains(new Derivation("venue", "stated in the post's title, line 207: 'Google at NeurIPS 2022'"));
        assertThat(post.abstractText()).startsWith("This week marks the beginning of the 36th annual Conference")
                .endsWith("*Work done while at Google.");
    }

    @Test
    void duplicatedPostIsKeptTwiceWithDistinctIds() throws Exception {
        List<SourceRecord> posts = ofKind(seedRecords(), RecordKind.BLOG_POST);
        SourceRecord first = atLine(posts, 1272);
        SourceRecord second = atLine(posts, 1332);
        assertThat(second.title()).isEqualTo(first.title()).isEqualTo("Constructing Transformers For Longer Sequences with Sparse Attention Methods");
        assertThat(second.abstractText()).isEqualTo(first.abstractText());
        assertThat(second.id()).isEqualTo(first.id() + "-2");
    }

    @Test
    void awardPaperFieldByField() throws Exception {
        SourceRecord imagen = atLine(seedRecords(), 246);
        assertThat(imagen.kind()).isEqualTo(RecordKind.PAPER);
        assertThat(imagen.title()).isEqualTo("Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding");
        assertThat(imagen.authors()).hasSize(14).startsWith("Chitwan Saharia", "William Chan")
                .contains("S. Sara Mahdavi").endsWith("David J Fleet", "Mohammad Norouzi");
        assertThat(imagen.section()).isEqualTo("Outstanding Paper Award");
        assertThat(imagen.award()).isEqualTo("Outstanding Paper Award");
        assertThat(imagen.venue()).isEqualTo("NeurIPS");
        assertThat(imagen.year()).isEqualTo(2022);
        assertThat(imagen.abstractText()).isNull();
        assertThat(imagen.derived()).containsExactly(
                new Derivation("venue", "from the post's title, line 207: 'Google at NeurIPS 2022'"),
                new Derivation("year", "from the post's title, line 207: 'Google at NeurIPS 2022'"));
        assertThat(imagen.extra()).containsEntry("post_title", "Google at NeurIPS 2022").doesNotContainKey("presentation");
        assertThat(imagen.raw()).isEqualTo("Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding\n"
                + "Chitwan Saharia, William Chan, Saurabh Saxena, Lala Li, Jay Whang, Emily Denton, Seyed Kamyar Seyed Ghasemipour, "
                + "Burcu Karagol Ayan, S. Sara Mahdavi, Rapha Gontijo Lopes, Tim Salimans, Jonathan Ho, David J Fleet, Mohammad Norouzi");
    }

    @Test
    void spotlightPaperLosesItsFootnoteMarkerWithAReason() throws Exception {
        SourceRecord paper = atLine(seedRecords(), 515);
        assertThat(paper.title()).isEqualTo("Machine Learning on Graphs: A Model and Comprehensive Taxonomy");
        assertThat(paper.authors()).containsExactly("Ines Chami", "Sami Abu-El-Haija", "Bryan Perozzi", "Christopher Ré", "Kevin Murphy");
        assertThat(paper.section()).isEqualTo("Spotlight Papers");
        assertThat(paper.award()).isNull();
        assertThat(paper.extra()).containsEntry("presentation", "spotlight");
        assertThat(paper.derived()).first().isEqualTo(new Derivation("authors",
                "removed trailing '*' from Ines Chami (the post's footnote: '*Work done while at Google.')"));
        assertThat(paper.raw()).contains("Ines Chami*, Sami Abu-El-Haija");
    }

    @Test
    void linkMarkerIsStrippedFromTheTitleButKeptInRaw() throws Exception {
        SourceRecord paper = atLine(seedRecords(), 638);
        assertThat(paper.title()).isEqualTo("Deep Hierarchical Planning from Pixels");
        assertThat(paper.raw()).startsWith("Deep Hierarchical Planning from Pixels (see\u00A0blog post)\n");
        assertThat(paper.derived()).first().isEqualTo(new Derivation("title", "removed link marker '(see blog post)'"));
        assertThat(paper.authors()).containsExactly("Danijar Hafner", "Kuang-Huei Lee", "Ian Fischer", "Pieter Abbeel");
        assertThat(ofKind(seedRecords(), RecordKind.PAPER)).noneMatch(p -> p.title().contains("(see"));
    }

    @Test
    void duplicatedListEntriesAreKeptAsTwoRecords() throws Exception {
        List<SourceRecord> records = seedRecords();
        SourceRecord first = atLine(records, 629);
        SourceRecord second = atLine(records, 695);
        assertThat(second.title()).isEqualTo(first.title()).isEqualTo("Polynomial Neural Fields for Subband Decomposition and Manipulation");
        assertThat(second.id()).isEqualTo(first.id() + "-2");
        assertThat(atLine(records, 857).id()).isEqualTo(atLine(records, 812).id() + "-2");
        // the same title with a differently written author line is kept too: ids are keyed by title, so it is told apart by occurrence
        assertThat(atLine(records, 848).id()).isNotEqualTo(atLine(records, 800).id());
        assertThat(atLine(records, 848).authors()).isNotEqualTo(atLine(records, 800).authors());
    }

    @Test
    void organisersKeynotesWorkshopsAndTutorialsAreNotPapers() throws Exception {
        List<String> titles = ofKind(seedRecords(), RecordKind.PAPER).stream().map(SourceRecord::title).toList();
        assertThat(titles).doesNotContain(
                "The Forward-Forward Algorithm for Training Deep Neural Networks", // keynote: title + one speaker
                "Graph Neural Networks in Tensorflow: A Practical Guide",           // EXPO workshop with organiser line
                "LatinX in AI (LXAI)",                                              // affinity workshop
                "Advances in Bayesian Optimization",                               // tutorial
                "IGLU: Interactive Grounded Language Understanding in a Collaborative Environment"); // competition
        assertThat(ofKind(seedRecords(), RecordKind.PAPER)).allSatisfy(p -> assertThat(p.section())
                .isIn("Outstanding Paper Award", "Spotlight Papers", "Papers"));
    }

    @Test
    void singleAuthorAndLastEntryOfTheList() throws Exception {
        List<SourceRecord> records = seedRecords();
        assertThat(atLine(records, 821).authors()).containsExactly("Rishi Saket");
        SourceRecord last = atLine(records, 1040);
        assertThat(last.title()).isEqualTo("Transformer Memory as a Differentiable Search Index");
        assertThat(last.authors()).hasSize(13).endsWith("William W. Cohen", "Donald Metzler");
    }

    // --- failures ----------------------------------------------------------------------------------------------

    @Test
    void truncatedLastPostFailsAtItsTitle() throws Exception {
        String text = "Tag Archives: ICML\n\nA post\n\n" + "Body text. ".repeat(20) + "\n\nSource: Some Lab Blog\n\n\nAnother post\n";
        assertThatThrownBy(() -> parser.parse(page("t.txt", text)))
                .isInstanceOf(ParseException.class)
                .hasMessage("t.txt:10: post 'Another post' has no text after its title (truncated?)");
    }

    @Test
    void pageWithoutPostsHasNoRecords() throws Exception {
        SourceDocument empty = page("empty.txt", "Tag Archives: ICML\n\nNothing found.\n");
        assertThat(parser.parse(empty)).isEmpty();
        assertThatThrownBy(() -> Formats.parse(empty, Optional.of("blog-archive")))
                .isInstanceOf(ParseException.class)
                .hasMessage("empty.txt:1: no records found when read as blog-archive");
    }

    @Test
    void anotherFormatGivenAsBlogArchiveFails() throws Exception {
        // The oral listing has short lines followed by long abstracts, which look like titles and their
        // text, but no post ends with an attribution footer.
        assertThatThrownBy(() -> Formats.parse(seed("002_3526288c33920918.txt"), Optional.of("blog-archive")))
                .isInstanceOf(ParseException.class)
                .hasMessage("002_3526288c33920918.txt:1: no post ends with an attribution line such as 'Source: …';"
                        + " this is not a blog archive");
    }

    // --- an unseen page of the same kind -----------------------------------------------------------------------

    private static final String UNSEEN = """
            Category Archives: ICML
            Home | About | Archives

            Acme Research at ICML 2024
            This week the Forty-first International Conference on Machine Learning takes place in Vienna, and Acme Research is proud to present the papers below, together with talks and workshops organised by our colleagues.

            Invited Talks
            Why Scaling Is Not Enough
            Jane Roe

            Best Paper Award
            Learning to Count Sheep Without Sleep (read more)
            Ana Lima*, Bo Chen, Carla M. de Souza

            Oral Papers
            Tiny Transformers for Tiny Devices
            Dev Patel and Eve Müller

            Accepted Papers
            A Theory of Everything Small
            Bo Chen, Ana Lima
            Robust Ranking Under Noise
            Finn O'Brien

            Workshops
            Efficient ML Workshop
            Organizers: Jane Roe, Bo Chen

            *Now at Other Lab.
            Originally published on the Acme Research Blog

            Counting Sheep at Scale
            Counting things is hard. In our paper “Learning to Count Sheep Without Sleep”, a best paper at ICML 2024, we show how a counting network can be trained without any labels whatsoever, at scale.
            Source: our own photographs, taken in the field over several summers.
            We thank the sheep.
            Originally published on the Acme Research Blog
            """;

    @Test
    void unseenArchiveIsDetectedAndParsedByStructure() throws Exception {
        SourceDocument doc = page("acme.txt", UNSEEN);
        assertThat(parser.detect(doc)).isGreaterThanOrEqualTo(0.6);
        assertThat(new ReadingListParser().detect(doc)).isLessThan(0.5);
        List<SourceRecord> records = parser.parse(doc);
        assertThat(records).extracting(SourceRecord::kind, SourceRecord::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RecordKind.BLOG_POST, "Acme Research at ICML 2024"),
                org.assertj.core.groups.Tuple.tuple(RecordKind.PAPER, "Learning to Count Sheep Without Sleep"),
                org.assertj.core.groups.Tuple.tuple(RecordKind.PAPER, "Tiny Transformers for Tiny Devices"),
                org.assertj.core.groups.Tuple.tuple(RecordKind.PAPER, "A Theory of Everything Small"),
                org.assertj.core.groups.Tuple.tuple(RecordKind.PAPER, "Robust Ranking Under Noise"),
                org.assertj.core.groups.Tuple.tuple(RecordKind.BLOG_POST, "Counting Sheep at Scale"));
        SourceRecord best = records.get(1);
        assertThat(best.source().line()).isEqualTo(12);
        assertThat(best.authors()).containsExactly("Ana Lima", "Bo Chen", "Carla M. de Souza");
        assertThat(best.award()).isEqualTo("Best Paper Award");
        assertThat(best.venue()).isEqualTo("ICML");
        assertThat(best.year()).isEqualTo(2024);
        assertThat(best.derived()).extracting(Derivation::field).containsExactly("title", "authors", "venue", "year");
        assertThat(best.derived().get(1).reason()).isEqualTo("removed trailing '*' from Ana Lima (the post's footnote: '*Now at Other Lab.')");
        assertThat(records.get(2).authors()).containsExactly("Dev Patel", "Eve Müller");
        assertThat(records.get(2).extra()).containsEntry("presentation", "oral");
        assertThat(records.get(4).authors()).containsExactly("Finn O'Brien");
        SourceRecord second = records.get(5);
        assertThat(second.extra()).containsEntry("attribution", "the Acme Research Blog");
        // a caption starting with "Source:" is not a footer: no title follows it, the post goes on
        assertThat(second.abstractText()).endsWith("We thank the sheep.");
        assertThat(second.venue()).isEqualTo("ICML");
        assertThat(second.year()).isEqualTo(2024);
        assertThat(second.extra()).containsEntry("paper_title", "Learning to Count Sheep Without Sleep");
    }
}
