package dev.occam.certify;

import java.util.Locale;

/**
 * How a figure or a verdict is known (docs/spec-format.md, "How verdicts are decided and
 * certified"), strongest first. A HOLDS or FAILS is only as good as the weakest premise it rests
 * on:
 *
 * <ul>
 *   <li>{@link #EXACT}: exact arithmetic or a proved identity (e.g. a start exactly at a fixed
 *       point);
 *   <li>{@link #PROVED_BOUND}: a bound whose premises were verified: a spectral contraction for a
 *       step proved bounded for all later t, a finite-length (Lojasiewicz) bound with sufficient
 *       decrease guaranteed, a residual bound, a duality gap, interval arithmetic;
 *   <li>{@link #ESTIMATE}: rests on an unchecked assumption about the future of the run, e.g. that
 *       the step lengths keep contracting as they did over the last windows;
 *   <li>{@link #TREND}: a fitted law or a power-law trend over a finite horizon;
 *   <li>{@link #NONE}: nothing was established (an INCONCLUSIVE or ERROR result).
 * </ul>
 */
public enum Evidence {
    EXACT,
    PROVED_BOUND,
    ESTIMATE,
    TREND,
    NONE;

    /**
     * As JSON and the spec format write it: "exact", "proved-bound", "estimate", "trend", "none".
     */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether this evidence is at least as strong as {@code required}. */
    public boolean atLeast(Evidence required) {
        return ordinal() <= required.ordinal();
    }

    /** The weaker of the two: a conclusion drawn from both premises is only as strong as this. */
    public Evidence and(Evidence other) {
        return ordinal() >= other.ordinal() ? this : other;
    }

    /** The grade a word names; throws IllegalArgumentException listing the words otherwise. */
    public static Evidence of(String word) {
        for (Evidence e : values()) if (e.word().equals(word)) return e;
        throw new IllegalArgumentException(
                "unknown evidence grade '"
                        + word
                        + "' (expected exact, proved-bound, estimate or trend)");
    }

    @Override
    public String toString() {
        return word();
    }
}
