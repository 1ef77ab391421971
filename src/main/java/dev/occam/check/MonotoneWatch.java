package dev.occam.check;

import dev.occam.algorithm.IterationWatch;
import dev.occam.numeric.Vec;

/**
 * Checks a monotone claim at every iterate from {@code after} on, during the run: recorded samples
 * are log-spaced, so a rise between two of them would go unseen. Stops measuring at the first
 * violation, which it keeps as the counterexample.
 */
final class MonotoneWatch implements IterationWatch {
    private final Quantities.Quantity quantity;
    private final boolean increasing;
    private final long after;
    private final double slack;
    /** Loss is watched as log L: a relative slack on L is an absolute one on log L. */
    private final boolean logScale;

    private boolean started;
    private long previousT;
    private double previous;
    private long compared;
    private long[] violationT;
    private double[] violation;

    MonotoneWatch(Quantities.Quantity quantity, boolean increasing, long after, double slack, boolean logScale) {
        this.quantity = quantity;
        this.increasing = increasing;
        this.after = after;
        this.slack = slack;
        this.logScale = logScale;
    }

    @Override
    public void observe(long t, double time, Vec w) {
        if (violation != null || time < after) return;
        double v = quantity.at(w, time);
        if (!Double.isFinite(v)) return;
        if (started) {
            double wrongWay = increasing ? previous - v : v - previous;
            double allowed = logScale ? slack : slack * Math.max(Math.abs(previous), Math.abs(v));
            compared++;
            if (wrongWay > allowed) {
                violationT = new long[] {previousT, t};
                violation = new double[] {previous, v};
                return;
            }
        }
        started = true;
        previousT = t;
        previous = v;
    }

    /** Consecutive iterates compared (up to and including a violation). */
    long compared() {
        return compared;
    }

    /** The iterations {t, t'} of the first pair that moved the wrong way, or null. */
    long[] violationT() {
        return violationT;
    }

    /** The quantity at those iterations (log L for the loss), or null. */
    double[] violation() {
        return violation;
    }

    boolean logScale() {
        return logScale;
    }
}
