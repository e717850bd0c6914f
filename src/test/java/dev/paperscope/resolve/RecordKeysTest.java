package dev.paperscope.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.ingest.RecordKind;
import dev.paperscope.ingest.Source;
import dev.paperscope.ingest.SourceRecord;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecordKeysTest {
    private static SourceRecord record(RecordKind kind, String title, String abstractText, String... authors) {
        return SourceRecord.builder(kind, new Source("page.html", 1, "0".repeat(64), "html")).title(title).abstractText(abstractText)
                .authors(List.of(authors)).build().withId("r");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a paper: title, rarest word, words, titled authors, paper title and start, page",
                        record(RecordKind.PAPER, "Sparse Attention for Long Documents", null, "Ada Lovelace"),
                        List.of("t:sparse attention for long documents", "w:documents", "x:sparse", "x:for", "ta:ada lovelace",
                                "p:sparse attention for long documents", "pf:sparse attention for long", "sf:page.html"),
                        List.of("a:ada lovelace", "b:sparse attention for long")),
                Arguments.of("a title-less record: author keys and last names, no title keys",
                        record(RecordKind.TALK, null, null, "Ada Lovelace"),
                        List.of("a:ada lovelace", "ul:lovelace", "sf:page.html"),
                        List.of("ta:ada lovelace", "p:", "x:")),
                Arguments.of("a post: its four-word runs, no paper keys",
                        record(RecordKind.BLOG_POST, "Our paper", "We present sparse attention for long documents.", "Ada Lovelace"),
                        List.of("t:our paper", "b:our paper we present", "b:attention for long documents"),
                        List.of("p:our paper", "pf:our paper we present")),
                Arguments.of("a short title has no start a post could name by its words",
                        record(RecordKind.PAPER, "Graph kernels", null),
                        List.of("p:graph kernels", "t:graph kernels"),
                        List.of("pf:graph kernels")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keysOfARecord(String what, SourceRecord r, List<String> present, List<String> absent) {
        Map<String, Integer> frequency = Map.of("sparse", 5, "attention", 4, "for", 9, "long", 3, "documents", 2, "graph", 1, "kernels", 1,
                "our", 1, "paper", 1);
        List<String> keys = RecordKeys.of(r, RecordKeys.title(r, null), w -> frequency.getOrDefault(w, 1));
        assertThat(keys).as(what).containsAll(present);
        absent.forEach(k -> assertThat(keys).as(what).noneMatch(x -> x.equals(k) || k.endsWith(":") && x.startsWith(k)));
    }
}
