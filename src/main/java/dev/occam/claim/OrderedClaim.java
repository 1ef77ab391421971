package dev.occam.claim;

import dev.occam.algorithm.IterationWatch;
import dev.occam.certify.Evidence;
import dev.occam.certify.Numbers;
import dev.occam.numeric.Tier;
import dev.occam.prediction.Prediction;
import dev.occam.problem.Objective;
import dev.occam.problem.Problem;
import dev.occam.result.ClaimResult;
import dev.occam.result.Legend;
import dev.occam.result.Role;
import dev.occam.result.Series;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

import java.util.List;

/**
 * A quantity is strictly monotone along the sweep in a swept parameter, e.g. the effective rank of
 * the end-to-end matrix decreasing with depth: one number per point (the value at the last iterate,
 * or the max over the run), the points sorted by the parameter, each consecutive pair compared with
 * the rounding slack of both values. Decided the same at every point, as an {@link
 * Evidence#ESTIMATE} (each number is the run's, not its limit's): FAILS at a pair ordered the wrong
 * way beyond the slack, INCONCLUSIVE at a pair within it, HOLDS otherwise.
 */
public record OrderedClaim(String quantity, String statistic, String over, boolean increasing)
        implements Claim {
    @Override
    public String kind() {
        return "ordered";
    }

    @Override
    public IterationWatch watch(
            Problem problem, Objective objective, Prediction prediction, Tier tier) {
        return TrendClaim.statisticWatch(quantity, statistic, problem, objective, prediction, tier);
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        return ClaimResult.of(
                kind(),
                Verdict.INCONCLUSIVE,
                null,
                "an order is decided across the sweep's points");
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference, List<PointRun> sweep) {
        SweepSeries s = SweepSeries.of(this, quantity, over, statistic, sweep);
        String direction = increasing ? "increasing" : "decreasing";
        if (!s.missing().isEmpty() || s.size() < 2)
            return ClaimResult.of(
                    kind(),
                    Verdict.INCONCLUSIVE,
                    null,
                    "needs the quantity at every point, at least two: missing " + s.missing());
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < s.size(); i++)
            seen.append(i == 0 ? "" : ", ")
                    .append(over)
                    .append(" = ")
                    .append(Numbers.sci(s.x()[i]))
                    .append(": ")
                    .append(Numbers.sci(s.q()[i]));
        String values = quantity + " (" + statistic + ") " + seen;
        for (int i = 0; i + 1 < s.size(); i++) {
            double step = increasing ? s.q()[i + 1] - s.q()[i] : s.q()[i] - s.q()[i + 1];
            double slack = s.slack()[i] + s.slack()[i + 1];
            String pair =
                    " between "
                            + over
                            + " = "
                            + Numbers.sci(s.x()[i])
                            + " and "
                            + Numbers.sci(s.x()[i + 1]);
            if (step < -slack) return decided(Verdict.FAILS, values + ": not " + direction + pair);
            if (step <= slack)
                return ClaimResult.of(
                        kind(),
                        Verdict.INCONCLUSIVE,
                        null,
                        values
                                + ": cannot resolve the order"
                                + pair
                                + " (within rounding slack "
                                + Numbers.sci(slack)
                                + ")");
        }
        return decided(
                Verdict.HOLDS,
                values + ": strictly " + direction + " in " + over + s.unsettledNote());
    }

    /** Each point's value against the swept value. */
    @Override
    public List<Series> sweepCurves(List<PointRun> sweep) {
        SweepSeries s = SweepSeries.of(this, quantity, over, statistic, sweep);
        if (s.size() < 2) return List.of();
        return List.of(
                new Series(
                        new Role(Role.Panel.of(quantity), Role.Style.MEASURED, over),
                        Legend.ROLE,
                        s.x(),
                        s.q()));
    }

    private ClaimResult decided(Verdict v, String message) {
        return ClaimResult.of(
                        kind(),
                        v,
                        "estimate: each point's value at its run's end, compared beyond rounding; the limits are not seen",
                        message)
                .graded(Evidence.ESTIMATE);
    }
}
