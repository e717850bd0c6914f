package dev.paperscope.search;

import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The same analysed query on another field. Free text is searched in nine fields that share two
 * analysers; analysing the text once per analyser and copying the result to the other fields makes
 * building a query several times cheaper (docs/BENCHMARKS.md). Only the shapes Lucene's
 * {@code QueryBuilder} makes from our analysers are copied; anything else is empty, and the caller
 * analyses for that field itself.
 */
final class Refield {
    private Refield() {
    }

    static Optional<Query> onField(Query query, String field) {
        return switch (query) {
            case TermQuery t -> Optional.of(new TermQuery(new Term(field, t.getTerm().bytes())));
            case PhraseQuery p -> Optional.of(phrase(p, field));
            case BooleanQuery b -> bool(b, field);
            default -> Optional.empty();
        };
    }

    private static Query phrase(PhraseQuery p, String field) {
        PhraseQuery.Builder copy = new PhraseQuery.Builder().setSlop(p.getSlop());
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        for (int i = 0; i < terms.length; i++) {
            copy.add(new Term(field, terms[i].bytes()), positions[i]);
        }
        return copy.build();
    }

    private static Optional<Query> bool(BooleanQuery b, String field) {
        BooleanQuery.Builder copy = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
        for (BooleanClause clause : b.clauses()) {
            Optional<Query> inner = onField(clause.query(), field);
            if (inner.isEmpty()) {
                return Optional.empty();
            }
            copy.add(inner.get(), clause.occur());
        }
        return Optional.of(copy.build());
    }
}
