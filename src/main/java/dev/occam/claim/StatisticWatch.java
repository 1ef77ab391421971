package dev.occam.claim;

import dev.occam.algorithm.IterationWatch;
import dev.occam.algorithm.Stepper;
import dev.occam.numeric.Vec;

/**
 * Keeps a quantity's largest value over every iterate and its value (with its rounding slack) at
 * the last one: what claims across sweep points compare, one number per point.
 */
final class StatisticWatch implements IterationWatch {
    private final Quantities.Quantity quantity;
    private double max = Double.NaN;
    private double last = Double.NaN;
    private double lastSlack = Double.NaN;

    StatisticWatch(Quantities.Quantity quantity) {
        this.quantity = quantity;
    }

    @Override
    public void observe(long t, double time, Vec w, Stepper stepper) {
        double v = quantity.at(w, time, stepper);
        if (Double.isNaN(v)) return;
        if (!(v <= max)) max = v;
        last = v;
        lastSlack = quantity.slack(w, time, v);
    }

    /** The statistic: "max" over the run or "final" (the last iterate); NaN when never seen. */
    double value(String statistic) {
        return statistic.equals("max") ? max : last;
    }

    /** The rounding slack of the last value (the max's is not kept: max is for trends). */
    double lastSlack() {
        return lastSlack;
    }
}
