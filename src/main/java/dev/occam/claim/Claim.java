package dev.occam.claim;

import dev.occam.algorithm.IterationWatch;
import dev.occam.numeric.Tier;
import dev.occam.prediction.Prediction;
import dev.occam.problem.Objective;
import dev.occam.problem.Problem;
import dev.occam.result.ClaimResult;
import dev.occam.result.Series;
import dev.occam.run.PointRun;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** One checkable statement of a spec (docs/spec-format.md, claims[].kind). */
public interface Claim {
    String kind();

    /** The named quantity the claim is about (rate, value, monotone), else null. */
    default String quantity() {
        return null;
    }

    /**
     * @param reference the first sweep point's run, for claims that compare points (else unused)
     */
    ClaimResult evaluate(PointRun run, PointRun reference);

    /**
     * For claims across sweep points (a trend in the swept parameter): the same, seeing every
     * point's run in sweep order (null where a point could not run). Others ignore the sweep.
     */
    default ClaimResult evaluate(PointRun run, PointRun reference, List<PointRun> sweep) {
        return evaluate(run, reference);
    }

    /**
     * Whether this claim's decision at this run lies within ten times the run's rounding floor, so
     * that the checker confirms it one tier higher. Claims whose figures are not limited by the
     * tier's rounding say false.
     */
    default boolean nearFloor(PointRun run, PointRun reference) {
        return false;
    }

    /**
     * What the claim observes at every iterate of a run in this tier (it finds it again in {@link
     * PointRun#watches()} under itself), or null: most claims read the log-spaced samples.
     *
     * @param prediction the prediction, or null when it is unavailable
     */
    default IterationWatch watch(
            Problem problem, Objective objective, Prediction prediction, Tier tier) {
        return null;
    }

    /**
     * A curve the claim adds to the run's plots (a fitted law against the measured quantity), or
     * null.
     */
    default Series curve(PointRun run) {
        return null;
    }

    /**
     * Every curve the claim adds to the run's plots: {@link #curve}, or several (a sampled quantity
     * with its interval and its levels).
     */
    default List<Series> curves(PointRun run) {
        Series c = curve(run);
        return c == null ? List.of() : List.of(c);
    }

    /**
     * Curves across the sweep for the spec's report (each point's number against the swept value,
     * and a fitted law), from every point's run; empty for claims about one point.
     */
    default List<Series> sweepCurves(List<PointRun> sweep) {
        return List.of();
    }

    /**
     * The claim's own formulas as math for reports (a rate law), by name, each rendered by Symja
     * only when asked.
     */
    default Map<String, Supplier<Map<String, String>>> renderings() {
        return Map.of();
    }
}
