package dev.occam.check;

import dev.occam.algorithm.Trajectory;
import dev.occam.numeric.Vec;
import dev.occam.problem.Objective;
import java.util.List;

/**
 * The named scalar quantities of design §2 measured along a run: distance (to the prediction), loss,
 * norm, and for max-margin predictions direction-gap (1 - cos to w_hat), margin (min_n z_n.w / ||w||)
 * and offset-residual (||w_t - w_hat log t - w~||).
 */
final class Quantities {
    static final List<String> NAMES = List.of("distance", "loss", "norm", "direction-gap", "margin", "offset-residual");

    private Quantities() {
    }

    /** A named quantity as a function of an iterate and its time. */
    @FunctionalInterface
    interface Quantity {
        double at(Vec w, double time);
    }

    /**
     * The quantity in the run's tier, or null when unavailable (distance without prediction, the
     * max-margin quantities without a max-margin geometry). Loss is log L, which stays in range.
     */
    static Quantity of(String quantity, Objective objective, Vec predicted, Geometry g) {
        if (quantity.equals("distance") && predicted == null) return null;
        if (g == null && List.of("direction-gap", "margin", "offset-residual").contains(quantity)) return null;
        if (quantity.equals("offset-residual") && g.offset() == null) return null;
        return switch (quantity) {
            case "distance" -> (w, time) -> w.distance(predicted);
            case "loss" -> (w, time) -> objective.logLoss(w).doubleValue();
            case "norm" -> (w, time) -> Math.sqrt(w.dot(w).doubleValue());
            case "direction-gap" -> (w, time) -> g.directionGap(w);
            case "margin" -> (w, time) -> g.margin(w);
            case "offset-residual" -> g::offsetResidual;
            default -> throw new IllegalArgumentException(quantity);
        };
    }

    /**
     * {t[], q[]} over the recorded samples, t being each sample's {@link Trajectory.Sample#time()}
     * (the iteration count, or a log-time flow's flow time up to 1e300), or null when the quantity is unavailable.
     */
    static double[][] series(String quantity, PointRun run) {
        List<Trajectory.Sample> samples = run.trajectory().samples();
        // the loss comes from the samples, which recorded it; the objective is not needed then
        Quantity q = quantity.equals("loss") ? null : of(quantity, null, run.predicted(), Geometry.of(run));
        if (q == null && !quantity.equals("loss")) return null;
        double[][] out = new double[2][samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            Trajectory.Sample s = samples.get(i);
            out[0][i] = s.time();
            out[1][i] = q == null ? s.loss() : q.at(s.iterate(), s.time());
        }
        return out;
    }

    /** {t[], log q[]}: the log keeps losses below double's range (from the run's log L). */
    static double[][] logSeries(String quantity, PointRun run) {
        double[][] s = series(quantity, run);
        if (s == null) return null;
        List<Trajectory.Sample> samples = run.trajectory().samples();
        for (int i = 0; i < s[1].length; i++) {
            s[1][i] = quantity.equals("loss") ? samples.get(i).logLoss() : Math.log(s[1][i]);
        }
        return s;
    }

    /** Below this the quantity is rounding noise. */
    static double floor(String quantity, PointRun run) {
        // 1 - cos of unit vectors is resolved to the tier's epsilon, whatever the size of w
        if (quantity.equals("direction-gap")) return 100 * run.tier().epsilon();
        double f = 10 * run.precisionFloor();
        return quantity.equals("loss") ? f * f : f;
    }
}
