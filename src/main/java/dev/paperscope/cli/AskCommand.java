package dev.paperscope.cli;

import dev.paperscope.app.Answers;
import dev.paperscope.app.Paperscope;
import dev.paperscope.search.answers.Answer;
import dev.paperscope.search.answers.AnswerEngine;
import dev.paperscope.search.answers.AnswerJson;
import dev.paperscope.search.answers.AnswerSet;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Answers a question in plain English with sentences from the library.",
                "Each answer names its paper and the file and line (or PDF page) it came from. Extractive and offline:",
                "the sentences are the papers' own.",
                "Says so when nothing in the library answers the question."})
final class AskCommand extends DataCommand {
    @Option(names = "--limit", defaultValue = "" + Answers.DEFAULT_LIMIT, paramLabel = "N",
            description = "Answers to show, 1.." + AnswerEngine.MAX_LIMIT + " (default ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--json", description = "Print one JSON object: question, answerable, answers, took_ms.")
    boolean json;
    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question (several words are joined with spaces).")
    List<String> words;

    @Override
    void check() {
        if (limit < 1 || limit > AnswerEngine.MAX_LIMIT) {
            throw usage("--limit must lie in 1.." + AnswerEngine.MAX_LIMIT);
        }
        if (String.join(" ", words).isBlank()) {
            throw usage("the question is empty");
        }
        if (String.join(" ", words).length() > Answers.MAX_QUESTION_CHARS) {
            throw usage("the question is longer than " + Answers.MAX_QUESTION_CHARS + " characters");
        }
    }

    @Override
    int run(Paperscope ps, PrintWriter out) {
        AnswerSet set = ps.answers().ask(String.join(" ", words), limit);
        if (json) {
            out.println(AnswerJson.toJson(set));
            return 0;
        }
        if (!set.answerable()) {
            out.println("Nothing in the library answers this question.");
            return 0;
        }
        int n = 1;
        for (Answer a : set.answers()) {
            out.printf(Locale.ROOT, "%d. %s%n", n++, highlighted(a));
            out.printf(Locale.ROOT, "   %s%n", a.title() == null ? "(untitled)" : a.title());
            out.printf(Locale.ROOT, "   %s  score %.3f  record %s%n", citation(a), a.score(), a.record());
        }
        return 0;
    }

    /** The sentence with its answering span between » and «. */
    static String highlighted(Answer a) {
        return a.text().substring(0, a.spanStart()) + "»" + a.span() + "«" + a.text().substring(a.spanEnd());
    }

    static String citation(Answer a) {
        return a.page() != null ? a.file() + ", page " + a.page() : a.file() + ":" + a.line();
    }
}
