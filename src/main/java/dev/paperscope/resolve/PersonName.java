package dev.paperscope.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A person's name as written, with the keys used to recognise the same person under other spellings:
 * case and accents folded, nicknames in quotes or parentheses dropped, "Last, First" turned round,
 * initials and middle names set aside. {@code key} ("first last") identifies; {@code initialKey}
 * ("f last") only suggests, and is used together with other evidence such as shared co-authors.
 */
public record PersonName(String written, String first, String last, List<String> middle) {
    private static final Pattern NICKNAME = Pattern.compile("\\s*([\"“”„«»]|'')[^\"“”„«»]*?([\"“”„«»]|'')\\s*|\\s*\\([^)]*\\)\\s*");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\s,'-]+");
    private static final List<String> PARTICLES = List.of("van", "von", "de", "der", "den", "da", "del", "della", "di", "du",
            "la", "las", "los", "le", "des", "dos", "das", "ter", "ten", "bin", "al");

    public PersonName {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        middle = List.copyOf(middle);
        if (last.isEmpty()) {
            throw new IllegalArgumentException("a name needs at least one word: '" + written + "'");
        }
    }

    /**
     * Parses written names once: resolution parses every author of every record several times (identities,
     * blocks, author overlaps), and in a large catalog the same spellings recur on many records. Holds a
     * parsed name, or the message of why a string is not one; emptied when it reaches {@link #CACHED} spellings.
     */
    private static final Map<String, Object> PARSED = new ConcurrentHashMap<>();
    static final int CACHED = 200_000;

    /** The name {@code written} spells; an {@link IllegalArgumentException} when it holds no name. */
    public static PersonName parse(String written) {
        Objects.requireNonNull(written, "written");
        Object parsed = PARSED.get(written);
        if (parsed == null) {
            try {
                parsed = parseNew(written);
            } catch (IllegalArgumentException e) {
                parsed = e.getMessage();
            }
            if (PARSED.size() >= CACHED) {
                PARSED.clear();
            }
            PARSED.put(written, parsed);
        }
        if (parsed instanceof PersonName name) {
            return name;
        }
        throw new IllegalArgumentException((String) parsed);
    }

    private static PersonName parseNew(String written) {
        String s = NICKNAME.matcher(written).replaceAll(" ");
        s = Folding.toAscii(s);
        s = NOT_NAME.matcher(s.replace('.', ' ')).replaceAll(" ").toLowerCase(Locale.ROOT).strip();
        int comma = s.indexOf(',');
        if (comma > 0) {
            s = s.substring(comma + 1).strip() + " " + s.substring(0, comma).strip();
        }
        List<String> words = new ArrayList<>(Arrays.stream(s.split("[\\s-]+")).filter(w -> !w.isBlank()).toList());
        if (words.isEmpty()) {
            throw new IllegalArgumentException("no name in '" + written + "'");
        }
        int lastStart = words.size() - 1;
        while (lastStart > 1 && PARTICLES.contains(words.get(lastStart - 1))) {
            lastStart--;
        }
        String last = String.join("", words.subList(lastStart, words.size()));
        String first = lastStart > 0 ? words.get(0) : "";
        List<String> middle = lastStart > 1 ? words.subList(1, lastStart) : List.of();
        return new PersonName(written, first, last, middle);
    }

    /** "first last" folded: the same person written with or without accents, middle names or nicknames. */
    public String key() {
        return first.isEmpty() ? last : first + " " + last;
    }

    /**
     * Every key this person may be listed under: {@link #key()}, and "middle last" for each middle name,
     * since "J Zico Kolter" is listed elsewhere as "Zico Kolter".
     */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key());
        middle.stream().filter(m -> m.length() > 1).forEach(m -> keys.add(m + " " + last));
        return keys;
    }

    /** "f last": matches "J. Smith" with "John Smith"; alone it is not enough to call two people one. */
    public String initialKey() {
        return first.isEmpty() ? last : first.charAt(0) + " " + last;
    }

    /** True when the first name is only an initial, as in "J. Smith". */
    public boolean firstIsInitial() {
        return first.length() == 1;
    }
}
