package dev.paperscope.ingest;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "This paper by Gutmann and Hyvarinen in AISTATS 2010 …" in a summary: the authors as the text
 * mentions them ("Krizhevsky et al."), and the venue and year the same sentence states after them.
 * Only the first such sentence of an entry is read: later ones tend to be about other, cited work.
 * Failing that, a sentence that repeats the entry's own title followed by "by X" is read. Nothing is taken
 * from other sentences ("The following summary has been contributed by …" names a contributor, not an
 * author; "BigBird by Zaheer et al." is not read either, since "X by Y et al." in general is as often a
 * citation of other work).
 */
final class AuthorMentions {
    /** A surname as written: capitalised and with at least one lower-case letter, so "FAIR" or "UC" are not names. */
    private static final String NAME = "\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\p{Ll}[\\p{L}\\p{M}'’\\-]*";
    private static final String WHO = NAME + "(?:\\s+" + NAME + ")?(?:\\s+(?:and|&)\\s+" + NAME + ")?";
    /** As written, typos included ("Wen at al.", "Sun wet al."). */
    private static final String ET_AL = "\\s+(?:et|at|wet)\\s+al\\.";
    /**
     * "paper by X", "paper titled “…” by X", and the slips a hand-kept list has: "paper by from X et al.",
     * "paper X et al." (no "by"), "paper by et al." (no name: the venue and year are still read).
     */
    private static final Pattern MENTION = Pattern.compile(
            "\\b(?:paper|work|report|article|study|survey|preprint)\\s+(?:(?:titled|called|entitled)\\s+)?(?:“[^”]*”\\s+)?"
                    + "(?:by\\s+(?:from\\s+)?(?:(?<who>" + WHO + "(?:" + ET_AL + ")?)|(?:et|at)\\s+al\\.)"
                    + "|(?<whoWithoutBy>" + WHO + ET_AL + "))");

    private AuthorMentions() {
    }

    /** Reads the first "paper by …" of the entry, or else a sentence that names the entry's own title "… by X". */
    static void applyFirst(String title, List<ReadingListEntry.Item> items, SourceRecord.Builder b) {
        Optional<Hit> hit = first(items, MENTION,
                m -> m.group("who") != null ? m.group("who") : m.group("whoWithoutBy"));
        if (hit.isEmpty()) {
            Pattern titledBy = Pattern.compile(Pattern.quote(title) + "”?\\s+by\\s+(" + WHO + "(?:" + ET_AL + ")?)");
            hit = first(items, titledBy, m -> m.group(1));
        }
        hit.ifPresent(h -> apply(h, b));
    }

    /** Where the authors are mentioned: {@code [start, end)} of the mention in the item; {@code who} is null when unnamed. */
    private record Hit(ReadingListEntry.Item item, int start, int end, String who) {
    }

    private static Optional<Hit> first(List<ReadingListEntry.Item> items, Pattern pattern, Function<Matcher, String> who) {
        for (ReadingListEntry.Item item : items) {
            Matcher m = pattern.matcher(item.text());
            if (m.find()) {
                return Optional.of(new Hit(item, m.start(), m.end(), who.apply(m)));
            }
        }
        return Optional.empty();
    }

    private static void apply(Hit hit, SourceRecord.Builder b) {
        String text = hit.item().text();
        String where = "stated in line " + hit.item().line() + ": '";
        if (hit.who() != null) {
            b.authorMention(hit.who()).derived("author_mention", where + Sentences.quoteUpTo(text, hit.start(), hit.end()) + "'");
        }
        int sentenceEnd = Sentences.end(text, hit.end());
        String clause = text.substring(hit.end(), sentenceEnd);
        Optional<StatedVenues.Stated> stated = StatedVenues.inClause(clause);
        stated.ifPresent(s -> {
            String quote = where + Sentences.quoteUpTo(text, hit.start(), hit.end() + s.end()) + "'";
            if (s.venue() != null) {
                b.venue(s.venue()).derived("venue", quote);
            }
            if (s.year() != null) {
                b.year(s.year()).derived("year", quote);
            }
        });
        if (stated.map(StatedVenues.Stated::year).isEmpty()) {
            String rest = text.substring(sentenceEnd);
            StatedVenues.publishedYear(rest).ifPresent(s -> b.year(s.year()).derived("year",
                    where + Sentences.quoteUpTo(text, sentenceEnd + s.start(), sentenceEnd + s.end()) + "'"));
        }
    }
}
