package dev.occam.result;

import java.util.List;
import java.util.Map;

/**
 * A measured or predicted value of a claim, as what it is; {@code report} writes it as text.
 */
public sealed interface Figure {

    /** A scalar: a quantity's value, a gap, a residual. */
    record Scalar(double value) implements Figure {
    }

    /** A word for an outcome: how a run stopped ("converged"), what a theorem says ("converges"). */
    record Word(String text) implements Figure {
    }

    /** A vector to more digits than double holds, as decimal strings ("NaN" / "Infinity" entries after a blow-up). */
    record Digits(List<String> entries) implements Figure {
    }

    /** The constants of a law fitted to a run, each with its standard error. */
    record Fitted(Map<String, Estimate> constants) implements Figure {
    }

    /** The constants theory predicts for a law. */
    record Constants(Map<String, Double> constants) implements Figure {
    }

    /** A fitted constant and its standard error. */
    record Estimate(double value, double sigma) {
    }

    /** The scalar, or null when there is none. */
    static Figure scalar(Double value) {
        return value == null ? null : new Scalar(value);
    }

    /** The vector, or null when there is none. */
    static Figure digits(List<String> entries) {
        return entries == null ? null : new Digits(entries);
    }
}
