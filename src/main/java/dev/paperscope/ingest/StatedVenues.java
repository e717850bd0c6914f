package dev.paperscope.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the venue and year that free text states for a piece of work ("presented at NeurIPS 2023",
 * "by Ji et al. from ASU and NEC Labs in IEEE PAMI 2012"). Venues are kept as written (with an IEEE/ACM
 * prefix if the text has one); nothing is normalised or guessed.
 *
 * <p>A venue is either a known one or, structurally, an acronym (two or more capitals) that directly
 * precedes a year after "in"/"at". Organisations are the look-alike to beware of: they are introduced by
 * "from" ("from Google in CVPR 2015", "from the Courant Institute, NYU in 2013"), so an unknown acronym
 * is accepted only after "in"/"at" and only when a year follows it.
 */
final class StatedVenues {
    private static final List<String> KNOWN = List.of("NeurIPS", "NIPS", "ICML", "ICLR", "CVPR", "ICCV", "ECCV", "WACV",
            "BMVC", "IJCV", "ACL", "EMNLP", "NAACL", "EACL", "AACL", "COLING", "CoNLL", "TACL", "AAAI", "IJCAI", "AISTATS",
            "COLT", "UAI", "KDD", "SIGIR", "WWW", "WSDM", "CIKM", "RecSys", "ICDM", "JMLR", "TMLR", "TPAMI", "PAMI",
            "Interspeech", "ICASSP", "CoRL", "RSS", "ICRA", "IROS", "MLSys", "FAccT", "CHI", "SIGGRAPH", "MICCAI", "arXiv",
            "Nature", "Science", "Neural Computation");

    /** Longest names first, so that "TPAMI" is not read as "PAMI" and "NAACL" not as "ACL". */
    private static final String KNOWN_VENUE = "(?:(?:IEEE|ACM)\\s+)?(?:"
            + KNOWN.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                    .collect(Collectors.joining("|"))
            + ")(?![\\p{L}\\d])";
    private static final String ACRONYM = "(?:(?:IEEE|ACM)\\s+)?\\p{Lu}\\p{L}*\\p{Lu}[\\p{L}-]*";
    private static final String YEAR = "((?:19|20)\\d{2})(?!\\d)";
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    /** A blog's sentence about its own work: "presented at", "published at", "a spotlight paper at", "a best paper at". */
    private static final Pattern PRESENTED = Pattern.compile(
            "(?i:presented|published|accepted|appear(?:s|ing)?|spotlight|oral|poster|best paper|outstanding paper|award(?:ed)?)\\b[^.;“”\"]{0,60}?\\b(?:at|in)\\s+(?:the\\s+)?("
                    + KNOWN_VENUE + "|" + ACRONYM + ")\\s+'?" + YEAR);
    /** A post titled after the conference: "Google at NeurIPS 2022", "Google @ NeurIPS 2022". */
    private static final Pattern TITLED = Pattern.compile(
            "(?:\\b(?:at|from|in)\\s+|@\\s*)(" + KNOWN_VENUE + "|" + ACRONYM + ")\\s+'?" + YEAR);
    /** Leftmost wins; the alternatives are tried in order at each position. */
    private static final Pattern CLAUSE_VENUE = Pattern.compile(
            "\\b(?:in|at|from|to appear in)\\s+(?:the\\s+)?(?<known>" + KNOWN_VENUE + ")(?:\\s+'?(?<knownYear>(?:19|20)\\d{2})(?!\\d))?"
                    + "|\\b(?:in|at)\\s+(?:the\\s+)?(?<acronym>" + ACRONYM + ")\\s+'?(?<acronymYear>(?:19|20)\\d{2})(?!\\d)"
                    + "|(?<![\\p{L}\\d])(?<bare>" + KNOWN_VENUE + ")\\s+'?(?<bareYear>(?:19|20)\\d{2})(?!\\d)"
                    + "|\\((?<parenthesised>" + KNOWN_VENUE + ")\\)");
    private static final Pattern CLAUSE_YEAR = Pattern.compile(
            "(?:\\b(?:in|from|of)\\s+(?:" + MONTH + "\\s+)?|\\()" + YEAR + "(?!\\d)");
    private static final Pattern PUBLISHED_YEAR = Pattern.compile(
            "(?i:published|presented|accepted)\\s+(?:in|at)\\s+(?:" + KNOWN_VENUE + "\\s+)?" + YEAR);

    private StatedVenues() {
    }

    /** No-break spaces as spaces ("NeurIPS&nbsp;2023" on a saved page), one for one so offsets stay. */
    private static String spaced(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ');
    }

    /** What the text states; {@code [start, end)} spans the words used as evidence. */
    record Stated(String venue, Integer year, int start, int end) {
    }

    static Optional<Stated> presentedAt(String sentence) {
        Matcher m = PRESENTED.matcher(spaced(sentence));
        return m.find() ? Optional.of(new Stated(m.group(1), Integer.valueOf(m.group(2)), m.start(), m.end())) : Optional.empty();
    }

    static Optional<Stated> inTitle(String title) {
        Matcher m = TITLED.matcher(spaced(title));
        return m.find() ? Optional.of(new Stated(m.group(1), Integer.valueOf(m.group(2)), m.start(), m.end())) : Optional.empty();
    }

    /**
     * The venue and year in a clause that follows an author mention ("from Google in CVPR 2015 introduced ...").
     * Either may be absent; empty when the clause states neither.
     */
    static Optional<Stated> inClause(String clause) {
        String venue = null;
        Integer year = null;
        int start = clause.length();
        int end = 0;
        Matcher v = CLAUSE_VENUE.matcher(spaced(clause));
        if (v.find()) {
            venue = firstNonNull(v.group("known"), v.group("acronym"), v.group("bare"), v.group("parenthesised"));
            String y = firstNonNull(v.group("knownYear"), v.group("acronymYear"), v.group("bareYear"));
            year = y == null ? null : Integer.valueOf(y);
            start = v.start();
            end = v.end();
        }
        if (year == null) {
            Matcher y = CLAUSE_YEAR.matcher(spaced(clause));
            if (y.find()) {
                year = Integer.valueOf(y.group(1));
                start = Math.min(start, y.start());
                end = Math.max(end, y.end(1));
            }
        }
        return venue == null && year == null ? Optional.empty() : Optional.of(new Stated(venue, year, start, end));
    }

    /** A year stated as "Published in 2020" (outside the sentence that names the authors). */
    static Optional<Stated> publishedYear(String text) {
        Matcher m = PUBLISHED_YEAR.matcher(spaced(text));
        return m.find() ? Optional.of(new Stated(null, Integer.valueOf(m.group(1)), m.start(), m.end())) : Optional.empty();
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
