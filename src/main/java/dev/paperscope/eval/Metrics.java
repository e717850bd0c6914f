package dev.paperscope.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * nDCG@10, Recall@100 and MRR@10 as trec_eval 9.0 computes them ({@code -c -m ndcg_cut.10 -m recall.100
 * -M 10 -m recip_rank}, the invocation Anserini's BEIR and MS MARCO regressions use). Sources:
 * usnistgov/trec_eval {@code form_res_rels.c}, {@code m_ndcg_cut.c}, {@code m_recall.c},
 * {@code m_recip_rank.c}.
 *
 * <ul>
 *   <li><b>Order.</b> The run's own order and rank column are ignored: documents are sorted by score
 *       descending, ties by doc id in <em>decreasing</em> lexical order ({@code comp_sim_docno} in
 *       form_res_rels.c: {@code strcmp(p2->docno, p1->docno)}). A document twice in one query is an
 *       error, as there.</li>
 *   <li><b>Relevance.</b> A document is relevant when its grade is at least 1 (trec_eval's default
 *       relevance level); unjudged documents count as not relevant.</li>
 *   <li><b>nDCG@10.</b> Gain is the qrels grade (grades of 0 or less add nothing); the document at rank r
 *       is discounted by log2(r + 1); the ideal DCG sorts all positive grades of the query's qrels.</li>
 *   <li><b>Recall@100</b>: relevant documents in the top 100 over all relevant documents of the query.</li>
 *   <li><b>MRR@10</b>: 1 / rank of the first relevant document within the top 10, else 0.</li>
 *   <li><b>Which queries.</b> Every query of the qrels counts; one the run does not answer scores 0
 *       (trec_eval {@code -c}, as Anserini runs it, so a retriever cannot gain by skipping hard
 *       queries). A query whose judgments are all grade 0 also counts, with 0 on every measure: trec_eval
 *       ignores only queries with no judgments at all (its CHANGELOG, 8.1), and BEIR's loader keeps them
 *       too. Queries of the run absent from the qrels are ignored.</li>
 * </ul>
 */
public final class Metrics {
    static final int RELEVANCE_LEVEL = 1;
    /** comp_sim_docno, literally: {@code >}/{@code <} on scores (so -0.0 equals 0.0, as in C), then docno descending. */
    private static final Comparator<ScoredDoc> TREC_EVAL_ORDER = (p1, p2) -> {
        if (p1.score() > p2.score()) {
            return -1;
        }
        if (p1.score() < p2.score()) {
            return 1;
        }
        return compareAsUtf8Bytes(p2.docId(), p1.docId());
    };

    private Metrics() {
    }

    /** Scores {@code run} against every query of {@code qrels}. */
    public static EvalScores evaluate(Qrels qrels, Map<String, List<ScoredDoc>> run) {
        Map<String, EvalScores.QueryScores> perQuery = new LinkedHashMap<>();
        double ndcg = 0;
        double recall = 0;
        double mrr = 0;
        for (String query : qrels.queryIds()) {
            EvalScores.QueryScores s = score(qrels.of(query), run.getOrDefault(query, List.of()), query);
            perQuery.put(query, s);
            ndcg += s.ndcg10();
            recall += s.recall100();
            mrr += s.mrr10();
        }
        int n = Math.max(1, perQuery.size());
        return new EvalScores(ndcg / n, recall / n, mrr / n, perQuery);
    }

    static EvalScores.QueryScores score(Map<String, Integer> judged, List<ScoredDoc> docs, String query) {
        List<ScoredDoc> ranked = trecEvalOrder(docs, query);
        double dcg = 0;
        int relevantInTop100 = 0;
        double reciprocalRank = 0;
        for (int i = 0; i < Math.min(ranked.size(), 100); i++) {
            int grade = judged.getOrDefault(ranked.get(i).docId(), 0);
            if (i < 10 && grade > 0) {
                dcg += grade / log2(i + 2);
            }
            if (grade >= RELEVANCE_LEVEL) {
                relevantInTop100++;
                if (i < 10 && reciprocalRank == 0) {
                    reciprocalRank = 1.0 / (i + 1);
                }
            }
        }
        long relevant = judged.values().stream().filter(g -> g >= RELEVANCE_LEVEL).count();
        double idcg = idealDcg10(judged);
        return new EvalScores.QueryScores(idcg > 0 ? dcg / idcg : 0, relevant > 0 ? (double) relevantInTop100 / relevant : 0,
                reciprocalRank);
    }

    /** The run's documents in trec_eval's order: score descending, then doc id descending. */
    static List<ScoredDoc> trecEvalOrder(List<ScoredDoc> docs, String query) {
        Set<String> ids = new HashSet<>();
        for (ScoredDoc doc : docs) {
            if (!ids.add(doc.docId())) {
                throw new IllegalArgumentException("document " + doc.docId() + " appears twice for query " + query);
            }
        }
        List<ScoredDoc> ranked = new ArrayList<>(docs);
        ranked.sort(TREC_EVAL_ORDER);
        return ranked;
    }

    private static double idealDcg10(Map<String, Integer> judged) {
        List<Integer> gains = judged.values().stream().filter(g -> g > 0).sorted(Comparator.reverseOrder()).limit(10).toList();
        double idcg = 0;
        for (int i = 0; i < gains.size(); i++) {
            idcg += gains.get(i) / log2(i + 2);
        }
        return idcg;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    /** strcmp order on UTF-8: code point order (which UTF-16 {@code compareTo} is not, above U+FFFF). */
    static int compareAsUtf8Bytes(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
