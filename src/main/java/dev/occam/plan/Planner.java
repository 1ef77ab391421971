package dev.occam.plan;

import dev.occam.claim.Claim;
import dev.occam.plan.kind.ConfiguredAlgorithm;
import dev.occam.plan.kind.Kinds;
import dev.occam.plan.kind.PointContext;
import dev.occam.prediction.Predictor;
import dev.occam.problem.Problem;
import dev.occam.spec.Spec;
import dev.occam.spec.SweepPoint;

import java.util.ArrayList;
import java.util.List;

/** Spec to plan: each section's kind is looked up in {@link Kinds} and built by its builder. */
public final class Planner {
    private Planner() {}

    /**
     * Builds every sweep point. Invalid kind-level input (unknown kind, wrong dimension, bad
     * formula, a potential that is not convex) throws {@link dev.occam.spec.SpecError} at its key.
     */
    public static SpecPlan plan(Spec spec) {
        List<PointPlan> points = new ArrayList<>();
        PointContext shared = new PointContext(spec);
        for (SweepPoint point : spec.points()) {
            Problem problem = Kinds.PROBLEMS.build(point.problem(), shared);
            PointContext context = shared.with(problem);
            ConfiguredAlgorithm algorithm = Kinds.ALGORITHMS.build(point.algorithm(), context);
            Predictor predictor =
                    Kinds.PREDICTIONS.build(point.prediction(), context.with(algorithm));
            List<Claim> claims = new ArrayList<>();
            // claims see the algorithm: a level may be a formula in its step eta
            for (var c : point.claims()) claims.add(Kinds.CLAIMS.build(c, context.with(algorithm)));
            points.add(
                    new PointPlan(
                            point,
                            problem,
                            algorithm.algorithm(),
                            algorithm.init(),
                            predictor,
                            claims));
        }
        return new SpecPlan(spec, points);
    }
}
