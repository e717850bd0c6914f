package dev.paperscope.api;

/** Bounds on what a client may send. */
public final class Limits {
    /** Largest request body; larger ones get 413. Reading-list and agenda writes are small JSON objects. */
    public static final long MAX_BODY_BYTES = 256 * 1024;
    /** Largest request line plus headers; a longer URL gets 414 from the server before any handler runs. */
    public static final int MAX_HEADER_BYTES = 16 * 1024;

    private Limits() {
    }

    /** Refuses a declared body over the limit before anything reads it (Javalin checks bodies only when read). */
    public static void check(io.javalin.http.Context ctx) {
        long length = ctx.contentLength();
        if (length > MAX_BODY_BYTES) {
            throw new ApiException(413, bodyTooLarge());
        }
    }

    static String bodyTooLarge() {
        return "the request body is too large (at most " + MAX_BODY_BYTES + " bytes)";
    }
}
