package dev.occam.claim;

import dev.occam.algorithm.IterationWatch;
import dev.occam.certify.Evidence;
import dev.occam.certify.Numbers;
import dev.occam.numeric.Tier;
import dev.occam.prediction.Prediction;
import dev.occam.problem.Objective;
import dev.occam.problem.Problem;
import dev.occam.result.ClaimResult;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

/**
 * A quantity keeps its sign (det W > 0 along a factorized run) or is conserved (balancedness stays
 * within a tolerance of its start), checked at EVERY iterate by an {@link InvariantWatch}:
 *
 * <ul>
 *   <li>FAILS at the first iterate whose value is on the wrong side beyond its rounding slack (or
 *       drifted beyond tolerance plus slack), {@link Evidence#ESTIMATE}: the computed iterate is
 *       taken to follow the exact one within the slack;
 *   <li>INCONCLUSIVE when a conserved quantity's drift plus its rounding slack exceeds the
 *       tolerance without the drift itself exceeding it beyond the slack;
 *   <li>INCONCLUSIVE when some iterate's sign lies within its rounding slack (the tier cannot
 *       resolve it: run in higher precision), even if a clear sign change follows, since the
 *       computed run may have left the exact one there; or when no iterate showed the quantity;
 *   <li>HOLDS over all iterates of the run, {@link Evidence#ESTIMATE}: nothing proves the iterates
 *       after the last one keep it.
 * </ul>
 */
public record InvariantClaim(String quantity, InvariantWatch.Rule rule, double tolerance)
        implements Claim {

    /** Keeps a sign: "positive", "negative" or "nonzero". */
    public static InvariantClaim sign(String quantity, String sign) {
        return new InvariantClaim(
                quantity, InvariantWatch.Rule.valueOf(sign.toUpperCase(java.util.Locale.ROOT)), 0);
    }

    /** Stays within {@code tolerance} of its value at t = 0. */
    public static InvariantClaim conserved(String quantity, double tolerance) {
        return new InvariantClaim(quantity, InvariantWatch.Rule.CONSERVED, tolerance);
    }

    @Override
    public String kind() {
        return "invariant";
    }

    @Override
    public IterationWatch watch(
            Problem problem, Objective objective, Prediction prediction, Tier tier) {
        Quantities.Quantity q = Quantities.watched(quantity, problem, objective, prediction, tier);
        return q == null ? null : new InvariantWatch(q, rule, tolerance);
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        if (!(run.watches().get(this) instanceof InvariantWatch watch) || watch.observed() == 0)
            return result(
                    Verdict.INCONCLUSIVE,
                    null,
                    quantity + " is not available on this run (no iterate showed it)");
        String what = describe();
        // after an iterate whose sign rounding could not resolve, the computed trajectory may have
        // left the exact one by more than any later iterate's own rounding slack (a zero mode the
        // rounding excited): a later sign change is no evidence
        if (watch.violationT() >= 0
                && (watch.unresolvedT() < 0 || watch.violationT() < watch.unresolvedT())) {
            String detail =
                    rule == InvariantWatch.Rule.CONSERVED
                            ? "drifted from its start by more than "
                                    + Numbers.sci(tolerance)
                                    + ": "
                                    + Numbers.sci(watch.violation())
                            : "is " + Numbers.sci(watch.violation());
            return result(
                            Verdict.FAILS,
                            "estimate: every iterate checked; the violation exceeds the rounding slack "
                                    + Numbers.sci(watch.violationSlack())
                                    + " at the computed iterate",
                            quantity
                                    + " "
                                    + detail
                                    + " at t = "
                                    + watch.violationT()
                                    + ": it is not "
                                    + what)
                    .withError(watch.violation());
        }
        if (watch.unresolvedT() >= 0)
            return result(
                    Verdict.INCONCLUSIVE,
                    null,
                    "cannot resolve: "
                            + quantity
                            + " = "
                            + Numbers.sci(watch.unresolved())
                            + " at t = "
                            + watch.unresolvedT()
                            + " lies within its rounding slack "
                            + Numbers.sci(watch.unresolvedSlack())
                            + " in "
                            + run.tier().name()
                            + "; run in higher precision"
                            + (watch.violationT() >= 0
                                    ? " (the sign change seen later, at t = "
                                            + watch.violationT()
                                            + ", may be rounding's)"
                                    : ""));
        if (rule == InvariantWatch.Rule.CONSERVED && watch.worstUpper() > tolerance)
            return result(
                    Verdict.INCONCLUSIVE,
                    null,
                    "cannot resolve: the largest drift "
                            + Numbers.sci(watch.worst())
                            + " (t = "
                            + watch.worstT()
                            + ") plus its rounding slack exceeds the tolerance "
                            + Numbers.sci(tolerance)
                            + " in "
                            + run.tier().name()
                            + "; run in higher precision");
        String seen =
                rule == InvariantWatch.Rule.CONSERVED
                        ? "largest drift "
                                + Numbers.sci(watch.worst())
                                + " (t = "
                                + watch.worstT()
                                + ")"
                        : "smallest |"
                                + quantity
                                + "| "
                                + Numbers.sci(watch.worst())
                                + " (t = "
                                + watch.worstT()
                                + ")";
        return result(
                        Verdict.HOLDS,
                        "estimate: every iterate of the run checked against its rounding slack; nothing proves the "
                                + "iterates after t = "
                                + run.trajectory().iterations()
                                + " keep it",
                        quantity
                                + " is "
                                + what
                                + " at all "
                                + watch.observed()
                                + " iterates; "
                                + seen)
                .withError(watch.worst());
    }

    private String describe() {
        return switch (rule) {
            case POSITIVE -> "positive";
            case NEGATIVE -> "negative";
            case NONZERO -> "nonzero";
            case CONSERVED -> "conserved within " + Numbers.sci(tolerance);
        };
    }

    private ClaimResult result(Verdict v, String certifiedBy, String message) {
        ClaimResult r = ClaimResult.of(kind(), v, certifiedBy, message);
        if (rule == InvariantWatch.Rule.CONSERVED) r = r.withTolerance(Numbers.sci(tolerance));
        return v == Verdict.INCONCLUSIVE ? r : r.graded(Evidence.ESTIMATE);
    }
}
