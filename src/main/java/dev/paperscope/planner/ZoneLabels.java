package dev.paperscope.planner;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Time zones as people read them. A fixed offset, however it was written ({@code +02:00},
 * {@code Etc/GMT-2}, whose POSIX sign reads as the opposite), is shown as {@code UTC+02:00}; {@code UTC}
 * for offset zero; a zone with rules keeps its IANA id and its abbreviation (PDT, CEST).
 */
public final class ZoneLabels {
    private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private ZoneLabels() {
    }

    /** The zone a fixed offset is kept in: {@code UTC+02:00} ({@code ZoneId.of} reads that id back), {@code UTC} for zero. */
    public static ZoneId fixed(ZoneOffset offset) {
        return ZoneId.ofOffset("UTC", offset);
    }

    /** {@code zone}, with a fixed offset in the {@code UTC+02:00} form; zones with rules unchanged. */
    public static ZoneId canonical(ZoneId zone) {
        return zone.getRules().isFixedOffset() ? fixed(zone.getRules().getOffset(Instant.EPOCH)) : zone;
    }

    /** The id to show: {@code UTC+02:00} for a fixed offset, else the IANA id ({@code Europe/Berlin}). */
    public static String id(ZoneId zone) {
        return canonical(zone).getId();
    }

    /** The zone's name at {@code time}: {@code UTC+02:00} for a fixed offset, else its abbreviation ({@code PDT}). */
    public static String abbreviation(ZonedDateTime time) {
        ZoneId zone = time.getZone();
        return zone.getRules().isFixedOffset() ? id(zone) : ABBREVIATION.format(time);
    }
}
