package dev.paperscope.ingest;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Structural counts that tell the three conference page kinds apart. They look alike (author lines,
 * rooms, abstracts); what differs is what stands before the author lines: nothing but the previous
 * abstract (oral listing), a short label repeated across entries (award listing), or a time slot and a
 * title (session schedule).
 *
 * @param nonBlank          non-blank lines, except short navigation lines before the first slot or author
 *                          line (site chrome, which {@link #coverage} must not count against a page)
 * @param recognised        those of them that have one of the shapes these pages are made of
 * @param authorLines       lines of names joined by {@code " · "}
 * @param authorLinesWithBody author lines followed by a room line or an abstract
 * @param labelled          author lines directly preceded by a label-like line
 * @param distinctLabels    how many different texts those labels have
 * @param slots             time-slot lines
 * @param slotsWithTalk     time slots followed by a title and then authors or an abstract
 */
record ListingShape(int nonBlank, int recognised, int authorLines, int authorLinesWithBody, int labelled,
                    int distinctLabels, int slots, int slotsWithTalk) {

    private static final int MAX_NAVIGATION_WORDS = 12;

    static ListingShape of(List<String> lines) {
        Counter c = new Counter(firstAnchor(lines));
        for (int i = 0; i < lines.size(); i++) {
            c.visit(lines, i);
        }
        return new ListingShape(c.nonBlank, c.recognised, c.authorLines, c.withBody, c.labelled, c.labels.size(),
                c.slots, c.slotsWithTalk);
    }

    /** The first slot line if there is one, else the first author line; -1 if neither. */
    private static int firstAnchor(List<String> lines) {
        int firstAuthorLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (TimeSlot.isSlot(lines.get(i))) {
                return i;
            }
            if (firstAuthorLine < 0 && ConferenceLines.isSeparatedAuthorLine(lines.get(i))) {
                firstAuthorLine = i;
            }
        }
        return firstAuthorLine;
    }

    /** Share of author lines followed by what follows authors in a listing. */
    double bodyShare() {
        return authorLines == 0 ? 0 : (double) authorLinesWithBody / authorLines;
    }

    double labelledShare() {
        return authorLines == 0 ? 0 : (double) labelled / authorLines;
    }

    double slotShare() {
        return slots == 0 ? 0 : (double) slotsWithTalk / slots;
    }

    /** Share of the page (after its navigation) made of known shapes; other text lowers it. */
    double coverage() {
        return nonBlank == 0 ? 0 : (double) recognised / nonBlank;
    }

    /**
     * The coverage as a confidence factor, squared because these pages consist of their entries and
     * nothing else: a page where one line in four is foreign is probably another kind of page.
     */
    double coverageFactor() {
        return coverage() * coverage();
    }

    /**
     * Award labels repeat ("Outstanding Paper" on every entry) while the titles of a schedule or of a
     * titled listing are all different: at least one repetition, on at least half of the entries.
     */
    boolean repeatedLabels() {
        return labelled >= 2 && distinctLabels < labelled && labelledShare() >= 0.5;
    }

    private static final class Counter {
        final int anchor;
        int nonBlank;
        int recognised;
        int authorLines;
        int withBody;
        int labelled;
        int slots;
        int slotsWithTalk;
        final Set<String> labels = new TreeSet<>();
        /** Where a schedule puts the title and the author line of the talk after the last slot seen. */
        int titleAfterSlot = -1;
        int authorsAfterSlot = -1;

        Counter(int anchor) {
            this.anchor = anchor;
        }

        void visit(List<String> lines, int i) {
            String line = lines.get(i);
            if (line.isBlank()) {
                return;
            }
            boolean known = true;
            if (TimeSlot.isSlot(line)) {
                slots++;
                visitSlot(lines, i);
            } else if (ConferenceLines.isSeparatedAuthorLine(line)) {
                authorLines++;
                visitAuthorLine(lines, i);
            } else {
                known = i == titleAfterSlot || i == authorsAfterSlot && ConferenceLines.isLoneName(line)
                        || ConferenceLines.isRoom(line) || isAttachedAbstract(lines, i)
                        || ConferenceLines.isLabelAt(lines, i) || ConferenceLines.isAuthorLineAt(lines, i);
            }
            if (anchor >= 0 && i >= anchor) {
                nonBlank++;
                recognised += known ? 1 : 0;
            } else if (!isNavigation(line)) {
                nonBlank++;
            }
        }

        /**
         * Prose that stands where these pages put an abstract: after an author line, a room or a talk's
         * title. Prose elsewhere (a blog post quoting a few name lists) is not part of a listing.
         */
        private boolean isAttachedAbstract(List<String> lines, int i) {
            if (!ConferenceLines.isAbstractText(lines.get(i))) {
                return false;
            }
            int p = ConferenceLines.previousNonBlank(lines, i);
            if (p < 0) {
                return false;
            }
            String previous = lines.get(p);
            return p == titleAfterSlot || p == authorsAfterSlot || ConferenceLines.isRoom(previous)
                    || ConferenceLines.isSeparatedAuthorLine(previous) || ConferenceLines.isLoneName(previous);
        }

        /** Short lines before the first entry are site chrome; prose there is a page of another kind. */
        private static boolean isNavigation(String line) {
            return ConferenceLines.wordCount(line) <= MAX_NAVIGATION_WORDS && !ConferenceLines.isAbstractText(line);
        }

        private void visitSlot(List<String> lines, int i) {
            titleAfterSlot = ConferenceLines.nextNonBlank(lines, i + 1);
            authorsAfterSlot = -1;
            if (titleAfterSlot < 0 || TimeSlot.isSlot(lines.get(titleAfterSlot))) {
                return;
            }
            authorsAfterSlot = ConferenceLines.nextNonBlank(lines, titleAfterSlot + 1);
            if (authorsAfterSlot < 0) {
                return;
            }
            String next = lines.get(authorsAfterSlot);
            if (ConferenceLines.isSeparatedAuthorLine(next) || ConferenceLines.isLoneName(next)
                    || ConferenceLines.isAbstractText(next)) {
                slotsWithTalk++;
            }
        }

        private void visitAuthorLine(List<String> lines, int i) {
            int next = ConferenceLines.nextNonBlank(lines, i + 1);
            if (next >= 0 && (ConferenceLines.isRoom(lines.get(next)) || ConferenceLines.isAbstractText(lines.get(next)))) {
                withBody++;
            }
            int previous = ConferenceLines.previousNonBlank(lines, i);
            if (previous >= 0 && ConferenceLines.isLabel(lines.get(previous))) {
                labelled++;
                labels.add(lines.get(previous).strip());
            }
        }
    }
}
