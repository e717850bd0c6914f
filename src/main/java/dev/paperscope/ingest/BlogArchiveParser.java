package dev.paperscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A blog's archive page (a tag or category listing) saved as text: full posts one after another, each a
 * title line, paragraphs, and an attribution footer ("Source: …", "Originally published on …") that
 * closes it. Each post becomes a {@code blog_post}; a post that lists a lab's accepted papers also yields
 * one {@code paper} per listed entry (see {@link LabPaperList}).
 *
 * <p>Posts are delimited by their footers, not by the blog's name: a footer is a short attribution line
 * followed by the next post's title (or by the end of the page), which is what tells it apart from a
 * figure caption that happens to start with "Source:".
 */
final class BlogArchiveParser implements Parser {
    static final String FORMAT = "blog-archive";

    private static final Pattern FOOTER = Pattern.compile(
            "^(?:(?:Source|Via)\\s*:|Originally (?:posted|published)(?: (?:on|at|in))?\\s*:?|(?:Cross-posted|Reposted) from\\s*:?)"
                    + "\\s*(\\S.{0,80})$");
    private static final int MAX_TITLE_CHARS = 200;
    /** A line this long is prose; a post's title is followed by such a paragraph. */
    private static final int PARAGRAPH_CHARS = 150;

    /** Lines {@code [title, end)} of one post; {@code end} is its footer line, or the page's end. */
    record Post(int title, int end, String attribution) {
        boolean hasFooter() {
            return attribution != null;
        }
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public double detect(SourceDocument doc) {
        List<String> lines = doc.lines();
        List<Post> posts = findPosts(lines);
        long footers = posts.stream().filter(Post::hasFooter).count();
        if (footers == 0) {
            return DatedPosts.detect(lines);
        }
        long withProse = posts.stream().filter(p -> hasParagraph(lines, p.title() + 1, p.end())).count();
        double byFooters = 0.6 + 0.3 * Math.min(1.0, (footers - 1) / 2.0);
        return byFooters * withProse / posts.size();
    }

    @Override
    public List<SourceRecord> parse(SourceDocument doc) throws ParseException {
        List<String> lines = doc.lines();
        List<Post> posts = findPosts(lines);
        if (posts.stream().noneMatch(Post::hasFooter) && !DatedPosts.find(lines).isEmpty()) {
            return DatedPosts.parse(doc, FORMAT);
        }
        if (posts.isEmpty()) {
            return List.of();
        }
        if (posts.stream().noneMatch(Post::hasFooter)) {
            throw doc.error(posts.getFirst().title() + 1,
                    "no post ends with an attribution line such as 'Source: …'; this is not a blog archive");
        }
        List<SourceRecord> records = new ArrayList<>();
        for (Post post : posts) {
            records.addAll(readPost(doc, post));
        }
        return records;
    }

    private static List<SourceRecord> readPost(SourceDocument doc, Post post) throws ParseException {
        List<String> lines = doc.lines();
        String title = PageText.strip(lines.get(post.title()));
        if (!hasText(lines, post.title() + 1, post.end())) {
            throw doc.error(post.title() + 1, "post '" + title + "' has no text after its title (truncated?)");
        }
        PostVenue venue = PostVenue.find(lines, post).orElse(null);
        SourceRecord.Builder b = SourceRecord.builder(RecordKind.BLOG_POST, doc.sourceAt(post.title() + 1, FORMAT))
                .title(title)
                .abstractText(paragraphs(lines, post.title() + 1, post.end()))
                .extra("attribution", post.attribution())
                .raw(String.join("\n", lines.subList(post.title(), post.hasFooter() ? post.end() + 1 : post.end())));
        if (venue != null) {
            venue.applyTo(b);
        }
        List<SourceRecord> records = new ArrayList<>();
        records.add(b.build());
        records.addAll(LabPaperList.papers(doc, post, title, venue));
        return records;
    }

    /** Posts in page order; empty when the page has no title followed by prose. */
    private static List<Post> findPosts(List<String> lines) {
        List<Post> posts = new ArrayList<>();
        int start = firstTitle(lines);
        if (start < 0) {
            return posts;
        }
        for (int i = start + 1; i < lines.size(); i++) {
            String attribution = footerAt(lines, i);
            if (attribution != null) {
                posts.add(new Post(start, i, attribution));
                start = PageText.nextNonBlank(lines, i + 1);
                if (start < 0) {
                    return posts;
                }
                i = start;
            }
        }
        posts.add(new Post(start, lines.size(), null));
        return posts;
    }

    /** Lines before the first title are the page's own heading and navigation, not a post. */
    private static int firstTitle(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            int next = PageText.nextNonBlank(lines, i + 1);
            if (isTitleLike(lines.get(i)) && next > 0 && isParagraph(lines.get(next))) {
                return i;
            }
        }
        return -1;
    }

    private static String footerAt(List<String> lines, int i) {
        Matcher m = FOOTER.matcher(PageText.strip(lines.get(i)));
        if (!m.matches()) {
            return null;
        }
        int next = PageText.nextNonBlank(lines, i + 1);
        return next < 0 || (isTitleLike(lines.get(next)) && !FOOTER.matcher(PageText.strip(lines.get(next))).matches())
                ? PageText.strip(m.group(1)) : null;
    }

    private static boolean isTitleLike(String line) {
        String s = PageText.strip(line);
        return !s.isEmpty() && s.length() <= MAX_TITLE_CHARS && !s.endsWith(".") && !Character.isWhitespace(line.charAt(0));
    }

    private static boolean isParagraph(String line) {
        return PageText.strip(line).length() >= PARAGRAPH_CHARS && !Character.isWhitespace(line.charAt(0));
    }

    private static boolean hasParagraph(List<String> lines, int from, int to) {
        return lines.subList(from, to).stream().anyMatch(BlogArchiveParser::isParagraph);
    }

    private static boolean hasText(List<String> lines, int from, int to) {
        return lines.subList(from, to).stream().anyMatch(l -> !PageText.isBlank(l));
    }

    /** The body with line breaks inside a paragraph kept and runs of blank lines folded to one. */
    private static String paragraphs(List<String> lines, int from, int to) {
        StringBuilder sb = new StringBuilder();
        boolean gap = false;
        for (String line : lines.subList(from, to)) {
            if (PageText.isBlank(line)) {
                gap = true;
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(gap ? "\n\n" : "\n");
            }
            sb.append(PageText.strip(line));
            gap = false;
        }
        return sb.toString();
    }
}
