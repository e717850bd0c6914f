package dev.paperscope.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before any route runs (a request line or headers past
 * {@link Limits#MAX_HEADER_BYTES}, a malformed request): JSON {@code {"status", "message"}} like every
 * other error, never Jetty's HTML page, never a stack trace.
 */
public final class JettyErrors extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        var body = Json.object();
        body.put("status", code);
        body.put("message", explain(code));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(body.toString().getBytes(StandardCharsets.UTF_8)), callback);
    }

    static String explain(int code) {
        return switch (code) {
            case 414, 431 -> "the URL or the headers are too long (at most " + Limits.MAX_HEADER_BYTES + " bytes together; URLs at most "
                    + Limits.MAX_URL_CHARS + " characters)";
            case 413 -> Limits.bodyTooLarge();
            case 400 -> "malformed HTTP request";
            default -> "error " + code;
        };
    }
}
