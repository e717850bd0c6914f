package dev.paperscope.app;

import dev.paperscope.resolve.AuthorIdentities;
import dev.paperscope.resolve.AuthorIdentity;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The people a partial name may mean: every word written must begin a word of one of the person's
 * spellings, without regard to case or accents ({@code bengio}, {@code y bengio} and {@code yosh} all fit
 * "Yoshua Bengio"). Ordered by works, then records, then name, so the most likely person comes first.
 */
final class AuthorCandidates {
    private AuthorCandidates() {
    }

    static List<AuthorCandidate> matching(String partial, AuthorIdentities identities, Resolution resolution) {
        List<String> wanted = words(partial);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<AuthorCandidate> out = new ArrayList<>();
        for (AuthorIdentity identity : identities.all()) {
            if (identity.spellings().stream().anyMatch(s -> fits(wanted, words(s)))) {
                Set<String> mine = new HashSet<>(identity.recordIds());
                int works = (int) resolution.works().stream().filter(w -> w.recordIds().stream().anyMatch(mine::contains)).count();
                if (works > 0) {
                    out.add(new AuthorCandidate(identity.id(), identity.name(), works, Math.max(works, identity.recordIds().size())));
                }
            }
        }
        out.sort(Comparator.comparingInt(AuthorCandidate::works).reversed().thenComparing(Comparator.comparingInt(AuthorCandidate::records).reversed())
                .thenComparing(AuthorCandidate::name).thenComparing(AuthorCandidate::id));
        return List.copyOf(out);
    }

    /** Every wanted word begins a different word of the name. */
    static boolean fits(List<String> wanted, List<String> name) {
        List<String> left = new ArrayList<>(name);
        for (String w : wanted) {
            int at = -1;
            for (int i = 0; i < left.size() && at < 0; i++) {
                if (left.get(i).startsWith(w)) {
                    at = i;
                }
            }
            if (at < 0) {
                return false;
            }
            left.remove(at);
        }
        return true;
    }

    /** Lower-case words without accents; punctuation (commas, periods of initials, hyphens) separates words. */
    static List<String> words(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(s -> !s.isEmpty()).toList();
    }
}
