package dev.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a reading-list entry's summary says about its authors, venue and year. Items of one entry are
 * separated by " // " in the table; "-" means nothing is read.
 */
class AuthorMentionsTest {
    private static final Source SOURCE = new Source("list.md", 1, "0".repeat(64), "reading-list");

    private static SourceRecord read(String title, String items) {
        List<ReadingListEntry.Item> list = new ArrayList<>();
        String[] texts = items.split(" // ");
        for (int i = 0; i < texts.length; i++) {
            list.add(new ReadingListEntry.Item(i + 2, texts[i]));
        }
        SourceRecord.Builder b = SourceRecord.builder(RecordKind.PAPER, SOURCE).title(title);
        AuthorMentions.applyFirst(title, list, b);
        return b.build();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // title | items | mention | venue | year
            "NCE | This paper by Gutmann and Hyvarinen in AISTATS 2010 introduced NCE.    | Gutmann and Hyvarinen | AISTATS | 2010",
            "AlexNet | This paper by Krizhevsky et al. from Toronto in NeurIPS 2012 won.   | Krizhevsky et al.     | NeurIPS | 2012",
            "X | The paper Wen at al. in ICLR 2021 shows it.                               | Wen at al.            | ICLR    | 2021",
            "X | This paper by from Sun wet al. at ICML 2019 shows it.                     | Sun wet al.           | ICML    | 2019",
            "X | This paper by et al. in ICML 2019 shows it.                               | -                     | ICML    | 2019",
            "X | This work by Ji et al. from ASU and NEC Labs in IEEE PAMI 2012 shows it.  | Ji et al.             | IEEE PAMI | 2012",
            "X | This paper by Smith and Jones introduced X. Published in 2020.            | Smith and Jones       | -       | 2020",
            "X | This paper by Smith et al. introduced X. // Later, BERT by Devlin et al. in NAACL 2019 used it. | Smith et al. | - | -",
            "X | No mention here. // This paper by Le and Mikolov in ICML 2014 is next.   | Le and Mikolov        | ICML    | 2014",
            // a sentence naming the entry's own title
            "Attention Is All You Need | “Attention Is All You Need” by Vaswani et al. in NeurIPS 2017 is key. | Vaswani et al. | NeurIPS | 2017",
            // a closing quote ends the sentence: the next sentence's venue is not this paper's
            "X | This paper by Smith et al. is “great.” In ICML 2020 others followed.     | Smith et al.          | -       | -",
            // not authors: a contributor, a citation of other work, an organisation in capitals
            "X | The following summary has been contributed by John Smith.                 | -                     | -       | -",
            "X | BigBird by Zaheer et al. is a sparse transformer.                         | -                     | -       | -",
            "X | This paper by FAIR in 2020 shows it.                                      | -                     | -       | -",
            "X | ''                                                                        | -                     | -       | -"})
    void readsTheFirstMention(String title, String items, String mention, String venue, Integer year) {
        SourceRecord r = read(title, items);
        assertThat(r.authorMention()).as("mention").isEqualTo(mention);
        assertThat(r.venue()).as("venue").isEqualTo(venue);
        assertThat(r.year()).as("year").isEqualTo(year);
        List<String> derived = r.derived().stream().map(Derivation::field).toList();
        List<String> expected = new ArrayList<>();
        if (mention != null) {
            expected.add("author_mention");
        }
        if (venue != null) {
            expected.add("venue");
        }
        if (year != null) {
            expected.add("year");
        }
        assertThat(derived).as("every value read says where from").containsExactlyElementsOf(expected);
        r.derived().forEach(d -> assertThat(d.reason()).startsWith("stated in line "));
    }
}
