/**
 * Related records: the nearest neighbours of a record's passage vector, or, in an index without
 * vectors, the records that share its most distinctive title and abstract words (MoreLikeThis).
 *
 * <p>Thread-safety: {@code RelatedSearch} is safe for concurrent use.
 */
package dev.paperscope.search.related;
