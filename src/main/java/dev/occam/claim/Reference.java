package dev.occam.claim;

import dev.occam.algorithm.Trajectory;
import dev.occam.certify.PowerTrend;
import dev.occam.numeric.Vec;
import dev.occam.prediction.MaxMargin;
import dev.occam.run.PointRun;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * Another max-margin direction (l1's or linf's, when unique) that a run's direction is seen to
 * converge to: the gap 1 - cos to it decays as a consistent power of t ({@link
 * PowerTrend#decays()}, {@link dev.occam.certify.Evidence#TREND} evidence). Where a method's
 * direction goes instead of w_hat's (sign descent and Adam head for linf's) is how a direction or
 * margin claim fails.
 *
 * @param name how the prediction names it ("the linf max-margin direction")
 * @param direction the reference in the run's tier
 * @param trend the decay of the run's gap to it
 */
record Reference(String name, Vec direction, PowerTrend trend) {

    /**
     * The first reference the prediction names that the run approaches and that {@code relevant}
     * accepts, given the reference and the decay of the run's gap to it, or null.
     */
    static Reference approached(PointRun run, BiPredicate<Vec, PowerTrend> relevant) {
        if (run.prediction() == null || !run.prediction().available()) return null;
        for (var e : run.prediction().quantities().entrySet()) {
            if (!e.getKey().startsWith(MaxMargin.REFERENCE_DIRECTION)) continue;
            Vec ref = run.tier().of(e.getValue());
            List<Trajectory.Sample> samples = run.trajectory().samples();
            double[][] series = new double[2][samples.size()];
            for (int i = 0; i < samples.size(); i++) {
                series[0][i] = samples.get(i).time();
                series[1][i] = Math.log(Geometry.gap(samples.get(i).iterate(), ref));
            }
            PowerTrend trend =
                    PowerTrend.aboveFloor(series, Math.log(Quantities.floor("direction-gap", run)));
            if (trend != null && trend.decays() && relevant.test(ref, trend))
                return new Reference(
                        e.getKey().substring(MaxMargin.REFERENCE_DIRECTION.length()), ref, trend);
        }
        return null;
    }
}
