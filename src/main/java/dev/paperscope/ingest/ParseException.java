package dev.paperscope.ingest;

/** A file could not be read as the format it claims; the message is {@code file:line: what is wrong}. */
public final class ParseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final String problem;

    public ParseException(String file, int line, String problem) {
        this(file, line, problem, null);
    }

    public ParseException(String file, int line, String problem, Throwable cause) {
        this(file + ":" + Math.max(line, 1) + ": ", file, line, problem, cause);
    }

    private ParseException(String prefix, String file, int line, String problem, Throwable cause) {
        super(prefix + readable(problem), cause);
        this.file = file;
        this.line = Math.max(line, 1);
        this.problem = readable(problem);
    }

    /**
     * A problem of a file that has no lines (a PDF): the message is {@code file: what is wrong}, where what
     * is wrong starts with the page when there is one ("page 3: ..."); {@link #line()} is 1.
     */
    public static ParseException ofFile(String file, String problem, Throwable cause) {
        return new ParseException(file + ": ", file, 1, problem, cause);
    }

    /** Most problems a line makes quote it; a quoted line can be a megabyte. One line, and short, is readable. */
    static final int MAX_PROBLEM_CHARS = 500;

    private static String readable(String problem) {
        String one = String.valueOf(problem).replaceAll("\\s*[\\r\\n]+\\s*", " ");
        if (one.length() <= MAX_PROBLEM_CHARS) {
            return one;
        }
        int end = Character.isHighSurrogate(one.charAt(MAX_PROBLEM_CHARS - 1)) ? MAX_PROBLEM_CHARS - 1 : MAX_PROBLEM_CHARS;
        return one.substring(0, end) + "… (" + one.length() + " characters)";
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
