package dev.occam.claim;

import dev.occam.algorithm.IterationWatch;
import dev.occam.algorithm.Stepper;
import dev.occam.numeric.Vec;

import java.util.Arrays;

/**
 * Sees a quantity at every iterate from {@code from} on: keeps its value and rounding slack at the
 * window ends t = from + j W, and counts the steps inside that moved it the wrong way beyond the
 * slack (the non-monotone steps a window trend tolerates).
 */
final class WindowTrendWatch implements IterationWatch {
    private final Quantities.Quantity quantity;
    private final long from, window;
    private final boolean decreasing;
    private int n;
    private long[] ends = new long[32];
    private double[] values = new double[32], slacks = new double[32];
    private long wrongSteps;
    private double largestWrongStep;
    private long wrongStepT = -1;
    private double previous = Double.NaN;

    WindowTrendWatch(Quantities.Quantity quantity, long from, long window, boolean decreasing) {
        this.quantity = quantity;
        this.from = from;
        this.window = window;
        this.decreasing = decreasing;
    }

    @Override
    public void observe(long t, double time, Vec w, Stepper stepper) {
        if (t < from) return;
        double v = quantity.at(w, time, stepper);
        // an undefined value still ends its window (as NaN, undecided), so ends stay consecutive
        double slack = Double.isFinite(v) ? quantity.slack(w, time, v) : Double.NaN;
        if (!Double.isFinite(v)) v = Double.NaN;
        if (!Double.isNaN(previous)) {
            double wrong = decreasing ? v - previous : previous - v;
            if (wrong > slack) {
                wrongSteps++;
                if (wrong > largestWrongStep) {
                    largestWrongStep = wrong;
                    wrongStepT = t;
                }
            }
        }
        previous = v;
        if ((t - from) % window == 0) {
            if (n == ends.length) {
                ends = Arrays.copyOf(ends, 2 * n);
                values = Arrays.copyOf(values, 2 * n);
                slacks = Arrays.copyOf(slacks, 2 * n);
            }
            ends[n] = t;
            values[n] = v;
            slacks[n] = slack;
            n++;
        }
    }

    int ends() {
        return n;
    }

    long end(int i) {
        return ends[i];
    }

    double value(int i) {
        return values[i];
    }

    double slack(int i) {
        return slacks[i];
    }

    long wrongSteps() {
        return wrongSteps;
    }

    double largestWrongStep() {
        return largestWrongStep;
    }

    long wrongStepT() {
        return wrongStepT;
    }
}
