package dev.paperscope.search;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A name the library knows, found in a query's free words: the words {@code span} (as the user wrote them)
 * are also matched as {@code field} ({@code author}, {@code room}, {@code session}, {@code venue},
 * {@code award}, or {@code year} after a venue) with {@code value}, as the library writes it. What is
 * understood only ranks: it adds to the score of records with that value and never adds or removes a match.
 */
public record Understood(String field, String value, String span) {
    public Understood {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }

    /** What was understood, for people: {@code room: Hall J; author: Vahab Mirrokni}. */
    public static String describe(List<Understood> understood) {
        return understood.stream().map(u -> u.field() + ": " + u.value()).collect(Collectors.joining("; "));
    }
}
