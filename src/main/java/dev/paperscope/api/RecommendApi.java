package dev.paperscope.api;

import dev.paperscope.app.RecommendJson;
import dev.paperscope.app.RecommendationBasis;
import dev.paperscope.search.recommend.RecommendMethod;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /recommend}: works like those of a reading list ({@code list}), the starred talks
 * ({@code starred=true}), some works ({@code work}, repeated) or, with none of these, all lists and stars;
 * {@code q} restricts the candidates, {@code limit} (1..{@value #MAX_LIMIT}) and {@code method} as the CLI.
 * The answer has the shape of search results of works, each hit with an {@code explanation}.
 */
final class RecommendApi {
    static final int MAX_LIMIT = 100;
    static final int MAX_WORKS = 100;
    private final Library library;

    RecommendApi(Library library) {
        this.library = library;
    }

    void recommend(Context ctx) {
        Params params = Params.of(ctx);
        Optional<String> list = params.text("list");
        boolean starred = params.text("starred").map(RecommendApi::bool).orElse(false);
        List<String> works = ctx.queryParams("work").stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if ((list.isPresent() ? 1 : 0) + (starred ? 1 : 0) + (works.isEmpty() ? 0 : 1) > 1) {
            throw ApiException.badRequest("give one of list, starred and work (none: all lists and stars)");
        }
        if (works.size() > MAX_WORKS) {
            throw ApiException.badRequest("at most " + MAX_WORKS + " work parameters, was " + works.size());
        }
        works.forEach(w -> {
            if (w.length() > Params.MAX_PARAM_CHARS) {
                throw ApiException.badRequest("parameter work is " + w.length() + " characters long; the limit is " + Params.MAX_PARAM_CHARS);
            }
        });
        RecommendationBasis basis = list.<RecommendationBasis>map(RecommendationBasis.ReadingList::new)
                .orElse(starred ? new RecommendationBasis.Starred()
                        : works.isEmpty() ? new RecommendationBasis.Everything() : new RecommendationBasis.Works(works));
        int limit = params.integer("limit", 10, 1, MAX_LIMIT);
        Optional<RecommendMethod> method = params.text("method").map(m -> {
            try {
                return RecommendMethod.parse(m);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("parameter method: " + e.getMessage());
            }
        });
        Optional<String> query = params.text("q");
        Json.send(ctx, library.exclusive(ps -> RecommendJson.toNode(
                UserRequests.call(() -> ps.recommendations().recommend(basis, query, limit, method)))));
    }

    private static boolean bool(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badRequest("parameter starred must be true or false, was \"" + value + "\"");
        };
    }
}
