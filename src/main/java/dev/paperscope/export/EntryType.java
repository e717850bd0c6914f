package dev.paperscope.export;

import dev.paperscope.ingest.RecordKind;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The BibTeX entry type and CSL type of a citable. A conference paper (a venue that names a conference,
 * or a record from a conference's own listing page with a venue) is {@code @inproceedings}; everything
 * else, preprints, blog posts and talks whose conference is not named, is {@code @misc}, since an
 * {@code @inproceedings} without a booktitle is incomplete.
 */
enum EntryType {
    INPROCEEDINGS("inproceedings", "paper-conference"), MISC("misc", "article");

    private static final Pattern CONFERENCE = Pattern.compile("\\b(neurips|nips|icml|iclr|cvpr|iccv|eccv|acl|emnlp|naacl|coling"
            + "|aaai|ijcai|kdd|uai|aistats|colt|corl|sigir|www|wsdm|interspeech|icassp|rss|iros|icra|miccai|conference"
            + "|proceedings|workshop|symposium|congress)\\b");
    private static final Set<String> CONFERENCE_PAGES = Set.of("oral-listing", "award-listing", "session-schedule");

    final String bibtex;
    final String csl;

    EntryType(String bibtex, String csl) {
        this.bibtex = bibtex;
        this.csl = csl;
    }

    static EntryType of(Citable c) {
        if (c.venue() == null || c.kind() == RecordKind.BLOG_POST) {
            return MISC;
        }
        String venue = c.venue().toLowerCase(Locale.ROOT);
        if (venue.contains("arxiv") || venue.contains("corr")) {
            return MISC;
        }
        boolean conferencePage = c.formats().stream().anyMatch(CONFERENCE_PAGES::contains);
        return conferencePage || CONFERENCE.matcher(venue).find() ? INPROCEEDINGS : MISC;
    }

    /**
     * The CSL type: a BibTeX entry's own type mapped (article → article-journal, inproceedings →
     * paper-conference, ...); otherwise a talk without a named conference is a speech, a blog post a blog post.
     */
    static String cslType(Citable c) {
        if (c.original().isPresent()) {
            return switch (c.original().get().type()) {
                case "article" -> "article-journal";
                case "inproceedings", "conference" -> "paper-conference";
                case "book", "proceedings" -> "book";
                case "inbook", "incollection" -> "chapter";
                case "phdthesis", "mastersthesis", "thesis" -> "thesis";
                case "techreport", "report" -> "report";
                case "unpublished" -> "manuscript";
                case "online", "electronic", "www" -> "webpage";
                default -> "article";
            };
        }
        EntryType type = of(c);
        if (type == MISC && c.kind() == RecordKind.TALK) {
            return "speech";
        }
        if (c.kind() == RecordKind.BLOG_POST) {
            return "post-weblog";
        }
        return type.csl;
    }
}
