package dev.paperscope.ingest;

/**
 * The checks that the immutable records of every stage make in their constructors (ingest is the first
 * stage, so every later one may use them): fields that must be present, and confidences. Each fails as
 * the check it replaces did: a {@link NullPointerException} naming the field, or an
 * {@link IllegalArgumentException} saying what the value was.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * Requires every value to be present: {@code namesAndValues} alternates a field's name and its value,
     * and the first null value fails with a {@link NullPointerException} whose message is its name.
     */
    public static void present(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs, got " + namesAndValues.length + " arguments");
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                throw new NullPointerException(String.valueOf(namesAndValues[i]));
            }
        }
    }

    /** Requires a confidence in (0, 1]; NaN fails too. */
    public static void confidence(double confidence) {
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in (0, 1], was " + confidence);
        }
    }
}
