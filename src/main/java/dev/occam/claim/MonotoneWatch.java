package dev.occam.claim;

import dev.occam.algorithm.IterationWatch;
import dev.occam.algorithm.Stepper;
import dev.occam.numeric.Vec;

/**
 * Checks a monotone claim at every iterate from {@code after} on, during the run (recorded samples
 * are log-spaced, so a rise between two of them would go unseen). Each value is compared with the
 * running extremum, not with its predecessor, so a slow steady drift (8e-15 per step, under any
 * per-step slack) adds up and is caught; the slack is the quantity's rounding bound at the iterate
 * ({@link Quantities.Quantity#slack}), not a fixed multiple of epsilon, so values in the rounding
 * floor do not raise false alarms. Stops at the first violation, which it keeps as the
 * counterexample.
 */
public final class MonotoneWatch implements IterationWatch {
    private final Quantities.Quantity quantity;
    private final boolean increasing;
    private final long after;

    private boolean started;
    private long extremumT;
    private double extremum;
    private long compared;
    private long[] violationT;
    private double[] violation;
    private double violationSlack;

    MonotoneWatch(Quantities.Quantity quantity, boolean increasing, long after) {
        this.quantity = quantity;
        this.increasing = increasing;
        this.after = after;
    }

    @Override
    public void observe(long t, double time, Vec w, Stepper stepper) {
        if (violation != null || time < after) return;
        double v = quantity.at(w, time, stepper);
        if (!Double.isFinite(v)) return;
        if (started) {
            compared++;
            double wrongWay = increasing ? extremum - v : v - extremum;
            double slack = quantity.slack(w, time, v);
            if (wrongWay > slack) {
                violationT = new long[] {extremumT, t};
                violation = new double[] {extremum, v};
                violationSlack = slack;
                return;
            }
        }
        if (!started || (increasing ? v > extremum : v < extremum)) {
            extremum = v;
            extremumT = t;
        }
        started = true;
    }

    /** Iterates compared with the running extremum (up to and including a violation). */
    long compared() {
        return compared;
    }

    /**
     * The iterations {t, t'} of the extremum and of the first iterate beyond the slack the wrong
     * way, or null.
     */
    long[] violationT() {
        return violationT;
    }

    /** The quantity at those iterations (log L for the loss), or null. */
    double[] violation() {
        return violation;
    }

    /** The rounding slack at the violating iterate. */
    double violationSlack() {
        return violationSlack;
    }
}
