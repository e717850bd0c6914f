package dev.paperscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The papers a post lists under headings ("Outstanding Paper Award", "Spotlight Papers", "Papers"), each a
 * title line directly followed by an author line. The same posts list organisers, keynotes, workshops
 * and tutorials under other headings; those are told apart by structure, not by heading names:
 * <ul>
 *   <li>a section is a heading line followed by its entries, with or without blank lines between them;</li>
 *   <li>in a paper section every entry is exactly a title line and a list of names (role lines such as
 *       "Workshop Organizers include: …" are not names, and a workshop's extra lines break the pairs);</li>
 *   <li>and most entries have several authors (a keynote is a talk title and one speaker) — or the
 *       heading speaks of papers or awards and at least one entry has several authors.</li>
 * </ul>
 */
final class LabPaperList {
    private static final Pattern HEADING_SAYS_PAPERS = Pattern.compile(
            "(?i)\\b(papers?|award|prize|spotlights?|orals?|posters?|accepted|publications?)\\b");
    private static final Pattern AWARD = Pattern.compile("(?i)\\b(award|prize|best paper|honou?rable mention)");
    private static final Pattern PRESENTATION = Pattern.compile("(?i)\\b(spotlight|oral|poster)");
    private static final Pattern LINK_MARKER = Pattern.compile("[\\s\\u00A0]*(\\((?i:see|read|watch|view)\\b[^()]*\\))[\\s\\u00A0]*$");
    private static final Pattern FOOTNOTE = Pattern.compile("^\\*+\\s*\\p{L}.*$");
    private static final int MAX_HEADING_CHARS = 120;
    private static final int MAX_TITLE_CHARS = 300;

    /** Consecutive non-blank lines; {@code start} is the index of the first. */
    private record Block(int start, List<String> lines) {
    }

    /** A title line and the author line under it; {@code start} is the title's index. */
    private record Entry(int start, List<String> lines, String title, CommaSeparatedNames.Names names) {
    }

    private static final class Section {
        private final String heading;
        private final List<Entry> entries = new ArrayList<>();
        private boolean spoiled;

        private Section(String heading) {
            this.heading = heading;
        }

        /**
         * The heading says papers and some entry has several authors, or, whatever the heading, there are
         * several entries and most have several authors (a keynote is a talk and one speaker).
         */
        boolean isPaperList() {
            if (spoiled || entries.isEmpty() || heading.length() > MAX_HEADING_CHARS || heading.endsWith(".")) {
                return false;
            }
            long severalAuthors = entries.stream().filter(e -> e.names().names().size() > 1).count();
            boolean mostlyTeams = entries.size() > 1 && severalAuthors * 2 >= entries.size();
            return mostlyTeams || HEADING_SAYS_PAPERS.matcher(heading).find() && severalAuthors > 0;
        }
    }

    private LabPaperList() {
    }

    static List<SourceRecord> papers(SourceDocument doc, BlogArchiveParser.Post post, String postTitle, PostVenue venue) {
        List<Block> blocks = blocks(doc.lines(), post.title() + 1, post.end());
        String footnote = footnote(blocks);
        List<SourceRecord> records = new ArrayList<>();
        for (Section section : sections(blocks)) {
            if (section.isPaperList()) {
                for (Entry e : section.entries) {
                    records.add(paper(doc, e, section.heading, postTitle, venue, footnote));
                }
            }
        }
        return records;
    }

    /**
     * Headings and the entries under them. A block of title/author pairs continues the current section; any
     * other block starts a section headed by its first line (lists saved without blank lines put the heading
     * right above the entries), and is spoiled if the rest of it is not pairs, as under a workshop heading.
     */
    private static List<Section> sections(List<Block> blocks) {
        List<Section> sections = new ArrayList<>();
        Section current = null;
        for (Block block : blocks) {
            Optional<List<Entry>> pairs = pairs(block, 0);
            if (pairs.isPresent()) {
                if (current != null) {
                    current.entries.addAll(pairs.get());
                }
                continue;
            }
            current = new Section(PageText.strip(block.lines().getFirst()));
            sections.add(current);
            if (block.lines().size() > 1) {
                Optional<List<Entry>> rest = pairs(block, 1);
                rest.ifPresent(current.entries::addAll);
                current.spoiled = rest.isEmpty();
            }
        }
        return sections;
    }

    /** The block's lines from {@code from} on as title/author-line pairs, or empty if they are not all that. */
    private static Optional<List<Entry>> pairs(Block block, int from) {
        List<String> lines = block.lines();
        if ((lines.size() - from) % 2 != 0 || lines.size() == from) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = from; i < lines.size(); i += 2) {
            String title = PageText.strip(lines.get(i));
            Optional<CommaSeparatedNames.Names> names = CommaSeparatedNames.parse(lines.get(i + 1));
            if (names.isEmpty() || title.length() > MAX_TITLE_CHARS || title.endsWith(".")) {
                return Optional.empty();
            }
            entries.add(new Entry(block.start() + i, lines.subList(i, i + 2), title, names.get()));
        }
        return Optional.of(entries);
    }

    private static SourceRecord paper(SourceDocument doc, Entry e, String heading, String postTitle, PostVenue venue,
                                      String footnote) {
        SourceRecord.Builder b = SourceRecord.builder(RecordKind.PAPER, doc.sourceAt(e.start() + 1, BlogArchiveParser.FORMAT))
                .authors(e.names().names())
                .section(heading)
                .award(AWARD.matcher(heading).find() ? heading : null)
                .extra("presentation", presentation(heading))
                .extra("post_title", postTitle)
                .raw(String.join("\n", e.lines()));
        Matcher marker = LINK_MARKER.matcher(e.title());
        if (marker.find()) {
            b.title(e.title().substring(0, marker.start()))
                    .derived("title", "removed link marker '" + PageText.singleSpaced(marker.group(1)) + "'");
        } else {
            b.title(e.title());
        }
        if (!e.names().marked().isEmpty()) {
            b.derived("authors", "removed trailing '*' from " + String.join(", ", e.names().marked())
                    + (footnote == null ? "" : " (the post's footnote: '" + footnote + "')"));
        }
        if (venue != null) {
            venue.applyToListed(b);
        }
        return b.build();
    }

    private static String presentation(String heading) {
        Matcher m = PRESENTATION.matcher(heading);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The post's "*…" note that explains the marks on author names, if it has one. */
    private static String footnote(List<Block> blocks) {
        for (Block block : blocks) {
            for (String line : block.lines()) {
                String text = PageText.strip(line);
                if (FOOTNOTE.matcher(text).matches()) {
                    return text;
                }
            }
        }
        return null;
    }

    private static List<Block> blocks(List<String> lines, int from, int to) {
        List<Block> blocks = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (PageText.isBlank(lines.get(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && !PageText.isBlank(lines.get(i))) {
                i++;
            }
            blocks.add(new Block(start, lines.subList(start, i)));
        }
        return blocks;
    }
}
