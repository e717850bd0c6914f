package dev.paperscope.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time-slot line of a conference schedule, such as {@code Thu 21 July 12:30 - 12:35 PDT}: weekday, day and
 * month in either order, an optional year, a start time, an optional end time, and a time-zone
 * abbreviation. Schedule pages usually omit the year; it is then inferred as the year nearest to today in
 * which that date falls on that weekday, and the inference is recorded.
 *
 * @param zone         the time-zone abbreviation of the start, as the page prints it (upper case)
 * @param endZone      that of the end, the same unless the page names two
 * @param yearInferred whether the page gave no year and {@code start}'s year was inferred
 * @param endNextDay   whether the end time is earlier than the start, so the slot runs past midnight
 */
record TimeSlot(OffsetDateTime start, OffsetDateTime end, String zone, String endZone, boolean yearInferred,
                boolean endNextDay) {
    private static final String WEEKDAY = "(?<weekday>mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs"
            + "|thursday|fri|friday|sat|saturday|sun|sunday)\\.?";
    private static final String MONTH_NAMES = "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july"
            + "|aug|august|sep|sept|september|oct|october|nov|november|dec|december";
    private static final String DATE = "(?:(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month>" + MONTH_NAMES + ")\\.?"
            + "|(?<month2>" + MONTH_NAMES + ")\\.?\\s+(?<day2>\\d{1,2})(?:st|nd|rd|th)?)(?:,?\\s+(?<year>\\d{4}))?";
    private static final String TIME = "\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?\\s?m\\.?)?|\\d{1,2}\\s*[ap]\\.?\\s?m\\.?";
    private static final String ZONE = "[a-z]{1,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?";
    private static final Pattern SLOT = Pattern.compile("^" + WEEKDAY + ",?\\s+" + DATE + ",?\\s+(?<start>" + TIME + ")"
            + "(?:\\s+(?<startZone>" + ZONE + "))?(?:\\s*(?:-|–|—|to)\\s*(?<end>" + TIME + "))?"
            + "(?:\\s+(?<endZone>" + ZONE + "))?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CLOCK = Pattern.compile("(?<h>\\d{1,2})(?::(?<m>\\d{2}))?\\s*(?:(?<half>[ap])\\.?\\s?m\\.?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_ZONE = Pattern.compile("(?:UTC|GMT)(?<sign>[+-])(?<h>\\d{1,2})(?::?(?<m>\\d{2}))?");
    /** Years searched on either side of today; every day-month-weekday combination recurs within 28 years. */
    private static final int YEAR_SEARCH = 40;

    /**
     * Abbreviations conference sites print, each with its offset and the IANA zones it can stand for, most
     * likely first. Several are ambiguous worldwide; the reading chosen is the one conference sites mean:
     * CST is US Central, IST is India, BST is British Summer Time. A page prints only the abbreviation; a
     * calendar needs the zone's rules (VTIMEZONE), so the first zone whose offset at the slot's instant
     * equals the abbreviation's is taken (MST in July is Phoenix, not Denver, which is then on MDT).
     */
    private static final Map<String, Abbreviation> ZONES = Map.ofEntries(
            zone("UTC", 0, 0, "Etc/UTC"), zone("GMT", 0, 0, "Etc/UTC"), zone("Z", 0, 0, "Etc/UTC"),
            zone("WET", 0, 0, "Europe/Lisbon"), zone("WEST", 1, 0, "Europe/Lisbon"), zone("BST", 1, 0, "Europe/London"),
            zone("CET", 1, 0, "Europe/Berlin"), zone("CEST", 2, 0, "Europe/Berlin"), zone("EET", 2, 0, "Europe/Athens"),
            zone("EEST", 3, 0, "Europe/Athens"), zone("MSK", 3, 0, "Europe/Moscow"), zone("IST", 5, 30, "Asia/Kolkata"),
            zone("ICT", 7, 0, "Asia/Bangkok"), zone("HKT", 8, 0, "Asia/Hong_Kong"), zone("SGT", 8, 0, "Asia/Singapore"),
            zone("AWST", 8, 0, "Australia/Perth"), zone("JST", 9, 0, "Asia/Tokyo"), zone("KST", 9, 0, "Asia/Seoul"),
            zone("ACST", 9, 30, "Australia/Adelaide", "Australia/Darwin"), zone("ACDT", 10, 30, "Australia/Adelaide"),
            zone("AEST", 10, 0, "Australia/Sydney", "Australia/Brisbane"), zone("AEDT", 11, 0, "Australia/Sydney"),
            zone("NZST", 12, 0, "Pacific/Auckland"), zone("NZDT", 13, 0, "Pacific/Auckland"),
            zone("BRT", -3, 0, "America/Sao_Paulo"), zone("ART", -3, 0, "America/Argentina/Buenos_Aires"),
            zone("EDT", -4, 0, "America/New_York"), zone("EST", -5, 0, "America/New_York", "America/Panama"),
            zone("CDT", -5, 0, "America/Chicago"), zone("CST", -6, 0, "America/Chicago", "America/Regina"),
            zone("MDT", -6, 0, "America/Denver"), zone("MST", -7, 0, "America/Denver", "America/Phoenix"),
            zone("PDT", -7, 0, "America/Los_Angeles"), zone("PST", -8, 0, "America/Los_Angeles"),
            zone("AKDT", -8, 0, "America/Anchorage"), zone("AKST", -9, 0, "America/Anchorage"),
            zone("HST", -10, 0, "Pacific/Honolulu"));

    /** What a zone abbreviation means: its offset and the IANA zones it can stand for, most likely first. */
    private record Abbreviation(ZoneOffset offset, List<String> zones) {
    }

    private static Map.Entry<String, Abbreviation> zone(String abbreviation, int hours, int minutes, String... zones) {
        return Map.entry(abbreviation, new Abbreviation(ZoneOffset.ofHoursMinutes(hours, minutes), List.of(zones)));
    }

    /**
     * The IANA zone of the start's abbreviation whose rules give the stated offset at the start, if any.
     * A numeric zone of whole hours (UTC+2) is the fixed zone {@code Etc/GMT-2} (POSIX signs are inverted).
     */
    Optional<ZoneId> ianaZone() {
        for (String candidate : Optional.ofNullable(ZONES.get(zone)).map(Abbreviation::zones).orElse(List.of())) {
            ZoneId id = ZoneId.of(candidate);
            if (id.getRules().getOffset(start.toInstant()).equals(start.getOffset())) {
                return Optional.of(id);
            }
        }
        int seconds = start.getOffset().getTotalSeconds();
        if (NUMERIC_ZONE.matcher(zone).matches() && seconds % 3600 == 0) {
            int hours = seconds / 3600;
            return Optional.of(ZoneId.of(hours == 0 ? "Etc/UTC" : "Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours)));
        }
        return Optional.empty();
    }

    /** Whether the line has the shape of a time slot (its date and zone may still be invalid). */
    static boolean isSlot(String line) {
        return SLOT.matcher(line.strip()).matches();
    }

    /**
     * Reads the slot at 0-based line {@code index}; {@code today} anchors the year when the page gives none.
     * Fails, naming the line, on dates that do not exist, weekdays that do not match, unknown zones.
     */
    static TimeSlot parse(SourceDocument doc, int index, LocalDate today) throws ParseException {
        String text = doc.lines().get(index).strip();
        Matcher m = SLOT.matcher(text);
        if (!m.matches()) {
            throw doc.error(index + 1, "expected a time slot such as 'Thu 21 July 12:30 - 12:35 PDT', found "
                    + ConferenceLines.quote(text));
        }
        try {
            return read(m, today);
        } catch (DateTimeException e) {
            throw doc.error(index + 1, "bad time slot " + ConferenceLines.quote(text) + ": " + e.getMessage());
        }
    }

    private static TimeSlot read(Matcher m, LocalDate today) {
        DayOfWeek weekday = weekday(m.group("weekday"));
        Month month = month(m.group("month") != null ? m.group("month") : m.group("month2"));
        int day = Integer.parseInt(m.group("day") != null ? m.group("day") : m.group("day2"));
        if (day < 1 || day > month.maxLength()) {
            throw new DateTimeException("there is no day " + day + " in " + name(month));
        }
        String year = m.group("year");
        LocalDate date = year != null ? statedDate(Integer.parseInt(year), month, day, weekday)
                : nearestDate(month, day, weekday, today);
        String startZoneText = m.group("startZone") != null ? m.group("startZone") : m.group("endZone");
        String endZoneText = m.group("endZone") != null ? m.group("endZone") : startZoneText;
        if (startZoneText == null) {
            throw new DateTimeException("no time zone (expected an abbreviation such as PDT or CEST after the time)");
        }
        String zone = startZoneText.toUpperCase(Locale.ROOT);
        OffsetDateTime start = OffsetDateTime.of(date, time(m.group("start")), offset(zone));
        if (m.group("end") == null) {
            return new TimeSlot(start, null, zone, null, year == null, false);
        }
        String endZone = endZoneText.toUpperCase(Locale.ROOT);
        OffsetDateTime end = OffsetDateTime.of(date, time(m.group("end")), offset(endZone));
        boolean nextDay = end.isBefore(start);
        return new TimeSlot(start, nextDay ? end.plusDays(1) : end, zone, endZone, year == null, nextDay);
    }

    private static LocalDate statedDate(int year, Month month, int day, DayOfWeek weekday) {
        LocalDate date = LocalDate.of(year, month, day);
        if (date.getDayOfWeek() != weekday) {
            throw new DateTimeException(date + " is a " + name(date.getDayOfWeek()) + ", not a " + name(weekday));
        }
        return date;
    }

    /** The date on that weekday nearest to today (the earlier one on a tie), within {@link #YEAR_SEARCH} years. */
    static LocalDate nearestDate(Month month, int day, DayOfWeek weekday, LocalDate today) {
        Optional<LocalDate> best = Optional.empty();
        for (int year = today.getYear() - YEAR_SEARCH; year <= today.getYear() + YEAR_SEARCH; year++) {
            if (day > month.length(Year.isLeap(year))) {
                continue;
            }
            LocalDate candidate = LocalDate.of(year, month, day);
            if (candidate.getDayOfWeek() == weekday && (best.isEmpty() || distance(candidate, today) < distance(best.get(), today))) {
                best = Optional.of(candidate);
            }
        }
        return best.orElseThrow(() -> new DateTimeException(day + " " + name(month) + " is not a " + name(weekday)
                + " in any year within " + YEAR_SEARCH + " years of " + today));
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    private static LocalTime time(String text) {
        Matcher m = CLOCK.matcher(text.strip());
        if (!m.matches()) {
            throw new DateTimeException("cannot read the time '" + text + "'");
        }
        int hour = Integer.parseInt(m.group("h"));
        int minute = m.group("m") == null ? 0 : Integer.parseInt(m.group("m"));
        String half = m.group("half");
        if (half != null) {
            if (hour < 1 || hour > 12) {
                throw new DateTimeException("there is no hour " + hour + " on a 12-hour clock");
            }
            hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            throw new DateTimeException("there is no time " + text.strip());
        }
        return LocalTime.of(hour, minute);
    }

    private static ZoneOffset offset(String zone) {
        String upper = zone.toUpperCase(Locale.ROOT);
        Abbreviation named = ZONES.get(upper);
        if (named != null) {
            return named.offset();
        }
        Matcher m = NUMERIC_ZONE.matcher(upper);
        if (m.matches()) {
            int sign = m.group("sign").equals("-") ? -1 : 1;
            int minutes = m.group("m") == null ? 0 : Integer.parseInt(m.group("m"));
            return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(m.group("h")), sign * minutes);
        }
        throw new DateTimeException("unknown time-zone abbreviation '" + zone + "' (known: "
                + String.join(", ", new TreeMap<>(ZONES).keySet()) + ", and UTC+h / GMT-h:mm)");
    }

    private static DayOfWeek weekday(String text) {
        return byPrefix(DayOfWeek.values(), text, "weekday");
    }

    private static Month month(String text) {
        return byPrefix(Month.values(), text, "month");
    }

    /** The constant whose name starts with the text's first three letters, in any case ("Tue", "SEPT"). */
    private static <E extends Enum<E>> E byPrefix(E[] values, String text, String what) {
        String prefix = text.substring(0, 3).toUpperCase(Locale.ROOT);
        for (E e : values) {
            if (e.name().startsWith(prefix)) {
                return e;
            }
        }
        throw new DateTimeException("unknown " + what + " '" + text + "'");
    }

    static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String name(Month m) {
        return m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** The offset of a time as a person reads it, e.g. UTC-07:00. */
    static String offsetText(OffsetDateTime time) {
        return "UTC" + (time.getOffset().equals(ZoneOffset.UTC) ? "+00:00" : time.getOffset().getId());
    }
}
