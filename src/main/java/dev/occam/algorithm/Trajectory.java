package dev.occam.algorithm;

import dev.occam.numeric.Vec;
import java.util.List;

/**
 * What a run leaves behind: iterates at log-spaced times, every step length ||w_{t+1} - w_t||
 * (for tail bounds), and why it stopped.
 *
 * @param samples    log-spaced snapshots, the last one is the final iterate
 * @param stepNorms  stepNorms[t] = ||w_{t+1} - w_t||_2, t < iterations
 * @param stopped    "converged" (steps reached the tier's rounding floor), "budget" (iterations or time), "diverged"
 * @param floorStep  step length at or below which steps are rounding noise in this tier
 */
public record Trajectory(List<Sample> samples, double[] stepNorms, long iterations, String stopped, double seconds,
                         double floorStep) {

    /**
     * w_t at iteration t with log L(w_t) there (the log keeps losses like e^-100000; double is
     * enough for plots and rate fits).
     *
     * @param t     the iteration count
     * @param time  the time the claims measure laws in: the iteration count itself, except for
     *              methods whose iterations are not their time (a log-time gradient flow, where
     *              iteration k is flow time e^(k ds), up to 1e300: beyond {@code long})
     */
    public record Sample(long t, Vec iterate, double logLoss, double time) {
        /** A sample whose time is its iteration count. */
        public Sample(long t, Vec iterate, double logLoss) {
            this(t, iterate, logLoss, t);
        }

        public double loss() {
            return Math.exp(logLoss);
        }
    }

    public Vec last() {
        return samples.get(samples.size() - 1).iterate();
    }

    public boolean diverged() {
        return "diverged".equals(stopped);
    }
}
