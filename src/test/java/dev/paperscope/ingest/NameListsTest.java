package dev.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameListsTest {
    @Test
    void pipeAndSemicolonListsAreSplitOnThem() {
        assertThat(NameLists.split("Nitin Rathi|Kaushik Roy").names()).containsExactly("Nitin Rathi", "Kaushik Roy");
        // a comma inside a ';' list stays inside the name
        assertThat(NameLists.split("Smith, John; Doe, Jane").names()).containsExactly("Smith, John", "Doe, Jane");
    }

    @Test
    void commaAndAndListsAreSplitOnBoth() {
        NameLists.Names names = NameLists.split("Rita Gomes, Tom Becker, and Yuki Sato & Li Wei");

        assertThat(names.names()).containsExactly("Rita Gomes", "Tom Becker", "Yuki Sato", "Li Wei");
        assertThat(names.notes()).containsExactly("split on ',', 'and' and '&'");
    }

    @Test
    void invertedNamesJoinedByAndAreReorderedNotSplitOnTheirCommas() {
        NameLists.Names names = NameLists.split("Hinton, Geoffrey and LeCun, Yann");

        assertThat(names.names()).containsExactly("Geoffrey Hinton", "Yann LeCun");
        assertThat(names.notes()).containsExactly("split on 'and'; 'Last, First' names reordered to 'First Last'");
    }

    @Test
    void singleNameIsTakenAsWrittenWithoutNotes() {
        NameLists.Names names = NameLists.split("  Ingrid Berg ");

        assertThat(names.names()).containsExactly("Ingrid Berg");
        assertThat(names.notes()).isEmpty();
    }

    @Test
    void trailingMarkersAndEtAlAreRemovedWithANote() {
        NameLists.Names names = NameLists.ofList(List.of("Tianyi Zhang*", "Varsha Kishore†", "et al."));

        assertThat(names.names()).containsExactly("Tianyi Zhang", "Varsha Kishore");
        assertThat(names.notes()).containsExactly("trailing '*'/'†' markers removed from names",
                "'et al.'/'others' dropped: the list names only some authors");
    }

    @Test
    void bibtexNamesSplitOnlyOnAndOutsideBraces() {
        NameLists.Names names = NameLists.splitBibtex("von Neumann, Jr., John and {Barnes and Noble} and Garc{\\'i}a, Mar{\\'i}a and others");

        assertThat(names.names()).containsExactly("John von Neumann Jr.", "{Barnes and Noble}", "Mar{\\'i}a Garc{\\'i}a");
        assertThat(names.notes()).containsExactly("BibTeX names split on 'and'", "'Last, First' names reordered to 'First Last'",
                "'et al.'/'others' dropped: the list names only some authors");
    }
}
