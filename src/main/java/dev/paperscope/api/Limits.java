package dev.paperscope.api;

import io.javalin.http.Context;

/** Bounds on what a client may send. */
public final class Limits {
    /** Largest request body; larger ones get 413. Reading-list and agenda writes are small JSON objects. */
    public static final long MAX_BODY_BYTES = 256 * 1024;
    /** Longest URL (path and query string) we answer; a longer one gets a JSON 414. */
    public static final int MAX_URL_CHARS = 16 * 1024;
    /**
     * Largest request line plus headers Jetty reads at all: above {@link #MAX_URL_CHARS}, so that an
     * overlong URL reaches our handler and gets a JSON error; past this, Jetty answers with its own page.
     */
    public static final int MAX_HEADER_BYTES = 64 * 1024;

    private Limits() {
    }

    /** Refuses an overlong URL, and a declared body over the limit before anything reads it (Javalin checks bodies only when read). */
    public static void check(Context ctx) {
        String query = ctx.queryString();
        long url = ctx.path().length() + (query == null ? 0 : query.length() + 1);
        if (url > MAX_URL_CHARS) {
            throw new ApiException(414, "the URL is too long (" + url + " characters; at most " + MAX_URL_CHARS + ")");
        }
        long length = ctx.contentLength();
        if (length > MAX_BODY_BYTES) {
            throw new ApiException(413, bodyTooLarge());
        }
    }

    static String bodyTooLarge() {
        return "the request body is too large (at most " + MAX_BODY_BYTES + " bytes)";
    }
}
