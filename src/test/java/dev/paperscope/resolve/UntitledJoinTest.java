package dev.paperscope.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.testing.Records;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A title-less record joins the one titled work whose author list agrees strongly with its own. */
class UntitledJoinTest {
    private static final List<String> TEAM = List.of("Chitwan Saharia", "William Chan", "Saurabh Saxena", "Lala Li", "Jay Whang",
            "Emily Denton", "Seyed Kamyar Seyed Ghasemipour", "Burcu Karagol Ayan", "S. Sara Mahdavi", "Rapha Gontijo Lopes");
    /**
     * The award page's spelling of the same team: a name short, "Raphael" for "Rapha", "Kamyar Ghasemipour" without "Seyed", two
     * names swapped.
     */
    private static final List<String> SAME_TEAM_AWARD = List.of("Chitwan Saharia", "William Chan", "Saurabh Saxena", "Lala Li", "Jay Whang",
            "Emily Denton", "Kamyar Ghasemipour", "Raphael Gontijo Lopes", "Burcu Karagol Ayan");

    private static SourceRecord titled(int line, String title, List<String> authors) {
        return Records.paper("blog.txt", line, title).authors(authors).year(2022).build();
    }

    private static SourceRecord untitled(int line, List<String> authors, String abstractText) {
        return Records.paper("awards.txt", line, null).authors(authors).abstractText(abstractText).year(2022).build();
    }

    private static Work workOf(List<Work> works, SourceRecord r) {
        return works.stream().filter(w -> w.recordIds().contains(r.id())).findFirst().orElseThrow();
    }

    @Test
    void aTitleLessRecordJoinsTheTitledWorkOfTheSameTeamWithEvidence() {
        SourceRecord paper = titled(1, "Photorealistic Text-to-Image Diffusion Models", TEAM);
        SourceRecord award = untitled(5, SAME_TEAM_AWARD, "We present a text-to-image diffusion model.");
        List<Work> works = WorkResolver.resolve(List.of(paper, award), Map.of());
        assertThat(works).hasSize(1);
        Work w = works.getFirst();
        assertThat(w.title()).isEqualTo("Photorealistic Text-to-Image Diffusion Models");
        Merge m = w.merges().getFirst();
        assertThat(m.rule()).isEqualTo(UntitledJoin.RULE);
        assertThat(m.evidence()).contains("9 of 9 and 10 authors shared").contains("same first author").contains("another order")
                .contains("the only titled work");
        assertThat(m.confidence()).isBetween(0.75, 0.9);
    }

    /** Each row: why the title-less record must stay alone. */
    @Test
    void weakOrContestedAgreementLeavesTheRecordAlone() {
        record Row(String why, List<SourceRecord> titledWorks, List<String> untitledAuthors, String abstractText) {
        }
        List<String> pair = List.of("Ada Lovelace", "Charles Babbage");
        List<String> reversed = new java.util.ArrayList<>(TEAM.subList(0, 4));
        java.util.Collections.reverse(reversed);
        List<Row> rows = List.of(
                new Row("two shared names are a pair that writes many papers", List.of(titled(1, "Analytical Engines Compute", pair)), pair, null),
                new Row("two titled works of one team compete", List.of(titled(1, "Photorealistic Text-to-Image Diffusion Models", TEAM),
                        titled(3, "Palette Image-to-Image Diffusion Models", TEAM)), SAME_TEAM_AWARD, null),
                new Row("too small a share of the longer list", List.of(titled(1, "Photorealistic Text-to-Image Diffusion Models", TEAM)),
                        List.of("Chitwan Saharia", "William Chan", "Saurabh Saxena", "Ann One", "Bob Two", "Cy Three", "Di Four"), null),
                new Row("another first author", List.of(titled(1, "Four Authors Wrote This", TEAM.subList(0, 4))), reversed, null),
                new Row("abstracts with nothing in common", List.of(Records.paper("blog.txt", 1, "Photorealistic Text-to-Image Diffusion Models")
                        .authors(TEAM).abstractText("Diffusion models generate photorealistic images from text prompts.").year(2022).build()),
                        SAME_TEAM_AWARD, "Protein folding with graph networks solves structure prediction."));
        for (Row row : rows) {
            SourceRecord lone = untitled(9, row.untitledAuthors(), row.abstractText());
            List<SourceRecord> all = new java.util.ArrayList<>(row.titledWorks());
            all.add(lone);
            Work w = workOf(WorkResolver.resolve(all, Map.of()), lone);
            assertThat(w.recordIds()).as(row.why()).containsExactly(lone.id());
        }
    }

    /** The negative that matters most: two different papers with overlapping authors, both titled, never merge. */
    @Test
    void twoTitledPapersOfOneTeamStayTwoWorks() {
        SourceRecord a = titled(1, "Photorealistic Text-to-Image Diffusion Models", TEAM);
        SourceRecord b = titled(3, "Palette Image-to-Image Diffusion Models", TEAM.subList(0, 5));
        assertThat(WorkResolver.resolve(List.of(a, b), Map.of())).hasSize(2);
    }

    @Test
    void aHandSplitKeepsTheRecordApart() {
        SourceRecord paper = titled(1, "Photorealistic Text-to-Image Diffusion Models", TEAM);
        SourceRecord award = untitled(5, SAME_TEAM_AWARD, null);
        Constraints split = Constraints.builder().split(1, List.of(award.id()), List.of(paper.id())).build();
        assertThat(WorkResolver.resolve(List.of(paper, award), Map.of(), split)).hasSize(2);
    }

    @Test
    void sameOrderComparesTheSharedPeoplesPositions() {
        AuthorOverlap.People team = AuthorOverlap.People.of(TEAM);
        assertThat(UntitledJoin.sameOrder(team, AuthorOverlap.People.of(TEAM.subList(0, 7)))).isTrue();
        assertThat(UntitledJoin.sameOrder(team, AuthorOverlap.People.of(SAME_TEAM_AWARD))).isFalse();
        assertThat(UntitledJoin.sameOrder(team, AuthorOverlap.People.of(List.of("William Chan", "Chitwan Saharia")))).isFalse();
    }
}
