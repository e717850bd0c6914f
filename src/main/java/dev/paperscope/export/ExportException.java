package dev.paperscope.export;

/** An export that cannot be made: an id that names no work or record. */
public final class ExportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ExportException(String message) {
        super(message);
    }
}
