package dev.occam.check;

import dev.occam.algorithm.Algorithm;
import dev.occam.algorithm.IterationWatch;
import dev.occam.algorithm.Trajectory;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.prediction.Prediction;
import dev.occam.problem.Problem;
import java.util.Map;

/**
 * Everything known about one sweep point after its run: what claims are evaluated against.
 *
 * @param prediction  the prediction, or null when its preconditions failed
 * @param predicted   the prediction in the run's tier (null with the prediction)
 * @param extraError  error of the run itself that the tail bound does not see (ODE integration), 0 otherwise
 * @param proved      contraction factor known from theory, NaN when none
 * @param watches     what claims observed at every iterate during the run, by claim (may be empty)
 */
public record PointRun(Map<String, String> parameters, Problem problem, Algorithm algorithm, Value[] w0, Tier tier,
                       Trajectory trajectory, Prediction prediction, Vec predicted, TailBound tail, double extraError,
                       double proved, Map<Claim, IterationWatch> watches) {

    /** A run no claim watched. */
    public PointRun(Map<String, String> parameters, Problem problem, Algorithm algorithm, Value[] w0, Tier tier,
                    Trajectory trajectory, Prediction prediction, Vec predicted, TailBound tail, double extraError,
                    double proved) {
        this(parameters, problem, algorithm, w0, tier, trajectory, prediction, predicted, tail, extraError, proved, Map.of());
    }

    /** Null when the prediction is available, else "precondition not met: ..." for the claims to report. */
    public String unmetPrecondition() {
        if (prediction != null && prediction.available()) return null;
        return "precondition not met: " + (prediction == null ? "no prediction" : prediction.unmet());
    }

    /** Certified bound on ||w_T - w_inf||: tail plus extra error. */
    public double limitBound() {
        return tail.bound() + extraError;
    }

    public String limitMethod() {
        return tail.method() + (extraError > 0 ? String.format(java.util.Locale.ROOT,
                " + ODE global error %.2e estimated by re-integrating at 100x tighter tolerance", extraError) : "");
    }

    /** Smallest discrepancy the tier can certify, relative to the size of the iterate. */
    public double precisionFloor() {
        double scale = Math.max(1, Math.sqrt(trajectory.last().dot(trajectory.last()).doubleValue()));
        return Math.max(trajectory.floorStep(), 16 * tier.epsilon() * scale);
    }
}
