/**
 * Resolve: turns source records into works (one per paper, with every record that describes it) and
 * author spellings into identities. Comparisons go through normalised keys ({@link
 * dev.paperscope.resolve.TitleKey}, {@link dev.paperscope.resolve.PersonName}); every merge keeps its
 * evidence and confidence, and precision comes first: merging two different papers is worse than
 * missing a merge.
 * It also dates schedule pages that give no year by the reference records that hold their talks
 * ({@link dev.paperscope.resolve.ScheduleYears}).
 *
 * <p>Thread-safety: keys and results are immutable; resolvers are stateless.
 */
package dev.paperscope.resolve;
