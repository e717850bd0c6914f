package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.SourceRecord;
import dev.paperscope.search.SearchHit;
import dev.paperscope.testing.Records;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Related records leave out every record of the same work, not only copies with the same passage. */
class RelatedOfWorkTest {
    private static final List<String> TEAM = List.of("Chitwan Saharia", "William Chan", "Saurabh Saxena", "Lala Li");
    @TempDir
    Path dir;

    @Test
    void anotherRecordOfTheSameWorkIsNotRelatedToIt() {
        SourceRecord paper = Records.paper("blog.txt", 1, "Photorealistic Text-to-Image Diffusion Models").authors(TEAM)
                .abstractText("Text-to-image diffusion models generate photorealistic images.").build();
        SourceRecord award = Records.paper("awards.txt", 4, null).authors(TEAM).award("Outstanding Paper")
                .abstractText("We present a text-to-image diffusion model with photorealistic images and deep language understanding.").build();
        SourceRecord other = Records.paper("list.txt", 1, "Video Diffusion Models").authors(List.of("Jonathan Ho"))
                .abstractText("Diffusion models generate video from text.").build();
        SourceRecord far = Records.paper("list.txt", 3, "Graph Networks for Proteins").authors(List.of("Ann Lee"))
                .abstractText("Protein structures with graph networks and diffusion.").build();
        try (Paperscope ps = Paperscope.open(dir.resolve("data"))) {
            ps.catalog().store(Records.file(paper), "blog.txt", "s1", null);
            ps.catalog().store(Records.file(award), "awards.txt", "s2", null);
            ps.catalog().store(Records.file(other, far), "list.txt", "s3", null);
            ps.changes().resolveAgain();
            assertThat(ps.works().find(award.id()).orElseThrow().recordIds()).as("one work").containsExactlyInAnyOrder(paper.id(), award.id());
            List<String> related = ps.works().related(paper.id(), 10).orElseThrow().hits().stream().map(SearchHit::id).toList();
            assertThat(related).contains(other.id()).doesNotContain(paper.id(), award.id());
            List<String> ofAward = ps.works().related(award.id(), 10).orElseThrow().hits().stream().map(SearchHit::id).toList();
            assertThat(ofAward).contains(other.id()).doesNotContain(paper.id(), award.id());
        }
    }

    @Test
    void aWorkPageListsEachOtherWorkOnceNotEachOfItsRecords() {
        SourceRecord paper = Records.paper("blog.txt", 1, "Photorealistic Text-to-Image Diffusion Models").authors(TEAM)
                .abstractText("Text-to-image diffusion models generate photorealistic images.").build();
        SourceRecord video = Records.paper("list.txt", 1, "Video Diffusion Models").authors(List.of("Jonathan Ho"))
                .abstractText("Diffusion models generate video from text.").build();
        SourceRecord videoAgain = Records.paper("arxiv.txt", 1, "Video Diffusion Models").authors(List.of("Jonathan Ho"))
                .abstractText("Diffusion models generate video from text, images from noise.").build();
        SourceRecord far = Records.paper("list.txt", 3, "Graph Networks for Proteins").authors(List.of("Ann Lee"))
                .abstractText("Protein structures with graph networks and diffusion.").build();
        try (Paperscope ps = Paperscope.open(dir.resolve("data"))) {
            ps.catalog().store(Records.file(paper), "blog.txt", "s1", null);
            ps.catalog().store(Records.file(video, far), "list.txt", "s3", null);
            ps.catalog().store(Records.file(videoAgain), "arxiv.txt", "s4", null);
            ps.changes().resolveAgain();
            assertThat(ps.works().find(video.id()).orElseThrow().recordIds()).as("one work").contains(videoAgain.id());
            WorkView view = ps.works().viewOfRecord(paper.id()).orElseThrow();
            var related = ps.works().relatedToWork(view, 10);
            List<String> ids = related.hits().stream().map(SearchHit::id).toList();
            assertThat(ids).as("one entry for the video work, whichever record ranks first").containsOnlyOnce(ids.stream()
                    .filter(id -> id.equals(video.id()) || id.equals(videoAgain.id())).findFirst().orElseThrow());
            assertThat(ids.stream().filter(id -> id.equals(video.id()) || id.equals(videoAgain.id()))).hasSize(1);
            assertThat(related.total()).isEqualTo(ids.size());
        }
    }
}
