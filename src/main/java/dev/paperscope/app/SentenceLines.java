package dev.paperscope.app;

import dev.paperscope.ingest.SourceRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line of a text file that holds a sentence of a record: the record's first line plus the line breaks
 * of its raw text before the sentence's first words (matched across any whitespace, since stored text joins
 * wrapped lines). A paged file (PDF) or a sentence not found in the raw text keeps the record's line.
 */
final class SentenceLines {
    /** Words of the sentence's start that must match: enough to be distinctive, few enough to stay on one line. */
    private static final int WORDS = 6;

    private SentenceLines() {
    }

    static int line(SourceRecord record, String sentence) {
        int first = record.source().line();
        if (record.source().page() != null || record.raw().isEmpty()) {
            return first;
        }
        String[] words = sentence.strip().split("\\s+");
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < Math.min(WORDS, words.length); i++) {
            pattern.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        Matcher m = Pattern.compile(pattern.toString()).matcher(record.raw());
        if (!m.find()) {
            return first;
        }
        int breaks = 0;
        for (int i = 0; i < m.start(); i++) {
            if (record.raw().charAt(i) == '\n') {
                breaks++;
            }
        }
        return first + breaks;
    }
}
