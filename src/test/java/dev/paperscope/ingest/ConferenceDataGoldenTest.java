package dev.paperscope.ingest;

import static dev.paperscope.ingest.StructuredFixtures.conferenceData;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The real conference metadata in shared/data/conferences, read through format detection as a user would. */
class ConferenceDataGoldenTest {
    /** Parsed once per file: the files are large and several tests look at each. */
    private static final Map<String, Formats.ParsedFile> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Formats.ParsedFile read(String name) throws Exception {
        Formats.ParsedFile parsed = PARSED.get(name);
        if (parsed == null) {
            parsed = Formats.parse(SourceDocument.read(conferenceData(name)), Optional.empty());
            PARSED.put(name, parsed);
        }
        return parsed;
    }

    @Test
    void neurips2023IsReadFromGzipWithSessionsAndStartTimes() throws Exception {
        Formats.ParsedFile file = read("neurips2023.jsonl.gz");

        assertThat(file.format()).isEqualTo("jsonl");
        assertThat(file.records()).hasSize(3_584);
        SourceRecord first = file.records().getFirst();
        assertThat(first.title()).isEqualTo("(S)GD over Diagonal Linear Networks: Implicit bias, Large Stepsizes and Edge of Stability");
        assertThat(first.authors()).containsExactly("Mathieu Even", "Scott Pesme", "Suriya Gunasekar", "Nicolas Flammarion");
        assertThat(first.abstractText()).startsWith("In this paper, we investigate the impact of stochasticity and large stepsizes")
                .endsWith("Our findings are supported by experimental results.");
        assertThat(first.venue()).isEqualTo("NeurIPS");
        assertThat(first.year()).isEqualTo(2023);
        assertThat(first.session()).isEqualTo("Poster Session 1");
        assertThat(first.start()).isEqualTo(OffsetDateTime.parse("2023-12-12T08:45:00-06:00"));
        assertThat(first.url()).isNull();
        assertThat(first.extra()).containsEntry("source_id", "neurips2023-0001").containsEntry("decision", "Accept (poster session listing)");
        assertThat(first.source().line()).isEqualTo(1);
        assertThat(first.source().sha256()).isEqualTo("43b75052d82132114ebeed434c952db13e1ece75f16d21033cb4c38185b3d4fb");
        assertThat(file.records()).allSatisfy(r -> assertThat(r.abstractText()).isNotNull());
        assertThat(file.records()).filteredOn(r -> r.start() == null).hasSize(25)
                .allSatisfy(r -> assertThat(r.session()).isEqualTo("Not presented"));
        assertThat(file.records().get(3_559).source().line()).isEqualTo(3_560);
    }

    @Test
    void neurips2023OralAndSpotlightTitleMarkersBecomePresentation() throws Exception {
        List<SourceRecord> records = read("neurips2023.jsonl.gz").records();

        SourceRecord uTurn = records.get(12);
        assertThat(uTurn.title()).startsWith("A U-turn on Double Descent");
        assertThat(uTurn.extra()).containsEntry("presentation", "Oral");
        assertThat(records.getLast().title()).isEqualTo("Vulnerabilities in Video Quality Assessment Models: The Challenge of Adversarial Attacks");
        assertThat(records.getLast().extra()).containsEntry("presentation", "Spotlight");
        assertThat(records).filteredOn(r -> "Oral".equals(r.extra().get("presentation"))).hasSize(77);
        assertThat(records).filteredOn(r -> "Spotlight".equals(r.extra().get("presentation"))).hasSize(359);
        // "[Re]" marks a reproducibility report: part of the title
        assertThat(records).filteredOn(r -> r.title().startsWith("[Re] ")).hasSize(16);
    }

    @Test
    void neurips2022HasTitlesAndAuthorsOnly() throws Exception {
        Formats.ParsedFile file = read("neurips2022_titles_authors.jsonl");

        assertThat(file.format()).isEqualTo("jsonl");
        assertThat(file.records()).hasSize(2_900);
        SourceRecord last = file.records().getLast();
        assertThat(last.title()).isEqualTo("[Re] Replication study of 'Data-Driven Methods for Balancing Fairness and Efficiency in Ride-Pooling'");
        assertThat(last.authors()).containsExactly("Vera Neplenbroek", "Sabijn Perdijk", "Victor Prins");
        assertThat(last.abstractText()).isNull();
        assertThat(last.venue()).isEqualTo("NeurIPS");
        assertThat(last.year()).isEqualTo(2022);
        assertThat(last.source().line()).isEqualTo(2_900);
        assertThat(file.records()).allSatisfy(r -> assertThat(r.abstractText()).isNull());
    }

    @Test
    void icml2023KeepsDecisionsAndLatexTitles() throws Exception {
        Formats.ParsedFile file = read("icml2023_openreview.jsonl");

        assertThat(file.format()).isEqualTo("jsonl");
        assertThat(file.records()).hasSize(1_828);
        assertThat(file.records()).filteredOn(r -> "Oral".equals(r.extra().get("decision"))).hasSize(155)
                .allSatisfy(r -> assertThat(r.extra()).containsEntry("presentation", "Oral"));
        assertThat(file.records()).filteredOn(r -> "Poster".equals(r.extra().get("presentation"))).hasSize(1_673);
        SourceRecord sensitivity = file.records().get(138);
        assertThat(sensitivity.title()).isEqualTo("Sharper Bounds for $\\ell_p$ Sensitivity Sampling");
        assertThat(sensitivity.authors()).containsExactly("David Woodruff", "Taisuke Yasuda");
        assertThat(sensitivity.venue()).isEqualTo("ICML");
        assertThat(sensitivity.source().line()).isEqualTo(139);
        assertThat(file.records().get(2).extra()).containsEntry("source_id", "0BS36re3Cx").containsEntry("track", "main");
        assertThat(file.records().get(2).url()).isEqualTo("https://openreview.net/forum?id=0BS36re3Cx");
    }

    @Test
    void iclr2020JsonlKeepsKeywordsAndSessionLists() throws Exception {
        Formats.ParsedFile file = read("iclr2020_miniconf.jsonl");

        assertThat(file.format()).isEqualTo("jsonl");
        assertThat(file.records()).hasSize(687);
        SourceRecord spiking = file.records().getFirst();
        assertThat(spiking.title()).isEqualTo("Enabling Deep Spiking Neural Networks with Hybrid Conversion and Spike Timing Dependent Backpropagation");
        assertThat(spiking.authors()).containsExactly("Nitin Rathi", "Gopalakrishnan Srinivasan", "Priyadarshini Panda", "Kaushik Roy");
        assertThat(spiking.session()).isEqualTo("Tues Session 1; Mon Session 1");
        assertThat(spiking.extra()).containsEntry("keywords", List.of("imagenet"))
                .containsEntry("session", List.of("Tues Session 1", "Mon Session 1"));
        assertThat(spiking.url()).isEqualTo("https://openreview.net/forum?id=B1xSperKvH");
        assertThat(spiking.year()).isEqualTo(2020);
        assertThat(file.records().get(3).extra()).containsEntry("keywords", List.of("inductive bias", "metric learning", "reinforcement learning"));
        // affiliation markers in author names are stripped, with a note
        assertThat(file.records()).flatExtracting(SourceRecord::authors).contains("Tianyi Zhang").noneMatch(a -> a.endsWith("*"));
        assertThat(file.records()).filteredOn(r -> r.derived().contains(
                new Derivation("authors", "trailing '*'/'†' markers removed from names"))).isNotEmpty();
    }

    @Test
    void iclr2020CsvAgreesWithItsNormalisedJsonl() throws Exception {
        Formats.ParsedFile csv = read("iclr2020_miniconf_papers.csv");
        List<SourceRecord> jsonl = read("iclr2020_miniconf.jsonl").records();

        assertThat(csv.format()).isEqualTo("csv");
        assertThat(csv.records()).hasSize(687);
        List<String> authorDifferences = new java.util.ArrayList<>();
        for (int i = 0; i < jsonl.size(); i++) {
            SourceRecord fromCsv = csv.records().get(i);
            SourceRecord fromJsonl = jsonl.get(i);
            assertThat(fromCsv.extra().get("source_id")).isEqualTo(fromJsonl.extra().get("source_id"));
            assertThat(fromCsv.title()).isEqualTo(fromJsonl.title());
            assertThat(fromCsv.abstractText()).isEqualTo(fromJsonl.abstractText());
            assertThat(fromCsv.session()).isEqualTo(fromJsonl.session());
            if (!fromCsv.authors().equals(fromJsonl.authors())) {
                authorDifferences.add(fromJsonl.authors() + " -> " + fromCsv.authors());
            }
        }
        // One Mini-Conf cell joins two authors with "and" instead of '|': the normalised JSONL kept it as one name.
        assertThat(authorDifferences).containsExactly("[Reinhard Heckel and Mahdi Soltanolkotabi] -> [Reinhard Heckel, Mahdi Soltanolkotabi]");
        // the CSV says neither venue nor year
        assertThat(csv.records()).allSatisfy(r -> assertThat(r.venue()).isNull()).allSatisfy(r -> assertThat(r.year()).isNull());
        assertThat(csv.records().get(3).source().line()).isEqualTo(5);
        assertThat(csv.records().getLast().source().line()).isEqualTo(1_106);
        assertThat(csv.records().getLast().extra()).containsEntry("source_id", "HJgLZR4KvH");
        assertThat(csv.records().getLast().title()).isEqualTo("Dynamics-Aware Unsupervised Skill Discovery");
    }
}
