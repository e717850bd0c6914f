package dev.paperscope.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // spellings seen on the seed pages and in the conference data
            "Rémi Munos | remi munos",
            "RÉMI MUNOS | remi munos",
            "Michael C. Mozer | michael mozer",
            "Mozer, Michael C. | michael mozer",
            "Sung Min (Sam) Park | sung park",
            "Zhangyang “Atlas” Wang | zhangyang wang",
            "Zichao (Jack) Wang | zichao wang",
            "Raphael Gontijo-Lopes | raphael lopes",
            "Raphael Gontijo Lopes | raphael lopes",
            "Sjoerd van Steenkiste | sjoerd vansteenkiste",
            "Diego de Las Casas | diego delascasas",
            "Jakub Łącki | jakub lacki",
            "yi jing | yi jing",
            "Hinton | hinton"})
    void keysFoldSpellingsOfOnePerson(String written, String key) {
        assertThat(PersonName.parse(written).key()).isEqualTo(key);
    }

    @Test
    void initialsGiveOnlyAWeakerKey() {
        PersonName initial = PersonName.parse("J. Smith");
        PersonName full = PersonName.parse("John Smith");
        assertThat(initial.firstIsInitial()).isTrue();
        assertThat(initial.key()).isNotEqualTo(full.key());
        assertThat(initial.initialKey()).isEqualTo(full.initialKey()).isEqualTo("j smith");
    }

    @Test
    void differentPeopleKeepDifferentKeys() {
        assertThat(PersonName.parse("Bo Dai").key()).isNotEqualTo(PersonName.parse("Bo Li").key());
        assertThat(PersonName.parse("Yixuan Li").key()).isNotEqualTo(PersonName.parse("Yuanzhen Li").key());
    }

    @Test
    void writtenFormIsKeptAsIs() {
        assertThat(PersonName.parse("Ingo Gühring").written()).isEqualTo("Ingo Gühring");
    }

    @Test
    void emptyOrSymbolOnlyNamesAreRefused() {
        assertThatThrownBy(() -> PersonName.parse("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonName.parse("* †")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Rémi Munos | remi munos", "Mozer, Michael C. | michael mozer", "Hinton | hinton"})
    void aNameParsedAgainIsTheSameName(String written, String key) {
        PersonName first = PersonName.parse(written);
        PersonName again = PersonName.parse(written);
        assertThat(again).isEqualTo(first);
        assertThat(again.key()).isEqualTo(key);
        assertThat(again.written()).isEqualTo(written);
    }

    @Test
    void aNonNameIsRefusedEveryTimeWithItsReason() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> PersonName.parse("* †")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no name in '* †'");
        }
    }

    @Test
    void moreSpellingsThanTheCacheHoldsStillParse() {
        for (int i = 0; i < PersonName.CACHED + 10; i++) {
            String first = letters(i);
            assertThat(PersonName.parse(first + " Name").key()).isEqualTo(first + " name");
        }
        assertThat(PersonName.parse("Rémi Munos").key()).isEqualTo("remi munos");
    }

    /** 0 -> "a", 25 -> "z", 26 -> "ba": a distinct run of letters per number. */
    private static String letters(int n) {
        StringBuilder b = new StringBuilder();
        do {
            b.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return b.reverse().toString();
    }
}
