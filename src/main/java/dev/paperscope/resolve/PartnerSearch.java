package dev.paperscope.resolve;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys one key is joined with now, found through the indexed author names instead of a pass over all
 * keys: exactly the pairs {@link AuthorIdentities} joins (a middle-name variant either way; the same
 * first name and last names one or two edits apart, the smaller key's last name at least five letters;
 * a first name of at least {@link AuthorIdentities#MIN_SHORT_FIRST_NAME} letters that starts the other's,
 * under the same last name), the last two only with a co-author in common and never on one list.
 */
final class PartnerSearch {
    private final IncrementalIdentities.Names names;
    private final IncrementalIdentities state;

    PartnerSearch(IncrementalIdentities.Names names, IncrementalIdentities state) {
        this.names = names;
        this.state = state;
    }

    Set<String> partners(String key) {
        Set<String> out = new TreeSet<>();
        if (state.recordsOf(key).isEmpty()) {
            return out;
        }
        String first = AuthorIdentities.first(key);
        String last = AuthorIdentities.last(key);
        Set<String> variants = variantsOf(key);
        Set<String> listing = names.keysListing(key);
        Set<String> sameFirst = names.keysWithFirst(first, last.length() - 2, last.length() + 2);
        Set<String> sameLast = first.isEmpty() || first.length() < AuthorIdentities.MIN_SHORT_FIRST_NAME ? Set.of() : names.keysWithLast(last, first);
        Set<String> shorter = new TreeSet<>();
        for (int n = AuthorIdentities.MIN_SHORT_FIRST_NAME; n < first.length(); n++) {
            shorter.add(first.substring(0, n) + " " + last);
        }
        Set<String> all = new TreeSet<>(variants);
        all.addAll(listing);
        all.addAll(shorter);
        sameFirst.stream().filter(k -> isTypo(key, k)).forEach(all::add);
        sameLast.forEach(all::add);
        state.cacheRecordsOf(all);
        variants.stream().filter(v -> !v.equals(key) && !state.recordsOf(v).isEmpty()).forEach(out::add);
        listing.stream().filter(k -> !k.equals(key) && variantsOf(k).contains(key)).forEach(out::add);
        for (String other : sameFirst) {
            if (isTypo(key, other) && corroborated(key, other)) {
                out.add(other);
            }
        }
        if (!first.isEmpty()) {
            if (first.length() >= AuthorIdentities.MIN_SHORT_FIRST_NAME) {
                for (String other : sameLast) {
                    String f = AuthorIdentities.first(other);
                    if (f.startsWith(first) && !f.equals(first) && AuthorIdentities.last(other).equals(last) && corroborated(key, other)) {
                        out.add(other);
                    }
                }
            }
            for (String other : shorter) {
                if (!state.recordsOf(other).isEmpty() && corroborated(key, other)) {
                    out.add(other);
                }
            }
        }
        return out;
    }

    /** The same first name and last names one or two edits apart (the name test of a typo join, before its co-author test). */
    private static boolean isTypo(String key, String other) {
        if (other.equals(key) || !AuthorIdentities.first(other).equals(AuthorIdentities.first(key))) {
            return false;
        }
        int distance = AuthorIdentities.editDistance(AuthorIdentities.last(key), AuthorIdentities.last(other));
        String smaller = key.compareTo(other) < 0 ? key : other;
        return distance >= 1 && distance <= 2 && AuthorIdentities.last(smaller).length() >= 5;
    }

    /** Every key the spellings of {@code key} may be listed under, itself included. */
    private Set<String> variantsOf(String key) {
        Set<String> out = new TreeSet<>();
        Set<String> records = state.recordsOf(key);
        state.prefetch(records);
        for (String id : records) {
            for (String written : state.spellingsOfRecord(id)) {
                PersonName n = PersonName.parse(written);
                if (n.key().equals(key)) {
                    out.addAll(n.keys());
                }
            }
        }
        return out;
    }

    /** True when a key other than the two is on a record of each, and no record lists both (as {@code CoAuthors.firstCommon}). */
    private boolean corroborated(String a, String b) {
        Set<String> ofA = state.recordsOf(a);
        Set<String> ofB = state.recordsOf(b);
        state.prefetch(ofA);
        state.prefetch(ofB);
        Set<String> withA = new HashSet<>();
        for (String id : ofA) {
            Set<String> keys = state.keysOf(id);
            if (keys.contains(b)) {
                return false;
            }
            withA.addAll(keys);
        }
        for (String id : ofB) {
            for (String k : state.keysOf(id)) {
                if (!k.equals(a) && !k.equals(b) && withA.contains(k)) {
                    return true;
                }
            }
        }
        return false;
    }
}
