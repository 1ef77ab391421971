package dev.occam.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found: the counts by category, the counterexample (first found and shrunk), the
 * shrinking steps and the threshold brackets.
 *
 * @param counts the search's outcomes by {@link Outcome.Category} name, lower case (shrinking not
 *     counted)
 * @param tried candidates the search checked, shrinking not counted
 * @param shrinkChecked candidates shrinking checked
 * @param shrinkCounts their outcomes by category
 * @param reused checks answered from the results file (a resumed search, a candidate met twice)
 * @param stopped why sampling stopped: found, budget, time, exhausted or bracketed
 * @param found the first counterexample, or null
 * @param minimal the simplest counterexample shrinking reached (equal to found without shrinking)
 * @param shrinkSteps each accepted simplification, in order
 * @param brackets where a one-dimensional search saw the verdict change
 * @param best the candidate that went furthest toward failing when none failed, or null
 */
public record SearchSummary(
        String spec,
        String strategy,
        Map<String, Integer> counts,
        int tried,
        int shrinkChecked,
        Map<String, Integer> shrinkCounts,
        int reused,
        double seconds,
        String stopped,
        Outcome found,
        Outcome minimal,
        List<String> shrinkSteps,
        List<Bracket> brackets,
        Outcome best) {

    /**
     * Where the verdict changes between two decided candidates of a one-dimensional search.
     *
     * @param lo the smaller value, hi the larger, as exact decimals
     * @param loOutcome the decided candidate at lo, hiOutcome the one at hi
     * @param width (above - below) / max(|below|, |above|)
     * @param undecided candidates between them whose verdict is not decided (the bracket could not
     *     be narrowed through them)
     */
    public record Bracket(
            String parameter,
            String lo,
            String hi,
            Outcome loOutcome,
            Outcome hiOutcome,
            double width,
            int undecided) {}

    public int count(Outcome.Category c) {
        return counts.getOrDefault(c.name().toLowerCase(java.util.Locale.ROOT), 0);
    }
}
