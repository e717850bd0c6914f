package dev.paperscope.web;

import dev.paperscope.search.answers.Answer;
import dev.paperscope.search.answers.AnswerSet;
import java.util.Locale;

/**
 * {@code /ask}: a question box and the answers, each sentence with its answering span marked (and its LaTeX typeset),
 * the paper's title linking to its work page, and the citation (file:line, or the PDF page) linking to the cited
 * record's page at that line or page ({@link CitedBlock}). Every piece of library text is escaped.
 */
final class AskPage {
    private AskPage() {
    }

    /** The question box, filled with {@code question} (may be null); also on the home page. */
    static String form(String question) {
        return """
                <form class="ask" action="/ask" method="get" role="search">
                  <label for="ask-q">Ask a question</label>
                  <input id="ask-q" type="search" name="q" maxlength="1000" placeholder="What FID does Imagen reach on COCO?" value="%s">
                  <button type="submit">Ask</button>
                </form>
                """.formatted(Html.attr(question));
    }

    /** The page: the box alone when {@code answers} is null, else the box and the answers (or the plain message). */
    static String render(String question, AnswerSet answers) {
        StringBuilder body = new StringBuilder("<section class=\"ask-page\"><h1>Ask</h1>").append(form(question));
        if (answers != null) {
            if (!answers.answerable()) {
                body.append("<p class=\"no-answer\" id=\"no-answer\">Nothing in the library answers this question.</p>");
            } else {
                body.append("<ol class=\"answers\" id=\"answers\">");
                answers.answers().forEach(a -> body.append(answer(a)));
                body.append("</ol>");
            }
            body.append(String.format(Locale.ROOT, "<p class=\"took\">%d ms</p>", answers.tookMs()));
        }
        body.append("</section>");
        return Layout.page(question == null ? "Ask" : "Ask: " + question, "", body.toString(), KatexAssets.HEAD);
    }

    static String answer(Answer a) {
        String link = a.work() != null ? Links.work(a.work()) : Links.record(a.record());
        String citation = a.page() != null ? a.file() + ", page " + a.page() : a.file() + ":" + a.line();
        return "<li class=\"answer\"><blockquote class=\"sentence math\">" + Html.text(a.text().substring(0, a.spanStart()))
                + "<mark>" + Html.text(a.span()) + "</mark>" + Html.text(a.text().substring(a.spanEnd())) + "</blockquote>"
                + "<p class=\"cite\"><a class=\"paper\" href=\"" + Html.attr(link) + "\">" + Html.text(a.title() == null ? "(untitled)" : a.title())
                + "</a> · <a class=\"source\" href=\"" + Html.attr(Links.cited(a.record(), a.page(), a.line(), a.text())) + "\">"
                + Html.text(citation) + "</a>"
                + String.format(Locale.ROOT, " · <span class=\"score\">score %.2f</span>", a.score()) + "</p>"
                + "<details><summary>context</summary><p class=\"context\">" + Html.text(a.context()) + "</p></details></li>";
    }
}
