package dev.occam.symbolic;

/**
 * A proved one-sided bound of f over [from, to] (to may be +inf, from -inf), from {@link
 * RangeBounds}: for an upper bound, f(x) <= bound at every x in the range where f is defined; for a
 * lower bound, f(x) >= bound. The bound is +inf (upper) or -inf (lower) when nothing finite could
 * be proved.
 *
 * @param upper whether this bounds f from above
 * @param bound the proved bound, outward-rounded
 * @param defined whether f is also proved defined (real) on the whole range; if false, either f was
 *     found undefined at {@code at} ({@code valueAt} NaN) or some piece could not be proved defined
 * @param at the point with the value closest to the bound seen, or where f is undefined
 * @param valueAt f(at), in double (or Dfp where double overflowed): the exact sup (inf) lies
 *     between valueAt and bound
 * @param pieces interval enclosures computed
 */
public record RangeBound(
        boolean upper,
        double from,
        double to,
        double bound,
        boolean defined,
        double at,
        double valueAt,
        int pieces) {

    /** Whether f was found undefined (NaN or a pole, confirmed in Dfp) at a point of the range. */
    public boolean undefinedSomewhere() {
        return !defined && Double.isNaN(valueAt) && !Double.isNaN(at);
    }

    /** E.g. "eta(t) <= 4.99995E-6 for t in [100000, inf) (interval arithmetic over 1 piece)". */
    public String statement(String function, String variable) {
        String range = variable + " in " + RangeBounds.range(from, to);
        if (undefinedSomewhere()) {
            return function
                    + " is undefined at "
                    + variable
                    + " = "
                    + RangeBounds.number(at)
                    + ", in "
                    + range;
        }
        return function
                + (upper ? " <= " : " >= ")
                + RangeBounds.number(bound)
                + " for "
                + range
                + (defined ? "" : " where defined (not proved defined everywhere)")
                + " (interval arithmetic over "
                + pieces
                + (pieces == 1 ? " piece)" : " pieces)");
    }

    @Override
    public String toString() {
        return statement("f(x)", "x");
    }
}
