package dev.paperscope.index.opensearch;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Retries a request that failed for a passing reason (no answer, 429 too many requests, 502-504) with
 * doubling waits, saying each time what failed and when it tries again; a request the cluster refused for
 * what it is (a bad mapping, a bad query) fails at once.
 */
record Retry(int attempts, Duration firstWait, Consumer<String> say) {
    static final Retry DEFAULT = new Retry(6, Duration.ofMillis(500), System.err::println);

    Retry {
        Objects.requireNonNull(firstWait, "firstWait");
        Objects.requireNonNull(say, "say");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    Retry saying(Consumer<String> to) {
        return new Retry(attempts, firstWait, to);
    }

    <T> T run(String what, Supplier<T> request) {
        Duration wait = firstWait;
        for (int attempt = 1; ; attempt++) {
            try {
                return request.get();
            } catch (OpenSearchException e) {
                boolean passing = !(e instanceof OpenSearchConnection.OpenSearchHttpException h) || h.retryable();
                if (!passing || attempt >= attempts) {
                    throw attempt > 1 ? new OpenSearchException(what + " failed after " + attempt + " attempts: " + e.getMessage(), e) : e;
                }
                say.accept(what + " failed (attempt " + attempt + " of " + attempts + "): " + e.getMessage() + "; retrying in "
                        + wait.toMillis() + " ms");
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new OpenSearchException(what + " interrupted while waiting to retry", ie);
                }
                wait = wait.multipliedBy(2);
            }
        }
    }
}
