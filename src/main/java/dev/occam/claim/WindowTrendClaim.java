package dev.occam.claim;

import dev.occam.algorithm.IterationWatch;
import dev.occam.certify.Evidence;
import dev.occam.numeric.Tier;
import dev.occam.prediction.Prediction;
import dev.occam.problem.Objective;
import dev.occam.problem.Problem;
import dev.occam.result.ClaimResult;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

import java.util.Locale;

/**
 * A quantity (the loss by default) decreases (or increases) across windows of W iterations although
 * it need not be monotone inside them: the edge of stability's "non-monotone over short times,
 * decreasing over long ones". Watched at every iterate from {@code from} on ({@link
 * WindowTrendWatch}); the values at t = from + j W are compared, each pair against the sum of their
 * rounding slacks, and the in-window steps the wrong way are counted and reported.
 *
 * <ul>
 *   <li>FAILS ({@link Evidence#ESTIMATE}) at the first window end that moved the wrong way beyond
 *       the slack;
 *   <li>HOLDS ({@link Evidence#ESTIMATE}: the computed run, over its windows only) when every
 *       window end moved the right way beyond the slack;
 *   <li>INCONCLUSIVE with fewer than two window ends, or when a pair is within rounding.
 * </ul>
 *
 * For the loss, values are log L (the order is the same, and log L stays in range).
 */
public record WindowTrendClaim(String quantity, long window, boolean decreasing, long from)
        implements Claim {
    @Override
    public String kind() {
        return "window-trend";
    }

    @Override
    public IterationWatch watch(
            Problem problem, Objective objective, Prediction prediction, Tier tier) {
        Quantities.Quantity q = Quantities.watched(quantity, problem, objective, prediction, tier);
        return q == null ? null : new WindowTrendWatch(q, from, window, decreasing);
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        if (!(run.watches().get(this) instanceof WindowTrendWatch watch))
            return result(Verdict.INCONCLUSIVE, null, "no " + quantity + " for this run");
        String name = quantity.equals("loss") ? "log L" : quantity;
        if (watch.ends() < 2)
            return result(
                    Verdict.INCONCLUSIVE,
                    null,
                    "fewer than two window ends (W = " + window + ") from t = " + from);
        String inside =
                watch.wrongSteps() == 0
                        ? "no step inside the windows moved it the other way"
                        : String.format(
                                Locale.ROOT,
                                "%d steps inside the windows moved it the other way (largest %.3g, at t = %d)",
                                watch.wrongSteps(),
                                watch.largestWrongStep(),
                                watch.wrongStepT());
        int undecided = 0;
        for (int i = 1; i < watch.ends(); i++) {
            double a = watch.value(i - 1), b = watch.value(i);
            double slack = watch.slack(i - 1) + watch.slack(i);
            double move = decreasing ? a - b : b - a;
            if (move < -slack) {
                return result(
                                Verdict.FAILS,
                                "estimate: the computed run's window ends compared, rounding slack "
                                        + String.format(Locale.ROOT, "%.3g", slack),
                                String.format(
                                        Locale.ROOT,
                                        "%s went from %.12g at t = %d to %.12g at t = %d; %s",
                                        name,
                                        a,
                                        watch.end(i - 1),
                                        b,
                                        watch.end(i),
                                        inside))
                        .graded(Evidence.ESTIMATE);
            }
            if (!(move > slack)) undecided++; // NaN (an undefined end) is undecided too
        }
        if (undecided > 0)
            return result(
                    Verdict.INCONCLUSIVE,
                    null,
                    undecided
                            + " consecutive window ends differ by less than their rounding slack; "
                            + inside);
        return result(
                        Verdict.HOLDS,
                        "estimate: every pair of consecutive window ends of the computed run, beyond their rounding "
                                + "slack; nothing is said about windows after the run",
                        String.format(
                                Locale.ROOT,
                                "%s %s across all %d windows of %d iterations from t = %d (%.6g to %.6g); %s",
                                name,
                                decreasing ? "decreased" : "increased",
                                watch.ends() - 1,
                                window,
                                from,
                                watch.value(0),
                                watch.value(watch.ends() - 1),
                                inside))
                .graded(Evidence.ESTIMATE);
    }

    private ClaimResult result(Verdict v, String how, String message) {
        return ClaimResult.of(kind(), v, how, message);
    }
}
