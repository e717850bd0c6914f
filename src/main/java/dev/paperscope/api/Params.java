package dev.paperscope.api;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;

/** Query parameters read with bounds; a bad one is a 400 that names the parameter. */
public final class Params {
    /** Longest value any single parameter may have (the query syntax itself stops at 4096). */
    public static final int MAX_PARAM_CHARS = 4096;
    private final Context ctx;

    private Params(Context ctx) {
        this.ctx = ctx;
    }

    public static Params of(Context ctx) {
        return new Params(ctx);
    }

    /** The parameter stripped, or empty when absent or blank. */
    public Optional<String> text(String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.length() > MAX_PARAM_CHARS) {
            throw ApiException.badRequest("parameter " + name + " is " + value.length() + " characters long; the limit is " + MAX_PARAM_CHARS);
        }
        return Optional.of(value.strip());
    }

    public String requiredText(String name) {
        return text(name).orElseThrow(() -> ApiException.badRequest("parameter " + name + " is required"));
    }

    public int integer(String name, int fallback, int min, int max) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter " + name + " must be a whole number, was \"" + value.get() + "\"");
        }
        if (parsed < min || parsed > max) {
            throw ApiException.badRequest("parameter " + name + " must lie in " + min + ".." + max + ", was " + parsed);
        }
        return parsed;
    }

    public <E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.get().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("parameter " + name + " must be one of " + names(type) + ", was \"" + value.get() + "\"");
        }
    }

    public double decimal(String name, double fallback, double min, double max) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return fallback;
        }
        double parsed;
        try {
            parsed = Double.parseDouble(value.get());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter " + name + " must be a number, was \"" + value.get() + "\"");
        }
        if (!(parsed >= min && parsed <= max)) {
            throw ApiException.badRequest("parameter " + name + " must lie in " + min + ".." + max + ", was " + value.get());
        }
        return parsed;
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        StringBuilder out = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            out.append(out.isEmpty() ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
