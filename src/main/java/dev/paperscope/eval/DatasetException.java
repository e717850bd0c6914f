package dev.paperscope.eval;

import java.nio.file.Path;

/** A dataset, run or regression file that cannot be read; the message starts with {@code file:line:} where known. */
public final class DatasetException extends RuntimeException {
    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }

    static DatasetException at(Path file, long line, String what) {
        return new DatasetException(file + ":" + line + ": " + what);
    }
}
