package dev.paperscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the values of structured records that name a field but do not fit it ({@code "year": "twenty"},
 * {@code "start": "not a time"}): parsing keeps them in {@code extra} rather than guess, and this makes
 * that visible as a warning with the record's file and line instead of a silent omission.
 */
final class UnfitValues {
    private static final int SHOWN_CHARS = 40;

    private UnfitValues() {
    }

    static List<ParseWarning> of(List<SourceRecord> records) {
        List<ParseWarning> warnings = new ArrayList<>();
        for (SourceRecord r : records) {
            for (Map.Entry<String, Object> e : r.extra().entrySet()) {
                String key = StructuredFields.normalize(e.getKey());
                if (StructuredFields.YEAR.contains(key) && !isYear(e.getValue())) {
                    warnings.add(warning(r, "year", e, "is not a year", r.year() == null));
                } else if (StructuredFields.START.contains(key) && !isTime(e.getValue())) {
                    warnings.add(warning(r, "start", e, "is not an ISO 8601 time", r.start() == null));
                } else if (StructuredFields.END.contains(key) && !isTime(e.getValue())) {
                    warnings.add(warning(r, "end", e, "is not an ISO 8601 time", r.end() == null));
                }
            }
        }
        return warnings;
    }

    private static boolean isYear(Object value) {
        Integer year = StructuredFields.yearOf(value);
        return year != null && SourceRecord.isPlausibleYear(year);
    }

    private static boolean isTime(Object value) {
        return value instanceof String s && IsoTimes.parse(s.strip()).isPresent();
    }

    private static ParseWarning warning(SourceRecord r, String field, Map.Entry<String, Object> e, String problem, boolean missing) {
        String shown = String.valueOf(e.getValue()).strip();
        shown = shown.length() <= SHOWN_CHARS ? shown : shown.substring(0, SHOWN_CHARS) + "…";
        return ParseWarning.at(r, field + " '" + shown + "' " + problem + "; kept as extra." + e.getKey()
                + (missing ? ", the record has no " + field : ""));
    }
}
