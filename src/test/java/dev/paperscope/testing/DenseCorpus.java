package dev.paperscope.testing;

import dev.paperscope.catalog.Catalog;
import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.Source;
import dev.paperscope.ingest.SourceRecord;
import java.util.List;

/**
 * A small catalog for dense and hybrid retrieval tests: three papers, two talks. No record says
 * "picture" or "synthesis", so BM25 finds nothing for "picture synthesis", while the
 * {@link HashingEmbedder#withTestSynonyms() test embedder} reads it as "image generation".
 */
public final class DenseCorpus {
    public static final String IMAGEN = "Photorealistic Text-to-Image Diffusion Models";
    public static final String COT = "Chain of Thought Prompting";
    public static final String LSTM = "Long Short-Term Memory";
    public static final String IMAGE_TALK = "Image Generation with Diffusion";
    public static final String SCALING_TALK = "Scaling Language Models";

    private DenseCorpus() {
    }

    public static void fill(Catalog catalog) {
        catalog.store(Records.file(
                Records.paper("papers.txt", 1, IMAGEN).year(2022).venue("NeurIPS")
                        .abstractText("We present Imagen, a text-to-image diffusion model for image generation.").build(),
                Records.paper("papers.txt", 5, COT).year(2022).venue("NeurIPS")
                        .abstractText("Prompting large language models to reason step by step.").build(),
                Records.paper("papers.txt", 9, LSTM).year(1997)
                        .abstractText("Recurrent networks with gated memory cells.").build()), "papers.txt", "s1", null);
        catalog.store(Records.file(
                talk(1, IMAGE_TALK, "How diffusion models generate images."),
                talk(6, SCALING_TALK, "Training language models efficiently at scale.")), "talks.txt", "s2", null);
    }

    private static SourceRecord talk(int line, String title, String abstractText) {
        return SourceRecord.builder(RecordKind.TALK, new Source("talks.txt", line, "0".repeat(64), "test"))
                .title(title).abstractText(abstractText).year(2023).build();
    }

    public static List<String> titles(List<dev.paperscope.search.SearchHit> hits) {
        return hits.stream().map(dev.paperscope.search.SearchHit::title).toList();
    }
}
