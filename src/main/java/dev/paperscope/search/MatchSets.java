package dev.paperscope.search;

import dev.paperscope.index.IndexSchema;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/** Lucene queries for a retriever's matching set, so facets can be counted over exactly that set. */
public final class MatchSets {
    private MatchSets() {
    }

    /** The records with these ids. */
    public static Query ids(Collection<String> ids) {
        if (ids.isEmpty()) {
            return new MatchNoDocsQuery("no records");
        }
        List<BytesRef> terms = ids.stream().sorted().map(BytesRef::new).toList();
        return new TermInSetQuery(IndexSchema.ID, terms);
    }

    /** The records {@code query} matches, and the records with ids {@code extra}. */
    public static Query union(Query query, Collection<String> extra) {
        if (extra.isEmpty()) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.SHOULD)
                .add(ids(extra), BooleanClause.Occur.SHOULD)
                .build();
    }
}
