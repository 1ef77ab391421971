package dev.occam.claim;

import dev.occam.certify.Sharpness;
import dev.occam.numeric.Interval;
import dev.occam.numeric.Vec;
import dev.occam.problem.Curvature;
import dev.occam.problem.FlowSolution;
import dev.occam.problem.Objective;
import dev.occam.problem.Problem;

import java.util.List;

/**
 * A quantity as an interval at an iterate, for the claims that compare it with a level ({@code
 * reaches}, {@code band}): sharpness (lambda_max of the loss Hessian, {@link Sharpness}) and
 * gfs-sharpness (the gradient-flow solution's, {@link FlowSolution}) are certified at the double
 * point; the loss L is its computed value widened by {@link Quantities}' rounding slack, an
 * estimate.
 */
@FunctionalInterface
interface Enclosed {
    List<String> NAMES = List.of("sharpness", "gfs-sharpness", "loss");

    /** The interval at w, or null where the quantity is undefined (a blown-up iterate). */
    Sharpness.Bound at(Vec w);

    /** Whether the ends are certified (else the interval is value +- rounding slack). */
    static boolean certified(String quantity) {
        return !quantity.equals("loss");
    }

    /** The quantity on this problem, or null when the problem does not offer it. */
    static Enclosed of(String quantity, Problem problem, Objective objective) {
        switch (quantity) {
            case "sharpness" -> {
                Curvature c = problem.curvature();
                if (c == null) return null;
                Memo memo = Memo.of(problem);
                return w -> w.isFinite() ? memo.at(w.toDoubleArray(), c) : null;
            }
            case "gfs-sharpness" -> {
                FlowSolution f = problem.flowSolution();
                if (f == null) return null;
                return w -> {
                    if (!w.isFinite()) return null;
                    Interval s = f.sharpness(w.toDoubleArray());
                    return s == null ? null : new Sharpness.Bound(s.lo(), s.hi(), true);
                };
            }
            case "loss" -> {
                if (objective == null) return null;
                Quantities.Slack slack =
                        Quantities.lossSlack(
                                problem, Quantities.rounding(problem, objective.tier().epsilon()));
                return w -> {
                    if (!w.isFinite()) return null;
                    double log = objective.logLoss(w).doubleValue();
                    double s = slack.at(w, 0, log);
                    return new Sharpness.Bound(Math.exp(log - s), Math.exp(log + s), true);
                };
            }
            default -> throw new IllegalArgumentException(quantity);
        }
    }

    /**
     * The last sharpness computed on a problem: two claims sampling the same run at the same
     * iterate (reaches and band) share one enclosure of the Hessian, the costly part.
     */
    final class Memo {
        private static final java.util.Map<Problem, Memo> MEMOS =
                java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
        private double[] point;
        private Sharpness.Bound bound;

        static Memo of(Problem problem) {
            return MEMOS.computeIfAbsent(problem, p -> new Memo());
        }

        synchronized Sharpness.Bound at(double[] w, Curvature c) {
            if (point == null || !java.util.Arrays.equals(point, w)) {
                bound = Sharpness.at(c, w);
                point = w;
            }
            return bound;
        }
    }
}
