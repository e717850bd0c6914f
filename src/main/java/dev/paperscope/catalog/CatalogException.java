package dev.paperscope.catalog;

/** The catalog database could not be read or written; the cause is the underlying SQL error. */
public final class CatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
