package dev.paperscope.export;

import dev.paperscope.resolve.PersonName;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Citation keys. An entry that came from BibTeX keeps its file's key. Others get the first author's last
 * name, year and first significant title word, ASCII lower case ({@code du2022glam}). Only a real
 * collision changes a key: of entries sharing one, a BibTeX entry whose own key it is keeps it (the first
 * by id) and the others get suffixes a, b, c in the order of their ids (all of them, when the key is
 * nobody's own), so a key depends only on the set exported, never on the order of a list.
 */
final class BibtexKeys {
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "on", "of", "for", "in", "to", "and", "with",
            "via", "at", "by", "from", "is", "are", "towards", "toward", "how", "what", "why", "when", "do", "does", "can");

    private BibtexKeys() {
    }

    /** A key for each citable, by citable id, unique among them. */
    static Map<String, String> assign(List<Citable> citables) {
        Map<String, List<String>> idsByBase = new TreeMap<>();
        Set<String> own = new HashSet<>();
        for (Citable c : citables) {
            String key = c.original().map(BibtexEntry::key).orElseGet(() -> base(c));
            idsByBase.computeIfAbsent(key, k -> new ArrayList<>()).add(c.id());
            if (c.original().isPresent()) {
                own.add(c.id() + "\u0000" + key);
            }
        }
        Set<String> taken = new HashSet<>(idsByBase.keySet());
        Map<String, String> keys = new LinkedHashMap<>();
        idsByBase.forEach((base, ids) -> {
            List<String> sorted = new ArrayList<>(ids.stream().distinct().sorted().toList());
            if (sorted.size() == 1) {
                keys.put(sorted.getFirst(), base);
                return;
            }
            sorted.stream().filter(id -> own.contains(id + "\u0000" + base)).findFirst().ifPresent(keeper -> {
                keys.put(keeper, base);
                sorted.remove(keeper);
            });
            int n = 0;
            for (String id : sorted) {
                String key;
                do {
                    key = base + suffix(n++);
                } while (!taken.add(key));
                keys.put(id, key);
            }
        });
        return keys;
    }

    /** a, b, ..., z, aa, ab, ... */
    private static String suffix(int n) {
        return n < 26 ? String.valueOf((char) ('a' + n)) : suffix(n / 26 - 1) + (char) ('a' + n % 26);
    }

    static String base(Citable c) {
        return author(c) + (c.year() == null ? "" : c.year().toString()) + titleWord(c);
    }

    private static String author(Citable c) {
        List<String> names = new ArrayList<>(c.authors());
        if (names.isEmpty() && c.authorMention() != null) {
            names.add(MentionedAuthors.first(c.authorMention()));
        }
        for (String written : names) {
            try {
                String last = letters(PersonName.parse(written).last());
                if (!last.isEmpty()) {
                    return last;
                }
            } catch (IllegalArgumentException e) {
                // a name without letters (a stray symbol): try the next author
            }
        }
        return "anon";
    }

    private static String titleWord(Citable c) {
        if (c.title() == null) {
            return "untitled";
        }
        String folded = Normalizer.normalize(c.title(), Normalizer.Form.NFD);
        for (String word : folded.split("[^\\p{L}\\p{N}$\\\\]+")) {
            String w = letters(word.toLowerCase(Locale.ROOT));
            if (!w.isEmpty() && !STOP_WORDS.contains(w) && !word.contains("$") && !word.startsWith("\\")) {
                return w;
            }
        }
        return "untitled";
    }

    private static String letters(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
