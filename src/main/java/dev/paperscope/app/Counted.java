package dev.paperscope.app;

/** A count with its noun in the right number, for everything the CLI and the pages print: "1 talk", "15 talks", "0 talks". */
public final class Counted {
    private Counted() {
    }

    /** {@code n} and the noun: {@code one} for exactly 1, else {@code one + "s"}. */
    public static String of(long n, String one) {
        return n + " " + noun(n, one);
    }

    /** {@code n} and the noun: {@code one} for exactly 1, else {@code many}. */
    public static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The noun alone, in the number that suits {@code n}. */
    public static String noun(long n, String one) {
        return n == 1 ? one : one + "s";
    }
}
