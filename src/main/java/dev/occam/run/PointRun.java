package dev.occam.run;

import dev.occam.algorithm.Algorithm;
import dev.occam.algorithm.IterationWatch;
import dev.occam.algorithm.Trajectory;
import dev.occam.certify.LeastSquaresFacts;
import dev.occam.certify.LinearDynamics;
import dev.occam.certify.TailBound;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.prediction.Prediction;
import dev.occam.problem.Problem;

import java.util.Map;

/**
 * Everything known about one sweep point after its run: what claims are evaluated against.
 *
 * @param prediction the prediction, or null when its preconditions failed
 * @param predicted the prediction in the run's tier (null with the prediction)
 * @param tail the bound on ||w_T - w_inf|| with its evidence, the integrator's error included
 * @param extraError error of the run itself that the tail bound does not see (ODE integration), 0
 *     otherwise
 * @param proved contraction factor known from theory (for rate claims), NaN when none
 * @param watches what claims observed at every iterate during the run, keyed by the claim that
 *     asked (may be empty)
 * @param facts what is proved about a least-squares problem, null for other problems
 * @param fate the exact fate of a linear method on least squares, null when not decided exactly
 * @param note what happened to the run that every claim should mention (a re-run after a blow-up),
 *     or null
 */
public record PointRun(
        Map<String, String> parameters,
        Problem problem,
        Algorithm algorithm,
        Value[] w0,
        Tier tier,
        Trajectory trajectory,
        Prediction prediction,
        Vec predicted,
        TailBound tail,
        double extraError,
        double proved,
        Map<Object, IterationWatch> watches,
        LeastSquaresFacts facts,
        LinearDynamics.Decision fate,
        String note) {

    /** A run no claim watched, with no least-squares facts (tests). */
    public PointRun(
            Map<String, String> parameters,
            Problem problem,
            Algorithm algorithm,
            Value[] w0,
            Tier tier,
            Trajectory trajectory,
            Prediction prediction,
            Vec predicted,
            TailBound tail,
            double extraError,
            double proved) {
        this(
                parameters,
                problem,
                algorithm,
                w0,
                tier,
                trajectory,
                prediction,
                predicted,
                tail,
                extraError,
                proved,
                Map.of(),
                null,
                null,
                null);
    }

    /**
     * Null when the prediction is available, else "precondition not met: ..." for the claims to
     * report.
     */
    public String unmetPrecondition() {
        if (prediction != null && prediction.available()) return null;
        if (prediction != null && prediction.unmet() == null)
            return "the prediction (" + prediction.kind() + ") names no point to compare with";
        return "precondition not met: "
                + (prediction == null ? "no prediction" : prediction.unmet());
    }

    /** The bound on ||w_T - w_inf|| (infinite when none). */
    public double limitBound() {
        return tail.bound();
    }

    /**
     * A proved bound on the distance from the reported prediction to the point it stands for: the
     * prediction's {@code radius} quantity (certified floating-point predictions, e.g. the l2
     * interpolant of large rational least squares or the nuclear-norm minimizer), 0 when the
     * prediction is exact or names none. Claims comparing a run with the prediction add it to their
     * bounds.
     */
    public double predictionRadius() {
        if (prediction == null || prediction.exact() != null) return 0;
        java.math.BigDecimal[] r = prediction.quantities().get("radius");
        return r == null || r.length == 0 ? 0 : Math.nextUp(r[0].doubleValue());
    }

    /** Smallest discrepancy the tier can resolve, relative to the size of the iterate. */
    public double precisionFloor() {
        double scale =
                Math.max(1, Math.sqrt(trajectory.last().dot(trajectory.last()).doubleValue()));
        return Math.max(trajectory.floorStep(), 16 * tier.epsilon() * scale);
    }

    /**
     * A bound on the rounding of ||a - b|| computed in the run's tier from two of its vectors: each
     * entry's difference and square are rounded, about d eps (||a|| + ||b||).
     */
    public double distanceRounding(Vec a, Vec b) {
        double na = Math.sqrt(a.dot(a).doubleValue()), nb = Math.sqrt(b.dot(b).doubleValue());
        return 4 * (a.size() + 2) * tier.epsilon() * (na + nb);
    }
}
