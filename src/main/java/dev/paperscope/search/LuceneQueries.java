package dev.paperscope.search;

import dev.paperscope.index.IndexSchema;
import dev.paperscope.resolve.PersonName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/** Translates a parsed query into a Lucene query: text clauses score, ranges and kinds only filter. */
final class LuceneQueries {
    /** Sorted so that the same query always builds the same Lucene query (deterministic scores). */
    private static final Map<String, Float> FREE_TEXT_FIELDS = new TreeMap<>(IndexSchema.FREE_TEXT_FIELDS);
    private final QueryBuilder builder;

    LuceneQueries(Analyzer analyzer) {
        this.builder = new QueryBuilder(analyzer);
    }

    /**
     * What a name understood in the free words adds to a record that has it: a constant, so that records
     * of the room, venue or person named rank above those that only share words with the query, and rank
     * among themselves by their words (measured on the graded queries, docs/BENCHMARKS.md).
     */
    static final float UNDERSTOOD_BOOST = 10f;

    Query build(ParsedQuery parsed) {
        return build(parsed, List.of());
    }

    /**
     * The query with each understood name as an optional clause: it adds {@link #UNDERSTOOD_BOOST} to the
     * records with that value and, beside the query's required clauses, neither adds nor removes a match.
     */
    Query build(ParsedQuery parsed, List<Understood> understood) {
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        for (Understood u : understood) {
            top.add(new BoostQuery(new ConstantScoreQuery(understood(u)), UNDERSTOOD_BOOST), Occur.SHOULD);
        }
        boolean positive = false;
        for (Clause clause : parsed.clauses()) {
            Query q = query(clause);
            Occur occur = clause.negated() ? Occur.MUST_NOT : clause instanceof Clause.Range || isKeyword(clause) ? Occur.FILTER : Occur.MUST;
            top.add(q, occur);
            positive |= occur != Occur.MUST_NOT;
        }
        if (!positive) {
            top.add(new MatchAllDocsQuery(), Occur.FILTER);
        }
        return top.build();
    }

    /**
     * Everything but the positive free text, as a pure filter: fields, ranges, kinds and exclusions
     * restrict; nothing scores. Empty when the query has nothing but free text.
     */
    Optional<Query> filter(ParsedQuery parsed) {
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        boolean positive = false;
        boolean any = false;
        for (Clause clause : parsed.clauses()) {
            if (clause instanceof Clause.FreeText && !clause.negated()) {
                continue;
            }
            top.add(query(clause), clause.negated() ? Occur.MUST_NOT : Occur.FILTER);
            positive |= !clause.negated();
            any = true;
        }
        if (!any) {
            return Optional.empty();
        }
        if (!positive) {
            top.add(new MatchAllDocsQuery(), Occur.FILTER);
        }
        return Optional.of(top.build());
    }

    /** The records having an understood value: the author's key, the year, or the value as a phrase of its field. */
    private Query understood(Understood u) {
        return switch (u.field()) {
            case IndexSchema.AUTHOR -> new TermQuery(new Term(IndexSchema.AUTHOR_KEY, NameSpans.authorKey(u.value())));
            case IndexSchema.YEAR -> IntPoint.newExactQuery(IndexSchema.YEAR, Integer.parseInt(u.value()));
            default -> {
                Query q = builder.createPhraseQuery(u.field(), u.value());
                yield q == null ? new MatchNoDocsQuery("no words in " + u.value()) : q;
            }
        };
    }

    private static boolean isKeyword(Clause clause) {
        return clause instanceof Clause.FieldMatch fm && fm.field().type() == QueryField.Type.KEYWORD;
    }

    private Query query(Clause clause) {
        return switch (clause) {
            case Clause.FreeText ft -> freeText(ft);
            case Clause.FieldMatch fm -> fieldMatch(fm);
            case Clause.Range r -> range(r);
        };
    }

    private Query freeText(Clause.FreeText ft) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        // Analysed once per analyser, then copied to the other fields that share it.
        Map<Boolean, Optional<Query>> byAnalyser = new HashMap<>();
        FREE_TEXT_FIELDS.forEach((field, weight) -> {
            boolean names = IndexSchema.NAME_FIELDS.contains(field);
            Optional<Query> analysed = byAnalyser.get(names);
            Query q;
            if (analysed == null) {
                q = text(field, ft.text(), ft.phrase());
                byAnalyser.put(names, Optional.ofNullable(q));
            } else {
                q = analysed.isEmpty() ? null : Refield.onField(analysed.get(), field).orElseGet(() -> text(field, ft.text(), ft.phrase()));
            }
            if (q != null) {
                any.add(new BoostQuery(q, weight), Occur.SHOULD);
            }
        });
        BooleanQuery q = any.build();
        return q.clauses().isEmpty() ? new MatchNoDocsQuery("only stop words") : q;
    }

    private Query fieldMatch(Clause.FieldMatch fm) {
        if (fm.field().type() == QueryField.Type.KEYWORD) {
            return new TermQuery(new Term(fm.field().indexField(), fm.value()));
        }
        boolean phrase = fm.phrase();
        String value = fm.value();
        if (fm.field() == QueryField.SOURCE) {
            // File names are indexed as their alphanumeric parts: "002_ab.txt" is found by source:002 too.
            value = IndexSchema.sourceText(value);
            phrase = true;
        }
        Query q = text(fm.field().indexField(), value, phrase);
        if (fm.field() == QueryField.AUTHOR) {
            return identity(q, value);
        }
        return q == null ? new MatchNoDocsQuery("only stop words") : q;
    }

    /**
     * An author clause matches the words as written or the person: any record whose author identities
     * include the written name's key (other spellings, reversed order, middle names, typos joined by
     * the resolver). A single word is not a person's key, so it matches as written only.
     */
    private static Query identity(Query asWritten, String value) {
        Optional<String> key = personKey(value);
        if (key.isEmpty()) {
            return asWritten == null ? new MatchNoDocsQuery("only stop words") : asWritten;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        if (asWritten != null) {
            either.add(asWritten, Occur.SHOULD);
        }
        either.add(new TermQuery(new Term(IndexSchema.AUTHOR_KEY, key.get())), Occur.SHOULD);
        return either.build();
    }

    /** The identity key of a full name (first and last), as the author-key field holds it; empty for a bare last name. */
    static Optional<String> personKey(String value) {
        try {
            PersonName name = PersonName.parse(value);
            return name.first().isEmpty() ? Optional.empty() : Optional.of(name.key());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Query text(String field, String text, boolean phrase) {
        return phrase ? builder.createPhraseQuery(field, text) : builder.createBooleanQuery(field, text, Occur.SHOULD);
    }

    private static Query range(Clause.Range r) {
        if (r.field().type() == QueryField.Type.INTEGER) {
            int low = r.low() == null ? Integer.MIN_VALUE : (int) Math.max(Integer.MIN_VALUE, r.low());
            int high = r.high() == null ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, r.high());
            return IntPoint.newRangeQuery(r.field().indexField(), low, high);
        }
        String field = r.local() ? r.field().indexField() + "_local" : r.field().indexField();
        return LongPoint.newRangeQuery(field, r.low() == null ? Long.MIN_VALUE : r.low(), r.high() == null ? Long.MAX_VALUE : r.high());
    }
}
