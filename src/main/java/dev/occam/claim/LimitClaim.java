package dev.occam.claim;

import dev.occam.certify.Evidence;
import dev.occam.certify.LinearDynamics;
import dev.occam.certify.Numbers;
import dev.occam.numeric.Value;
import dev.occam.prediction.Prediction;
import dev.occam.result.ClaimResult;
import dev.occam.result.Decimals;
import dev.occam.result.Figure;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * lim w_t equals the prediction.
 *
 * <ul>
 *   <li>When the exact fate of the method is known ({@link LinearDynamics}: constant-step GD, heavy
 *       ball, Nesterov on rational least squares), the limit is known exactly, or known not to
 *       exist: the verdict is {@link Evidence#EXACT}, and the run must agree with it where it
 *       decides.
 *   <li>Otherwise, with e = ||w_T - p|| (plus its rounding) and the bound b on ||w_T - w_inf||, the
 *       limit's distance to p lies in [e - b, e + b]: HOLDS when e + b <= tolerance, FAILS when e -
 *       b > tolerance, with the bound's evidence (b includes the prediction's certified radius when
 *       it is a floating-point prediction); INCONCLUSIVE in between, when nothing bounds the run's
 *       future, or when the tolerance is below what the tier can resolve.
 * </ul>
 */
public record LimitClaim(double tolerance, String toleranceText) implements Claim {
    private static final MathContext MC = new MathContext(60);

    @Override
    public String kind() {
        return "limit";
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        if (run.unmetPrecondition() != null) return inconclusive(run.unmetPrecondition());
        ClaimResult fromRun = fromRun(run);
        LinearDynamics.Decision fate = run.fate();
        if (fate == null) return fromRun;
        if (!fate.converges()) {
            return ClaimResult.of(
                            kind(), Verdict.FAILS, fate.reason(), "the iterates have no limit")
                    .withFigures(fromRun.measured(), predicted(run))
                    .withTolerance(toleranceText)
                    .graded(Evidence.EXACT);
        }
        double e = exactDistance(fate.limit(), run.prediction());
        double radius = run.predictionRadius();
        if (radius > 0) return certifiedAgainstExactLimit(run, fromRun, fate, e, radius);
        Verdict v = e <= tolerance ? Verdict.HOLDS : Verdict.FAILS;
        if (fromRun.decided() && fromRun.verdict() != v) {
            return ClaimResult.error(
                    kind(),
                    "internal inconsistency: the exact limit gives "
                            + v
                            + " (distance "
                            + Numbers.sci(e)
                            + ") but the run gives "
                            + fromRun.verdict()
                            + " ("
                            + fromRun.message()
                            + ")");
        }
        String corroboration =
                fromRun.decided()
                        ? "; the run agrees: " + fromRun.message()
                        : "; the run alone does not decide (" + fromRun.message() + ")";
        return ClaimResult.of(
                        kind(),
                        v,
                        fate.reason(),
                        "the exact limit is at distance "
                                + Numbers.sci(e)
                                + " from the prediction"
                                + (v == Verdict.FAILS ? " > tolerance " + toleranceText : "")
                                + corroboration)
                .withFigures(fromRun.measured(), predicted(run))
                .withError(e)
                .withBound(0.0)
                .withTolerance(toleranceText)
                .graded(Evidence.EXACT);
    }

    /**
     * The exact limit against a prediction known only to within a proved radius r (a certified
     * floating-point prediction): the limit's distance to the true predicted point is in [e - r, e
     * + r], so HOLDS when e + r <= tolerance, FAILS when e - r > tolerance, INCONCLUSIVE between;
     * graded {@link Evidence#PROVED_BOUND}, as the radius is.
     */
    private ClaimResult certifiedAgainstExactLimit(
            PointRun run,
            ClaimResult fromRun,
            LinearDynamics.Decision fate,
            double e,
            double radius) {
        Verdict v =
                e + radius <= tolerance
                        ? Verdict.HOLDS
                        : e - radius > tolerance ? Verdict.FAILS : Verdict.INCONCLUSIVE;
        String range =
                "the exact limit is at distance "
                        + Numbers.sci(e)
                        + " from the reported prediction, which is within "
                        + Numbers.sci(radius)
                        + " (its certified radius) of the predicted point";
        if (v == Verdict.INCONCLUSIVE) {
            return ClaimResult.of(
                            kind(),
                            v,
                            fate.reason(),
                            range + ": too close to tolerance " + toleranceText + " to decide")
                    .withFigures(fromRun.measured(), predicted(run))
                    .withError(e)
                    .withBound(radius)
                    .withTolerance(toleranceText);
        }
        if (fromRun.decided() && fromRun.verdict() != v) {
            return ClaimResult.error(
                    kind(),
                    "internal inconsistency: the exact limit gives "
                            + v
                            + " ("
                            + range
                            + ") but the run gives "
                            + fromRun.verdict()
                            + " ("
                            + fromRun.message()
                            + ")");
        }
        return ClaimResult.of(
                        kind(),
                        v,
                        fate.reason() + "; the prediction's certified radius",
                        range
                                + (v == Verdict.FAILS
                                        ? ", farther than tolerance " + toleranceText
                                        : ""))
                .withFigures(fromRun.measured(), predicted(run))
                .withError(e)
                .withBound(radius)
                .withTolerance(toleranceText)
                .graded(Evidence.PROVED_BOUND);
    }

    /** The verdict the run and its tail bound give. */
    private ClaimResult fromRun(PointRun run) {
        if (run.trajectory().blewUp()) {
            return inconclusive(
                    "the run blew up (floating-point overflow or growth beyond 1e150) after "
                            + run.trajectory().iterations()
                            + " iterations: no point to bound the limit from");
        }
        double e = run.trajectory().last().distance(run.predicted());
        double b =
                run.limitBound()
                        + run.distanceRounding(run.trajectory().last(), run.predicted())
                        + run.predictionRadius();
        List<String> measured = Decimals.of(run.trajectory().last(), run.tier().digits());
        String range =
                "distance of the limit to the prediction is in ["
                        + Numbers.sci(Math.max(0, e - b))
                        + ", "
                        + Numbers.sci(e + b)
                        + "]";
        if (tolerance < run.precisionFloor()) {
            return result(
                    run,
                    Verdict.INCONCLUSIVE,
                    measured,
                    e,
                    b,
                    "precision floor: tolerance "
                            + toleranceText
                            + " is below what this run can resolve ("
                            + Numbers.sci(run.precisionFloor())
                            + ": the rounding floor of "
                            + run.tier().name()
                            + ", or an integrator's tolerance); raise run.precision");
        }
        if (!Double.isFinite(run.limitBound())) {
            ClaimResult away = awayByMonotoneDistance(run, measured, e);
            if (away != null) return away;
            return result(
                    run,
                    Verdict.INCONCLUSIVE,
                    measured,
                    e,
                    b,
                    "no bound on the run's future: " + run.tail().premises());
        }
        if (e + b <= tolerance) return result(run, Verdict.HOLDS, measured, e, b, range);
        if (e - b > tolerance) {
            return result(
                    run,
                    Verdict.FAILS,
                    measured,
                    e,
                    b,
                    range
                            + ", gap at least "
                            + Numbers.sci(e - b)
                            + " > tolerance "
                            + toleranceText
                            + nearestReference(run, e, b));
        }
        return result(
                run,
                Verdict.INCONCLUSIVE,
                measured,
                e,
                b,
                range
                        + ": the bound is too wide to decide at tolerance "
                        + toleranceText
                        + " (budget)");
    }

    /**
     * FAILS without a bound on the run's future when the spec's own {@code monotone} claim saw the
     * distance to the prediction nondecreasing at every iterate from its {@code after} on, and it
     * already exceeds the tolerance beyond its rounding: then lim inf ||w_t - p|| >= ||w_T - p||,
     * whether or not the iterates converge (norms that diverge included). An {@link
     * Evidence#ESTIMATE}, as the monotonicity is: the iterates after the run are not seen.
     */
    private ClaimResult awayByMonotoneDistance(PointRun run, List<String> measured, double e) {
        double rounding = run.distanceRounding(run.trajectory().last(), run.predicted());
        if (e - rounding <= tolerance) return null;
        MonotonePremise m = MonotonePremise.of(run, "distance");
        if (m == null || !m.increasing()) return null;
        return ClaimResult.of(
                        kind(),
                        Verdict.FAILS,
                        "estimate: the distance to the prediction is nondecreasing at every iterate from t = "
                                + m.after()
                                + " to "
                                + run.trajectory().iterations()
                                + " (the monotone claim), so if it stays so no later iterate comes nearer",
                        "the distance to the prediction grows and is already "
                                + Numbers.sci(e)
                                + " > tolerance "
                                + toleranceText
                                + " at t = "
                                + run.trajectory().iterations()
                                + ": the limit, if any, is not the prediction")
                .withFigures(Figure.digits(measured), predicted(run))
                .withError(e)
                .withTolerance(toleranceText)
                .graded(Evidence.ESTIMATE);
    }

    @Override
    public boolean nearFloor(PointRun run, PointRun reference) {
        if (run.fate() != null
                || run.predicted() == null
                || run.trajectory().blewUp()
                || !Double.isFinite(run.limitBound())) return false;
        double e = run.trajectory().last().distance(run.predicted());
        return Math.abs(e - tolerance) <= run.limitBound() + 10 * run.precisionFloor();
    }

    /**
     * Where a failing limit is instead, when that is certain: a reference point (e.g. the l2
     * interpolant) within tolerance of the limit, or at least nearer than the prediction.
     */
    private String nearestReference(PointRun run, double e, double b) {
        String nearest = null;
        double best = Double.POSITIVE_INFINITY;
        for (var ref : run.prediction().references().entrySet()) {
            double d = run.trajectory().last().distance(run.tier().of(ref.getValue()));
            if (d < best) {
                best = d;
                nearest = ref.getKey();
            }
        }
        if (nearest == null) return "";
        if (best + b <= tolerance)
            return "; the limit is " + nearest + " (distance <= " + Numbers.sci(best + b) + ")";
        if (best + b < e - b)
            return "; the limit is nearer to "
                    + nearest
                    + " (distance <= "
                    + Numbers.sci(best + b)
                    + ")";
        return "";
    }

    /**
     * ||limit - p|| in 60-digit arithmetic from the exact limit and the prediction (exact when it
     * is rational, else 40+ digits).
     */
    private static double exactDistance(BigFraction[] limit, Prediction p) {
        BigDecimal s = BigDecimal.ZERO;
        for (int j = 0; j < limit.length; j++) {
            BigDecimal q = p.exact() != null ? Value.of(p.exact()[j], "").decimal() : p.value()[j];
            BigDecimal d = Value.of(limit[j], "").decimal().subtract(q, MC);
            s = s.add(d.multiply(d, MC), MC);
        }
        return Math.sqrt(s.doubleValue());
    }

    private ClaimResult result(
            PointRun run, Verdict v, List<String> measured, double e, double b, String message) {
        return ClaimResult.of(kind(), v, run.tail().premises(), message)
                .withFigures(Figure.digits(measured), predicted(run))
                .withError(e)
                .withBound(b)
                .withTolerance(toleranceText)
                .graded(
                        v == Verdict.INCONCLUSIVE
                                ? Evidence.NONE
                                : run.predictionRadius() > 0
                                        ? run.tail().evidence().and(Evidence.PROVED_BOUND)
                                        : run.tail().evidence());
    }

    /** The prediction to {@link Decimals#PREDICTION_DIGITS}, or null when there is none. */
    private static Figure predicted(PointRun run) {
        return Figure.digits(
                Decimals.prediction(run.prediction() == null ? null : run.prediction().value()));
    }

    private ClaimResult inconclusive(String why) {
        return ClaimResult.of(kind(), Verdict.INCONCLUSIVE, null, why).withTolerance(toleranceText);
    }
}
