package dev.paperscope.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Guards every request against other sites and pages, and every write (any method but GET, HEAD and
 * OPTIONS) against anyone without the token printed at start.
 * <ul>
 * <li>Every request must name this server in {@code Host} ({@link HostCheck}): that closes DNS rebinding.</li>
 * <li>A write that says where it comes from ({@code Origin}, as browsers do) must come from this server's
 * own origin: a page on another port of the same machine is another origin, and is refused.</li>
 * <li>The token comes as {@code Authorization: Bearer TOKEN} (the scheme in any case; a non-browser client
 * needs no {@code Origin}), or as the cookie a browser got by opening the printed URL ({@code ?token=TOKEN}).
 * A cookie is sent by the browser whoever asks, so a cookie write must also carry this server's own
 * {@code Origin} and be JSON (which no page of another origin can send without this server's consent) or
 * a form post carrying the form token that this server's pages hold ({@value #FORM_FIELD}).</li>
 * </ul>
 * Without a token ({@code --no-auth}) writes need none, but browser writes are held to the same rules.
 */
public final class WriteAuth {
    public static final String COOKIE = "paperscope_token";
    /** The form field carrying the form token in the pages' own form posts. */
    public static final String FORM_FIELD = "csrf";
    /** The request attribute holding the form token, for pages to put into their forms. */
    public static final String FORM_TOKEN_ATTRIBUTE = "paperscope.form-token";
    /** How long a browser keeps the write cookie (across browser restarts, while the server keeps its token). */
    public static final Duration COOKIE_LIFETIME = Duration.ofDays(30);
    private final Optional<String> token;
    private final String formToken = newToken();
    private final HostCheck hosts;

    /** {@code boundHost}: the address the server binds, whose names it answers besides loopback ones. */
    public WriteAuth(Optional<String> token, String boundHost) {
        token.ifPresent(t -> {
            if (t.length() < 16) {
                throw new IllegalArgumentException("a write token has at least 16 characters");
            }
        });
        this.token = token;
        this.hosts = new HostCheck(boundHost);
    }

    /** A fresh random token: 128 bits, hex. */
    public static String newToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public Optional<String> token() {
        return token;
    }

    /** Runs before every request: checks Host, remembers a token given in the URL, and refuses forged or unauthorised writes. */
    public void check(Context ctx) {
        if (!hosts.accepts(ctx.header("Host"), ctx.req().getLocalAddr(), ctx.req().getLocalPort())) {
            throw new ApiException(403, "unknown Host header '" + printable(ctx.header("Host"))
                    + "': open this server by the address it printed (127.0.0.1, localhost or [::1] with its port)");
        }
        ctx.attribute(FORM_TOKEN_ATTRIBUTE, formToken);
        String offered = ctx.queryParam("token");
        if (token.isPresent() && offered != null && matches(offered)) {
            ctx.header("Set-Cookie", COOKIE + "=" + token.get() + "; Path=/; Max-Age=" + COOKIE_LIFETIME.toSeconds()
                    + "; HttpOnly; SameSite=Strict");
        }
        if (isRead(ctx.method())) {
            return;
        }
        String origin = ctx.header("Origin");
        String own = "http://" + ctx.header("Host").strip();
        if (origin != null && !origin.strip().equalsIgnoreCase(own)) {
            throw new ApiException(403, "a write from another origin (" + printable(origin) + ") is refused: only this server's own pages ("
                    + own + ") may write with the browser's cookie");
        }
        if (token.isPresent() && matches(bearer(ctx))) {
            return;
        }
        boolean cookie = token.isPresent() && matches(ctx.cookie(COOKIE));
        if (token.isPresent() && !cookie) {
            throw new ApiException(401, "this write needs the token the server printed at start: "
                    + "send 'Authorization: Bearer TOKEN', or open the printed URL once in this browser");
        }
        if (cookie && origin == null) {
            throw new ApiException(403, "a write with the browser's cookie must say its Origin (this server's own pages do)");
        }
        if ((cookie || origin != null) && !isJson(ctx) && !hasFormToken(ctx)) {
            throw new ApiException(403, "a browser write must be application/json, or a form post carrying this server's form token");
        }
    }

    private boolean hasFormToken(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return false;
        }
        String offered = ctx.formParam(FORM_FIELD);
        if (offered == null || !equal(offered, formToken)) {
            throw new ApiException(403, "this form post lacks this server's form token: reload the page and try again");
        }
        return true;
    }

    private static boolean isJson(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.toLowerCase(Locale.ROOT).strip().matches("application/json\\s*(;.*)?");
    }

    private static boolean isRead(HandlerType method) {
        return method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS;
    }

    /** The credentials of {@code Authorization: Bearer ...}; the scheme is case-insensitive (RFC 9110, 11.1). */
    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            return null;
        }
        String value = header.strip();
        int space = value.indexOf(' ');
        return space > 0 && value.substring(0, space).equalsIgnoreCase("Bearer") ? value.substring(space + 1).strip() : null;
    }

    private boolean matches(String offered) {
        return offered != null && equal(offered, token.get());
    }

    private static boolean equal(String offered, String expected) {
        return MessageDigest.isEqual(offered.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /** A header as shown in a message: bounded, control characters dropped. */
    private static String printable(String header) {
        String s = header == null ? "" : header.replaceAll("\\p{Cntrl}", "");
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }
}
