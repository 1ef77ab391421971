package dev.occam.plan;

import dev.occam.algorithm.Algorithm;
import dev.occam.claim.Claim;
import dev.occam.numeric.Value;
import dev.occam.prediction.Predictor;
import dev.occam.problem.Problem;
import dev.occam.spec.SweepPoint;

import java.util.List;

/**
 * One sweep point, fully built: what runs, from where, what it is compared with, and what is
 * claimed.
 */
public record PointPlan(
        SweepPoint point,
        Problem problem,
        Algorithm algorithm,
        Value[] init,
        Predictor predictor,
        List<Claim> claims) {
    public PointPlan {
        claims = List.copyOf(claims);
    }

    /**
     * The same point with another algorithm from the same start (a student's plug-in in place of
     * the spec's).
     */
    public PointPlan withAlgorithm(Algorithm replacement) {
        return new PointPlan(point, problem, replacement, init, predictor, claims);
    }
}
