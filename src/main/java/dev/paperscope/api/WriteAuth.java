package dev.paperscope.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Guards every write (any method but GET, HEAD and OPTIONS). A write carries the token printed at start,
 * as {@code Authorization: Bearer TOKEN}, or comes from a browser that opened the printed URL
 * ({@code ?token=TOKEN}), which leaves the token in a same-site, script-proof cookie: pages can then
 * write, other web sites cannot. Without a token ({@code --no-auth}) everything is allowed.
 */
public final class WriteAuth {
    public static final String COOKIE = "paperscope_token";
    private final Optional<String> token;

    public WriteAuth(Optional<String> token) {
        token.ifPresent(t -> {
            if (t.length() < 16) {
                throw new IllegalArgumentException("a write token has at least 16 characters");
            }
        });
        this.token = token;
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

    /** Runs before every request: remembers a token given in the URL, and refuses unauthorised writes. */
    public void check(Context ctx) {
        if (token.isEmpty()) {
            return;
        }
        String offered = ctx.queryParam("token");
        if (offered != null && matches(offered)) {
            ctx.header("Set-Cookie", COOKIE + "=" + token.get() + "; Path=/; HttpOnly; SameSite=Strict");
        }
        if (isRead(ctx.method())) {
            return;
        }
        if (!matches(bearer(ctx)) && !matches(ctx.cookie(COOKIE))) {
            throw new ApiException(401, "this write needs the token the server printed at start: "
                    + "send 'Authorization: Bearer TOKEN', or open the printed URL once in this browser");
        }
    }

    private static boolean isRead(HandlerType method) {
        return method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS;
    }

    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.startsWith("Bearer ") ? header.substring("Bearer ".length()).strip() : null;
    }

    private boolean matches(String offered) {
        return offered != null && MessageDigest.isEqual(offered.getBytes(StandardCharsets.UTF_8), token.get().getBytes(StandardCharsets.UTF_8));
    }
}
