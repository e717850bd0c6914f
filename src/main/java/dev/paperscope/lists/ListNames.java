package dev.paperscope.lists;

import java.util.regex.Pattern;

/** What a list name may be: 1 to 80 characters after trimming, no control characters, no slash. */
final class ListNames {
    static final int MAX_LENGTH = 80;
    static final int MAX_NOTE_LENGTH = 10_000;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private ListNames() {
    }

    /** The name trimmed, or an INVALID error saying what is wrong with it. */
    static String valid(String name) {
        if (name == null || name.isBlank()) {
            throw invalid("a list needs a name");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw invalid("list name too long (" + trimmed.length() + " characters, at most " + MAX_LENGTH + ")");
        }
        if (CONTROL.matcher(trimmed).find()) {
            throw invalid("list name '" + trimmed.replaceAll("\\p{Cntrl}", "?") + "' contains a control character");
        }
        if (trimmed.contains("/")) {
            // names appear in URLs (/api/v1/lists/NAME) and file names of exports
            throw invalid("list name '" + trimmed + "' contains '/'");
        }
        return trimmed;
    }

    /** A note trimmed (null when blank), or an INVALID error when it is too long. */
    static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String trimmed = note.strip();
        if (trimmed.length() > MAX_NOTE_LENGTH) {
            throw invalid("note too long (" + trimmed.length() + " characters, at most " + MAX_NOTE_LENGTH + ")");
        }
        return trimmed;
    }

    private static ListException invalid(String message) {
        return new ListException(ListException.Reason.INVALID, message);
    }
}
