package dev.paperscope.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The venue and year a blog post states for its own work: its title when the post is about a conference
 * ("Google at NeurIPS 2022"), else the first sentence of the body that says where the work was presented
 * ("In “Cappy: …”, presented at NeurIPS 2023, we …"). Other works the post cites come later and are
 * not taken.
 *
 * @param line         1-based line of the evidence
 * @param quote        the evidence as written
 * @param presentation "spotlight", "oral" or "poster" when the sentence says so
 * @param paperTitle   the quoted title of the work when the sentence gives it just before the venue
 */
record PostVenue(String venue, int year, int line, String quote, boolean fromTitle, String presentation, String paperTitle) {
    private static final Pattern QUOTED_TITLE_BEFORE = Pattern.compile("“([^“”]+)”\\s*,?\\s*(?:(?:a|an)\\s+)?$");
    private static final Pattern PRESENTATION = Pattern.compile("(?i)\\b(spotlight|oral|poster)\\b");

    static Optional<PostVenue> find(List<String> lines, BlogArchiveParser.Post post) {
        String title = PageText.strip(lines.get(post.title()));
        Optional<StatedVenues.Stated> inTitle = StatedVenues.inTitle(title);
        if (inTitle.isPresent()) {
            StatedVenues.Stated s = inTitle.get();
            return Optional.of(new PostVenue(s.venue(), s.year(), post.title() + 1, title, true, null, null));
        }
        for (int i = post.title() + 1; i < post.end(); i++) {
            String text = PageText.strip(lines.get(i));
            Optional<StatedVenues.Stated> stated = StatedVenues.presentedAt(text);
            if (stated.isPresent()) {
                return Optional.of(fromSentence(text, i + 1, stated.get()));
            }
        }
        return Optional.empty();
    }

    private static PostVenue fromSentence(String text, int line, StatedVenues.Stated s) {
        String evidence = text.substring(s.start(), s.end());
        Matcher kind = PRESENTATION.matcher(evidence);
        String presentation = kind.find() ? kind.group(1).toLowerCase(Locale.ROOT) : null;
        Matcher quoted = QUOTED_TITLE_BEFORE.matcher(text.substring(Sentences.start(text, s.start()), s.start()));
        String paperTitle = quoted.find() ? PageText.strip(quoted.group(1)) : null;
        return new PostVenue(s.venue(), s.year(), line, Sentences.quoteUpTo(text, s.start(), s.end()), false,
                presentation, paperTitle);
    }

    /** Sets venue and year on the post itself, with where they were read. */
    void applyTo(SourceRecord.Builder b) {
        String where = (fromTitle ? "stated in the post's title, line " : "stated in line ") + line + ": '" + quote + "'";
        b.venue(venue).year(year).derived("venue", where).derived("year", where)
                .extra("presentation", presentation).extra("paper_title", paperTitle);
    }

    /** Sets venue and year on a paper the post lists: the post's statement covers all of them. */
    void applyToListed(SourceRecord.Builder b) {
        String where = "from the post's " + (fromTitle ? "title" : "text") + ", line " + line + ": '" + quote + "'";
        b.venue(venue).year(year).derived("venue", where).derived("year", where);
    }
}
