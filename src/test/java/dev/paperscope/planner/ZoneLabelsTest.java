package dev.paperscope.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZoneLabelsTest {
    @ParameterizedTest(name = "{0} shows as {1} ({2} at noon on 21 July 2022)")
    @CsvSource({
            "+02:00, UTC+02:00, UTC+02:00",
            "Etc/GMT-2, UTC+02:00, UTC+02:00",
            "Etc/GMT+7, UTC-07:00, UTC-07:00",
            "UTC+05:30, UTC+05:30, UTC+05:30",
            "-03:30, UTC-03:30, UTC-03:30",
            "Z, UTC, UTC",
            "Etc/UTC, UTC, UTC",
            "America/Los_Angeles, America/Los_Angeles, PDT",
            "Europe/Berlin, Europe/Berlin, CEST"})
    void fixedOffsetsReadAsUtcPlusOrMinus(String written, String id, String abbreviation) {
        ZoneId zone = ZoneId.of(written);
        assertThat(ZoneLabels.id(zone)).isEqualTo(id);
        assertThat(ZoneLabels.abbreviation(ZonedDateTime.of(LocalDateTime.of(2022, 7, 21, 12, 0), zone))).isEqualTo(abbreviation);
        assertThat(ZoneId.of(ZoneLabels.id(zone)).getRules()).as("the shown id reads back as the same zone").isEqualTo(zone.getRules());
    }
}
