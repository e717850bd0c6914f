package dev.paperscope.api;

import dev.paperscope.app.Answers;
import dev.paperscope.search.answers.AnswerEngine;
import dev.paperscope.search.answers.AnswerJson;
import dev.paperscope.search.answers.AnswerSet;
import io.javalin.http.Context;

/**
 * {@code GET /api/v1/ask?q=QUESTION[&limit=N]}: answers in the shape of {@code ask --json}. The question is
 * at most {@link Answers#MAX_QUESTION_CHARS} characters, the limit 1..{@link AnswerEngine#MAX_LIMIT}; anything
 * else is a 400 that says which.
 */
final class AskApi {
    private final Library library;

    AskApi(Library library) {
        this.library = library;
    }

    void ask(Context ctx) {
        Params params = Params.of(ctx);
        String question = params.requiredText("q");
        if (question.length() > Answers.MAX_QUESTION_CHARS) {
            throw ApiException.badRequest("parameter q is " + question.length() + " characters long; the limit is " + Answers.MAX_QUESTION_CHARS);
        }
        int limit = params.integer("limit", Answers.DEFAULT_LIMIT, 1, AnswerEngine.MAX_LIMIT);
        AnswerSet answers = library.read(ps -> ps.answers().ask(question, limit));
        Json.send(ctx, AnswerJson.toNode(answers));
    }
}
