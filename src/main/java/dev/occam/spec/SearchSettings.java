package dev.occam.spec;

import org.hipparchus.fraction.BigFraction;

import java.time.Duration;
import java.util.List;

/**
 * The optional {@code search} block of a spec (docs/search.md): what {@code occam search} varies
 * and how long it may try. {@code occam check} ignores it and checks the spec as written.
 *
 * @param strategy grid, random or adaptive
 * @param seed the seed of random and adaptive sampling (a search is reproducible)
 * @param candidates the most candidates evaluated (shrinking not counted)
 * @param time the most wall time for the whole search, shrinking included
 * @param width relative width the threshold finder narrows its bracket to
 * @param parameters the spec values varied, in file order
 */
public record SearchSettings(
        String strategy,
        long seed,
        int candidates,
        Duration time,
        BigFraction width,
        List<Parameter> parameters) {

    public SearchSettings {
        parameters = List.copyOf(parameters);
    }

    /**
     * One varied value.
     *
     * @param path a dotted spec path as in sweeps (algorithm.step, problem.X, claims[0].tolerance)
     * @param position where the parameter is written, for messages
     * @param also further paths written with the same value (algorithm.norm and prediction.norm)
     */
    public record Parameter(String path, Position position, Domain domain, List<String> also) {
        public Parameter {
            also = List.copyOf(also);
        }
    }

    /** Where a parameter's values come from. */
    public sealed interface Domain {}

    /** A real interval; {@code log} samples and bisects in log scale (then lo > 0). */
    public record Interval(BigFraction lo, BigFraction hi, boolean log) implements Domain {}

    /** An integer range lo..hi, both included. */
    public record IntegerRange(long lo, long hi) implements Domain {}

    /** A finite set of values, each as YAML text. */
    public record Choice(List<String> values) implements Domain {
        public Choice {
            values = List.copyOf(values);
        }
    }

    /** The norms lp:p for p in [lo, hi] (lo >= 1). */
    public record NormFamily(BigFraction lo, BigFraction hi) implements Domain {}

    /** How an {@link Array}'s entries are drawn. */
    public enum Entries {
        /** Integers in [lo, hi]. */
        INTEGERS,
        /** Rationals k/d in [lo, hi] with d up to the denominator. */
        RATIONALS,
        /** Decimals in [lo, hi] with four significant digits: a box of real starts. */
        BOX
    }

    /** What an {@link Array} must satisfy to be a candidate (docs/search.md). */
    public enum Filter {
        NONE,
        /** The matrix has full row rank, exactly (least squares with an interpolant). */
        FULL_ROW_RANK,
        /** The rows, signed by problem.y, are strictly separable through the origin. */
        SEPARABLE
    }

    /**
     * A vector or matrix of numbers.
     *
     * @param shape {rows, columns} or {length}; null when the spec's current value gives it
     * @param denominator the largest denominator of {@link Entries#RATIONALS}, else 1
     */
    public record Array(
            Entries entries,
            BigFraction lo,
            BigFraction hi,
            int[] shape,
            int denominator,
            Filter filter)
            implements Domain {}
}
