package dev.paperscope.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.Source;
import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.testing.Records;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A blog post that presents one paper is linked to that paper's work, shown on both. */
class BlogAboutTest {
    private static final String CAPPY = "Cappy: Outperforming and Boosting Large Multi-Task Language Models with a Small Scorer";
    private static final String IMAGEN = "Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding";
    private static final SourceRecord CAPPY_PAPER = Records.paper("list.txt", 1, CAPPY).authors(List.of("Bowen Tan", "Yun Zhu")).build();
    private static final SourceRecord IMAGEN_PAPER = Records.paper("list.txt", 3, IMAGEN).authors(List.of("Chitwan Saharia")).build();
    private static final SourceRecord SHORT_PAPER = Records.paper("list.txt", 5, "Diffusion Models").build();

    private static SourceRecord post(int line, String title, String text, String statedTitle) {
        SourceRecord.Builder b = SourceRecord.builder(RecordKind.BLOG_POST, new Source("blog.txt", line, "0".repeat(64), "blog-archive"))
                .title(title).abstractText(text);
        return statedTitle == null ? b.build() : b.extra("paper_title", statedTitle).build();
    }

    private static List<Work> resolve(SourceRecord... more) {
        List<SourceRecord> all = new ArrayList<>(List.of(CAPPY_PAPER, IMAGEN_PAPER, SHORT_PAPER));
        all.addAll(List.of(more));
        return WorkResolver.resolve(all, Map.of());
    }

    private static Work workOf(List<Work> works, SourceRecord r) {
        return works.stream().filter(w -> w.recordIds().contains(r.id())).findFirst().orElseThrow();
    }

    @Test
    void aPostStatingItsPapersTitleIsAboutThatPaperOnBothWorks() {
        SourceRecord post = post(10, "Cappy: small scorers", "In “Cappy: Outperforming and Boosting Large Multi-Task Language Models with a "
                + "Small Scorer”, presented at NeurIPS 2023, we propose a scorer.", CAPPY);
        List<Work> works = resolve(post);
        Work postWork = workOf(works, post);
        Work paperWork = workOf(works, CAPPY_PAPER);
        assertThat(postWork.id()).isNotEqualTo(paperWork.id());
        assertThat(postWork.about()).singleElement().satisfies(a -> {
            assertThat(a.post()).isEqualTo(post.id());
            assertThat(a.paper()).isEqualTo(CAPPY_PAPER.id());
            assertThat(a.rule()).isEqualTo(BlogAbout.STATED);
            assertThat(a.evidence()).contains(CAPPY);
        });
        assertThat(paperWork.about()).isEqualTo(postWork.about());
        assertThat(WorkJson.fromJson(WorkJson.toNode(paperWork, Map.of(CAPPY_PAPER.id(), CAPPY_PAPER)).toString()).about())
                .as("survives storage").isEqualTo(paperWork.about());
    }

    /** Each row: a post's text and the paper it is about (null: none). */
    @Test
    void aPostNamingExactlyOnePapersTitleIsAboutIt() {
        record Row(String text, SourceRecord about) {
        }
        for (Row row : List.of(
                new Row("We built Imagen. See photorealistic text-to-image diffusion models with deep language understanding for details.", IMAGEN_PAPER),
                new Row("Our papers: " + IMAGEN + "; and " + CAPPY + ".", null),
                new Row("Diffusion models are everywhere.", null),
                new Row("Nothing about any listed paper.", null))) {
            SourceRecord post = post(20, "A post", row.text(), null);
            List<About> about = workOf(resolve(post), post).about();
            if (row.about() == null) {
                assertThat(about).as(row.text()).isEmpty();
            } else {
                assertThat(about).as(row.text()).singleElement().satisfies(a -> {
                    assertThat(a.paper()).isEqualTo(row.about().id());
                    assertThat(a.rule()).isEqualTo(BlogAbout.NAMED);
                });
            }
        }
    }
}
