package dev.paperscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.catalog.StoredWork;
import dev.paperscope.search.answers.Candidate;
import dev.paperscope.search.passages.PassageHit;
import dev.paperscope.search.passages.PassageSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Records and passages merged into one candidate list: ranks, passage-only records, titles, and what is asked of each retrieval. */
class PassageCandidatesTest {
    private static Candidate abstractOf(String record, int rank) {
        return new Candidate(record, "w" + record, "Record " + record, "The abstract of " + record + " is long enough.", "f.jsonl", 3, null, rank);
    }

    private static PassageHit hit(String record, String text, Integer page) {
        return new PassageHit(record + "#p", text, text, record, null, "Indexed " + record, "paper", null, "body", 1,
                new PassageSource(record + ".pdf", 1, page, null), 1.0, null, null);
    }

    private final List<String> asked = new ArrayList<>();
    private final Map<String, StoredWork> works = Map.of("r9", new StoredWork("w9", "The Work Nine", List.of("r9"), "{}"));

    private PassageCandidates both(List<Candidate> records, List<PassageHit> passages) {
        return new PassageCandidates((q, n) -> {
            asked.add("records " + q + " " + n);
            return records;
        }, (q, n) -> {
            asked.add("passages " + q + " " + n);
            return passages;
        }, id -> Optional.ofNullable(works.get(id)));
    }

    @Test
    void aPassageHitLiftsItsRecordOrComesAsItself() {
        List<Candidate> records = List.of(abstractOf("r1", 0), abstractOf("r2", 1), abstractOf("r2", 1), abstractOf("r3", 2));
        List<PassageHit> passages = List.of(hit("r3", "Record three says this in its body text.", 4),
                hit("r9", "Only the passage index found this sentence of r9.", 7), hit("r1", "Again r1.", null));
        List<Candidate> out = both(records, passages).candidates("What does: r3 \"say\"?", 20, 40);
        assertThat(asked).containsExactly("records What does: r3 \"say\"? 20", "passages What does r3 say 40");
        assertThat(out).extracting(Candidate::recordId).containsExactly("r1", "r2", "r2", "r3", "r9");
        // r3 was 3rd among records but 1st among passages: the better rank counts.
        assertThat(out).extracting(Candidate::rank).containsExactly(0, 1, 1, 0, 1);
        Candidate own = out.getLast();
        assertThat(own.text()).isEqualTo("Only the passage index found this sentence of r9.");
        assertThat(own.page()).isEqualTo(7);
        assertThat(own.file()).isEqualTo("r9.pdf");
        assertThat(own.workId()).isEqualTo("w9");
        assertThat(own.title()).isEqualTo("The Work Nine");
    }

    @Test
    void aPassageOfARecordWithoutWorkKeepsTheIndexedTitle() {
        List<Candidate> out = both(List.of(), List.of(hit("r5", "A passage of a record nobody resolved yet.", null))).candidates("why", 5, 5);
        assertThat(out).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Indexed r5");
            assertThat(c.workId()).isNull();
            assertThat(c.rank()).isZero();
        });
    }

    @Test
    void aQuestionOfOperatorsAloneRetrievesNothing() {
        assertThat(both(List.of(abstractOf("r1", 0)), List.of()).candidates("\"\" : -", 5, 5)).isEmpty();
        assertThat(asked).isEmpty();
    }
}
