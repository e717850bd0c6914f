package dev.paperscope.search;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the query language: free words, {@code "phrases"}, {@code field:value}, {@code field:"phrase"},
 * ranges {@code year:2020..2022}, comparisons {@code start>=2022-07-21T12:30}, and {@code -} to exclude.
 * A token that looks like {@code word:value} with an unknown field is searched as text, with a note,
 * because titles and URLs contain colons.
 */
public final class QuerySyntax {
    private static final Pattern FIELDED = Pattern.compile("(?s)([A-Za-z_]+)(>=|<=|>|<|:)(.+)");
    private static final int MAX_QUERY_CHARS = 4096;
    /**
     * A query starting with this word ({@code words: Hall J}) searches its words as words only: no name in
     * it is also matched as an author, room, session, venue or award ({@link ParsedQuery#understandNames}).
     */
    public static final String WORDS_ONLY = "words:";
    private static final Pattern WORDS_ONLY_PREFIX = Pattern.compile("(?i)^\\s*words:(?:\\s+|$)");

    private QuerySyntax() {
    }

    public static ParsedQuery parse(String query) {
        if (query == null || query.isBlank()) {
            throw new QuerySyntaxException("the query is empty");
        }
        if (query.length() > MAX_QUERY_CHARS) {
            throw new QuerySyntaxException("the query is " + query.length() + " characters long; the limit is " + MAX_QUERY_CHARS);
        }
        Matcher wordsOnly = WORDS_ONLY_PREFIX.matcher(query);
        boolean understandNames = !wordsOnly.find();
        String words = understandNames ? query : query.substring(wordsOnly.end());
        if (words.isBlank()) {
            throw new QuerySyntaxException("the query is empty");
        }
        List<Clause> clauses = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> freeWords = new ArrayList<>();
        for (String token : joinDanglingFields(tokenize(words))) {
            boolean negated = token.length() > 1 && token.charAt(0) == '-';
            String body = negated ? token.substring(1) : token;
            Clause clause = clause(body, negated, notes);
            if (clause instanceof Clause.FreeText ft && !ft.phrase() && !ft.negated()) {
                freeWords.add(ft.text());
            } else if (clause != null) {
                clauses.add(clause);
            }
        }
        if (!freeWords.isEmpty()) {
            clauses.add(0, new Clause.FreeText(String.join(" ", freeWords), false, false));
        }
        return new ParsedQuery(query, clauses, notes, understandNames);
    }

    /** {@code query} searched for its words only: with {@link #WORDS_ONLY} in front, unless it already starts so. */
    public static String wordsOnly(String query) {
        return WORDS_ONLY_PREFIX.matcher(query).find() ? query : WORDS_ONLY + " " + query.strip();
    }

    /** {@code query} without a leading {@link #WORDS_ONLY}: the query whose names are understood. */
    public static String withNames(String query) {
        Matcher m = WORDS_ONLY_PREFIX.matcher(query);
        return m.find() ? query.substring(m.end()) : query;
    }

    /**
     * {@code query} (may be empty) with each filter added as a clause, e.g. {@code diffusion venue:"ICML 2022"}:
     * a value of one plain word stays bare, any other is quoted (see {@link #filterValue} for its quotes).
     */
    public static String withFilters(String query, Map<String, String> filters) {
        List<String> parts = new ArrayList<>();
        if (!query.isEmpty()) {
            parts.add(query);
        }
        filters.forEach((field, value) -> parts.add(field + ":" + (PLAIN_VALUE.matcher(value).matches() ? value : "\"" + value + "\"")));
        return String.join(" ", parts);
    }

    /** A filter value as a clause can hold it: the syntax has no escape for a quote, so quotes become spaces; stripped. */
    public static String filterValue(String raw) {
        return raw.replace("\"", " ").strip();
    }

    private static final Pattern PLAIN_VALUE = Pattern.compile("[\\p{L}\\p{N}_.-]+");

    /** Splits on whitespace outside double quotes; quotes stay in the tokens. */
    static List<String> tokenize(String query) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int quoteStart = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                quoteStart = i;
                current.append(c);
            } else if (Character.isWhitespace(c) && !quoted) {
                flush(tokens, current);
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new QuerySyntaxException("unterminated quote starting at column " + (quoteStart + 1));
        }
        flush(tokens, current);
        return tokens;
    }

    /**
     * A known field with its value after a space ({@code year: 2020}, {@code title: "a phrase"}) is that field:
     * the two tokens are joined. A known field with nothing after it is an error, not a search for its name.
     */
    static List<String> joinDanglingFields(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            Matcher m = DANGLING_FIELD.matcher(token);
            if (m.matches() && QueryField.byName(m.group(1)).isPresent()) {
                if (i + 1 == tokens.size()) {
                    throw new QuerySyntaxException("no value after " + token.replaceFirst("^-", "") + " (write it as " + token.replaceFirst("^-", "")
                            + "value)");
                }
                token = token + tokens.get(++i);
            }
            out.add(token);
        }
        return out;
    }

    private static final Pattern DANGLING_FIELD = Pattern.compile("-?([A-Za-z_]+)(>=|<=|>|<|:)");

    private static void flush(List<String> tokens, StringBuilder current) {
        if (!current.isEmpty()) {
            tokens.add(current.toString());
            current.setLength(0);
        }
    }

    private static Clause clause(String body, boolean negated, List<String> notes) {
        Matcher m = FIELDED.matcher(body);
        if (m.matches()) {
            var field = QueryField.byName(m.group(1));
            if (field.isPresent()) {
                return fielded(field.get(), m.group(2), m.group(3), negated);
            }
            notes.add("'" + m.group(1) + "' is not a field (fields: " + QueryField.names() + "); searched '" + body + "' as text");
        }
        if (isQuoted(body)) {
            String phrase = unquote(body);
            return phrase.isBlank() ? null : new Clause.FreeText(phrase, true, negated);
        }
        return new Clause.FreeText(body.replace("\"", ""), false, negated);
    }

    private static Clause fielded(QueryField field, String operator, String rawValue, boolean negated) {
        boolean phrase = isQuoted(rawValue);
        String value = phrase ? unquote(rawValue) : rawValue;
        if (value.isBlank()) {
            throw new QuerySyntaxException("no value after " + field.externalName() + operator);
        }
        return switch (field.type()) {
            case TEXT -> requireColon(field, operator, new Clause.FieldMatch(field, value, phrase, negated));
            case KEYWORD -> requireColon(field, operator, keyword(field, value, negated));
            case INTEGER -> integerClause(field, operator, value, negated);
            case TIME -> TimeBounds.clause(field, operator, value, negated);
        };
    }

    private static Clause requireColon(QueryField field, String operator, Clause clause) {
        if (!operator.equals(":")) {
            throw new QuerySyntaxException(field.externalName() + " cannot be compared with " + operator + "; use " + field.externalName() + ":value");
        }
        return clause;
    }

    private static Clause keyword(QueryField field, String value, boolean negated) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (field == QueryField.KIND && !List.of("paper", "talk", "blog_post").contains(v)) {
            throw new QuerySyntaxException("kind must be paper, talk or blog_post, not '" + value + "'");
        }
        return new Clause.FieldMatch(field, field == QueryField.KIND ? v : value.strip(), false, negated);
    }

    private static Clause integerClause(QueryField field, String operator, String value, boolean negated) {
        if (operator.equals(":") && value.contains("..")) {
            String[] parts = value.split("\\.\\.", -1);
            if (parts.length != 2) {
                throw new QuerySyntaxException("a range is written low..high, not '" + value + "'");
            }
            return new Clause.Range(field, integerOrNull(field, parts[0]), integerOrNull(field, parts[1]), false, negated);
        }
        long v = integer(field, value);
        return switch (operator) {
            case ":" -> new Clause.Range(field, v, v, false, negated);
            case ">=" -> new Clause.Range(field, v, null, false, negated);
            case ">" -> new Clause.Range(field, v + 1, null, false, negated);
            case "<=" -> new Clause.Range(field, null, v, false, negated);
            case "<" -> new Clause.Range(field, null, v - 1, false, negated);
            default -> throw new QuerySyntaxException("unknown operator " + operator);
        };
    }

    private static Long integerOrNull(QueryField field, String s) {
        return s.isBlank() ? null : integer(field, s);
    }

    private static long integer(QueryField field, String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new QuerySyntaxException(field.externalName() + " needs a whole number, not '" + s + "'", e);
        }
    }

    private static boolean isQuoted(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"");
    }

    private static String unquote(String s) {
        return s.substring(1, s.length() - 1).strip();
    }

    /** Time values: {@code 2022-07-21}, {@code 2022-07-21T12:30} (page-local) or with an offset (an instant). */
    static final class TimeBounds {
        private TimeBounds() {
        }

        static Clause clause(QueryField field, String operator, String value, boolean negated) {
            if (operator.equals(":") && value.contains("..")) {
                String[] parts = value.split("\\.\\.", -1);
                if (parts.length != 2) {
                    throw new QuerySyntaxException("a range is written low..high, not '" + value + "'");
                }
                Bound low = parts[0].isBlank() ? null : bound(field, parts[0]);
                Bound high = parts[1].isBlank() ? null : bound(field, parts[1]);
                boolean local = (low == null || low.local) && (high == null || high.local);
                if (low != null && high != null && low.local != high.local) {
                    throw new QuerySyntaxException("both ends of a time range need an offset, or neither");
                }
                return new Clause.Range(field, low == null ? null : low.from, high == null ? null : high.to, local, negated);
            }
            Bound b = bound(field, value);
            return switch (operator) {
                case ":" -> new Clause.Range(field, b.from, b.to, b.local, negated);
                case ">=" -> new Clause.Range(field, b.from, null, b.local, negated);
                case ">" -> new Clause.Range(field, b.to + 1, null, b.local, negated);
                case "<=" -> new Clause.Range(field, null, b.to, b.local, negated);
                case "<" -> new Clause.Range(field, null, b.from - 1, b.local, negated);
                default -> throw new QuerySyntaxException("unknown operator " + operator);
            };
        }

        /** The span of seconds a written time stands for: a minute for 12:30, a whole day for a date. */
        private record Bound(long from, long to, boolean local) {
        }

        private static Bound bound(QueryField field, String raw) {
            String s = raw.strip();
            try {
                if (s.length() == 10) {
                    long day = LocalDate.parse(s).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
                    return new Bound(day, day + 86_399, true);
                }
                if (hasOffset(s)) {
                    long t = OffsetDateTime.parse(s).toEpochSecond();
                    return new Bound(t, t + secondsSpan(s), false);
                }
                long t = LocalDateTime.parse(s).toEpochSecond(ZoneOffset.UTC);
                return new Bound(t, t + secondsSpan(s), true);
            } catch (DateTimeParseException e) {
                throw new QuerySyntaxException(field.externalName() + " needs a time like 2022-07-21, 2022-07-21T12:30 or "
                        + "2022-07-21T12:30-07:00, not '" + raw + "'", e);
            }
        }

        private static boolean hasOffset(String s) {
            int t = s.indexOf('T');
            return t > 0 && (s.endsWith("Z") || s.indexOf('+', t) > 0 || s.indexOf('-', t) > 0);
        }

        /** 12:30 means the whole minute; 12:30:15 that second. */
        private static long secondsSpan(String s) {
            int t = s.indexOf('T');
            String time = s.substring(t + 1).replaceAll("[Z+-].*$", "");
            return time.length() <= 5 ? 59 : 0;
        }
    }
}
