package dev.occam.symbolic;

/**
 * The outcome of trying to prove f > 0 on [from, to] ({@link RangeBounds#positivity}).
 *
 * @param outcome PROVED: f is defined and f > 0 at every point of the range; REFUTED: f(at) = value
 *     is <= 0, NaN or infinite, confirmed in Dfp; UNKNOWN: neither within the budget (at is then a
 *     point of a piece left open, value the lower end of its enclosure)
 * @param pieces interval enclosures computed
 */
public record Positivity(
        Outcome outcome, double from, double to, int pieces, double at, double value) {

    public enum Outcome {
        PROVED,
        REFUTED,
        UNKNOWN
    }

    public boolean proved() {
        return outcome == Outcome.PROVED;
    }

    /** The refuting point and value, e.g. "phi''(0.37) = -0.86" for name "phi''". */
    public String witness(String name) {
        return name + "(" + RangeBounds.number(at) + ") = " + RangeBounds.number(value);
    }
}
