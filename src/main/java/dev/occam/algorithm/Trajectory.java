package dev.occam.algorithm;

import dev.occam.numeric.Vec;

import java.util.List;
import java.util.Map;

/**
 * What a run leaves behind: iterates at log-spaced times, every step length ||w_{t+1} - w_t|| (for
 * tail bounds), the last two iterates and the method's final state (for certificates), and why it
 * stopped.
 *
 * @param samples log-spaced snapshots, the last one is the final iterate
 * @param stepNorms stepNorms[t] = ||w_{t+1} - w_t||_2, t < iterations
 * @param stopped why the run ended: {@link #BUDGET} (max-iterations), {@link #TIME_LIMIT} (the
 *     wall-clock limit: depends on the machine's load), {@link #FLOOR} (the steps sank under the
 *     tier's rounding floor: the tier cannot resolve further motion, which is not evidence of
 *     convergence), {@link #END} (a flow reached its end time), {@link #BLOW_UP} (a non-finite or
 *     huge iterate: floating-point blow-up, which is not divergence until confirmed)
 * @param floorStep step length at or below which steps are rounding noise in this tier
 * @param previous w_{T-1} (w_0 when no step was taken): the velocity of momentum methods
 * @param state the method's state after the run that certificates need, by name (e.g. AdaGrad's
 *     "sum-squares"); empty for most methods
 */
public record Trajectory(
        List<Sample> samples,
        double[] stepNorms,
        long iterations,
        String stopped,
        double seconds,
        double floorStep,
        Vec previous,
        Map<String, Vec> state) {
    public static final String BUDGET = "budget";
    public static final String TIME_LIMIT = "time-limit";
    public static final String FLOOR = "floor";
    public static final String END = "end";
    public static final String BLOW_UP = "blow-up";

    /** A trajectory without method state whose previous iterate is unknown (tests, plug-ins). */
    public Trajectory(
            List<Sample> samples,
            double[] stepNorms,
            long iterations,
            String stopped,
            double seconds,
            double floorStep) {
        this(
                samples,
                stepNorms,
                iterations,
                stopped,
                seconds,
                floorStep,
                samples.get(samples.size() - 1).iterate(),
                Map.of());
    }

    /**
     * w_t at iteration t with log L(w_t) there (the log keeps losses like e^-100000; double is
     * enough for plots and rate fits).
     *
     * @param t the iteration count
     * @param time the time the claims measure laws in: the iteration count itself, except for
     *     methods whose iterations are not their time (a log-time gradient flow, where iteration k
     *     is flow time e^(k ds), up to 1e300: beyond {@code long})
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

    /**
     * Whether the run produced a non-finite or huge iterate (floating-point blow-up, not yet
     * divergence).
     */
    public boolean blewUp() {
        return BLOW_UP.equals(stopped);
    }

    /**
     * Whether the wall-clock limit ended the run: where it stopped depends on the machine's load.
     */
    public boolean timeLimited() {
        return TIME_LIMIT.equals(stopped);
    }
}
