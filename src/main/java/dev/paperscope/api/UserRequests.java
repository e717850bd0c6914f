package dev.paperscope.api;

import dev.paperscope.catalog.RequestException;
import dev.paperscope.export.ExportException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the planner, list and export handlers share: their services' errors as HTTP answers (unknown id
 * 404, bad request 400, a taken name 409) and the {@code tz} parameter.
 */
public final class UserRequests {
    private UserRequests() {
    }

    /** Runs a service call, turning its refusal into the matching {@link ApiException}. */
    public static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (RequestException e) { // a planner or reading-list refusal
            throw new ApiException(switch (e.reason()) {
                case NOT_FOUND -> 404;
                case CONFLICT -> 409;
                case INVALID -> 400;
            }, e.getMessage());
        } catch (ExportException e) {
            throw ApiException.notFound(e.getMessage());
        }
    }

    /** The IANA zone named by parameter {@code tz}, or empty when absent. */
    public static Optional<ZoneId> zone(Params params) {
        return params.text("tz").map(name -> {
            try {
                return ZoneId.of(name);
            } catch (DateTimeException e) {
                throw ApiException.badRequest("parameter tz must be an IANA time zone such as Europe/Berlin, was \"" + name + "\"");
            }
        });
    }
}
