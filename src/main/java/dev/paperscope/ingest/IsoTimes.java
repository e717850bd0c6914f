package dev.paperscope.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * ISO 8601 times as structured files write them: with an offset, without one, or a date alone. What had
 * to be assumed to make an instant of it is returned with the time, for the record's derivations.
 */
final class IsoTimes {
    private IsoTimes() {
    }

    record Parsed(OffsetDateTime time, Optional<String> assumption) {
    }

    /** Empty when the text is not ISO 8601 (a space instead of the {@code T} is accepted). */
    static Optional<Parsed> parse(String text) {
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + "T" + text.substring(11) : text;
        try {
            return Optional.of(new Parsed(OffsetDateTime.parse(iso), Optional.empty()));
        } catch (DateTimeParseException notWithOffset) {
            // try the forms without an offset
        }
        try {
            return Optional.of(new Parsed(LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC),
                    Optional.of("no UTC offset given in '" + text + "'; UTC assumed")));
        } catch (DateTimeParseException notLocal) {
            // try a date alone
        }
        try {
            return Optional.of(new Parsed(LocalDate.parse(iso).atStartOfDay().atOffset(ZoneOffset.UTC),
                    Optional.of("date only ('" + text + "'); midnight UTC assumed")));
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }
}
