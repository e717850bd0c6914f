package dev.paperscope.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorNamesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // header line | names, separated by ';' (empty: not a line of names)
            "Doug Downey, Stefan Schoenmackers, and Oren Etzioni | Doug Downey;Stefan Schoenmackers;Oren Etzioni",
            "Georgiana Dinu and Marco Baroni | Georgiana Dinu;Marco Baroni",
            "Viren Jain1 , H. Sebastian Seung1,2 | Viren Jain;H. Sebastian Seung",
            "Ada Lovelace∗ & Alan Turing† | Ada Lovelace;Alan Turing",
            "Martin J. Wainwright | Martin J. Wainwright",
            "Ludwig van Beethoven | Ludwig van Beethoven",
            "Jean-Paul Sartre; Simone de Beauvoir | Jean-Paul Sartre;Simone de Beauvoir",
            "John Smith (MIT), Jane Doe (Stanford) | John Smith;Jane Doe",
            "{ddowney,stef,etzioni}@cs.washington.edu | ",
            "alex@smola.org | ",
            "Computer Science Division | ",
            "University of California Berkeley | ",
            "Massachusetts Institute of Technology | ",
            "Google, Inc. | ",
            "Yahoo! Research, Santa Clara, CA, USA | ",
            "Brain & Cognitive Sciences | ",
            "MIT CSAIL | ",
            "John Smith, MIT CSAIL | ",
            "ROBERT HALE AND ANNA KOWALSKI | ROBERT HALE;ANNA KOWALSKI",
            "KENJI WATANABE, University of Tokyo, Japan | KENJI WATANABE",
            "Jane Doe, Stanford University, USA | Jane Doe",
            "Department of Physics, Bilkent University | ",
            "Menlo Park, California | ",
            "We present a method | ",
    })
    void aHeaderLineIsReadAsNamesOnlyWhenItIsOne(String line, String names) {
        List<String> expected = names == null ? List.of() : Arrays.asList(names.split(";"));
        assertThat(AuthorNames.names(line)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "TERESA LINDGREN | TERESA LINDGREN",
            "ROBERT J. HALE∗ | ROBERT J. HALE",
            "Teresa Lindgren | ",
            "MIT CSAIL | MIT CSAIL",
            "DEPARTMENT OF MATHEMATICS | ",
            "JDOE@MATH.EDU | ",
    })
    void aLoneNameInCapitalsIsReadOnlyAsSuch(String line, String name) {
        assertThat(AuthorNames.loneCapitalsName(line)).isEqualTo(name);
    }
}
