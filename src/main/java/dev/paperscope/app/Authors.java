package dev.paperscope.app;

import java.util.List;
import java.util.Optional;

/**
 * The people behind the records, as the last resolution's author identities say ({@link Paperscope#authors()}):
 * lookups in the {@link ResolvedView} of the current resolution stamp, never a resolution and never a write.
 */
public final class Authors {
    private final ResolvedView.Holder views;

    Authors(ResolvedView.Holder views) {
        this.views = views;
    }

    /** The person a written name belongs to, with their works, venues and co-authors; empty when no record names them. */
    public Optional<AuthorProfile> profile(String name) {
        ResolvedView view = views.current();
        return view.identities().find(name).map(identity -> AuthorProfiles.of(identity, view.identities(), view.resolution()));
    }

    /**
     * The people a partial name may mean (a surname alone, the start of a name), most works first; for
     * choosing one when {@link #profile} finds nobody by that exact name (see {@link AuthorCandidates}).
     */
    public List<AuthorCandidate> candidates(String partial) {
        ResolvedView view = views.current();
        return AuthorCandidates.matching(partial, view.identities(), view.resolution());
    }

    /** The person a name means, exactly or as the one person a partial name fits; else the candidates (see {@link AuthorMatch}). */
    public AuthorMatch find(String name) {
        Optional<AuthorProfile> exact = profile(name);
        if (exact.isPresent()) {
            return new AuthorMatch(exact, List.of());
        }
        List<AuthorCandidate> candidates = candidates(name);
        return new AuthorMatch(candidates.size() == 1 ? profile(candidates.getFirst().name()) : Optional.empty(), candidates);
    }
}
