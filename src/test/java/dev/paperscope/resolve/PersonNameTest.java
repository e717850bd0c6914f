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
}
