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
        super(file + ":" + Math.max(line, 1) + ": " + problem, cause);
        this.file = file;
        this.line = Math.max(line, 1);
        this.problem = problem;
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
