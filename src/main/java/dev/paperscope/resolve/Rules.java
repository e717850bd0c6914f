package dev.paperscope.resolve;

import dev.paperscope.ingest.SourceRecord;
import java.util.Optional;

/** The pairwise judgement of {@link WorkResolver}: merge two records or not, and why. */
final class Rules {
    /** Generic short titles ("Introduction", "Results") say nothing about identity. */
    static final int MIN_TITLE_WORDS = 3;

    private Rules() {
    }

    static Optional<Merge> judge(SourceRecord a, SourceRecord b, TitleKey ta, TitleKey tb) {
        return judge(a, b, ta, tb, AuthorOverlap.People.of(a.authors()), AuthorOverlap.People.of(b.authors()));
    }

    static Optional<Merge> judge(SourceRecord a, SourceRecord b, TitleKey ta, TitleKey tb, AuthorOverlap.People pa, AuthorOverlap.People pb) {
        if (!WorkResolver.sameKindClass(a, b) || !yearsCompatible(a, b)) {
            return Optional.empty();
        }
        AuthorOverlap authors = AuthorOverlap.of(pa, pb);
        if (authors.bothNamed() && authors.shared() == 0) {
            return Optional.empty(); // two named teams with nobody in common: not one paper
        }
        if (!ta.isEmpty() && !tb.isEmpty()) {
            return titled(a, b, ta, tb, authors);
        }
        if (ta.isEmpty() && tb.isEmpty()) {
            return untitled(a, b, authors);
        }
        return Optional.empty();
    }

    private static Optional<Merge> titled(SourceRecord a, SourceRecord b, TitleKey ta, TitleKey tb, AuthorOverlap authors) {
        if (ta.normalized().equals(tb.normalized()) && ta.tokens().size() >= MIN_TITLE_WORDS) {
            String detail = "same title '" + ta.normalized() + "'" + (authors.bothNamed() ? "; " + authors.describe() : "");
            return Optional.of(new Merge(a.id(), b.id(), "same-title", authors.bothNamed() ? 0.97 : 0.9, detail));
        }
        double jaccard = ta.jaccard(tb);
        if (jaccard >= WorkResolver.NEAR_TITLE && authors.bothNamed() && authors.ofShorter() >= 0.5) {
            return Optional.of(new Merge(a.id(), b.id(), "near-title", 0.8,
                    String.format("title word overlap %.2f; %s", jaccard, authors.describe())));
        }
        return Optional.empty();
    }

    private static Optional<Merge> untitled(SourceRecord a, SourceRecord b, AuthorOverlap authors) {
        if (a.abstractText() == null || b.abstractText() == null || !authors.bothNamed() || authors.ofShorter() < 0.5) {
            return Optional.empty();
        }
        double overlap = TitleKey.of(a.abstractText()).jaccard(TitleKey.of(b.abstractText()));
        if (overlap < WorkResolver.SAME_ABSTRACT) {
            return Optional.empty();
        }
        return Optional.of(new Merge(a.id(), b.id(), "same-abstract", 0.75,
                String.format("abstract word overlap %.2f; %s", overlap, authors.describe())));
    }

    private static boolean yearsCompatible(SourceRecord a, SourceRecord b) {
        return a.year() == null || b.year() == null || Math.abs(a.year() - b.year()) <= 1;
    }
}
