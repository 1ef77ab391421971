package dev.occam.claim;

import dev.occam.certify.Evidence;
import dev.occam.certify.LinearDynamics;
import dev.occam.certify.Numbers;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.result.ClaimResult;
import dev.occam.result.Decimals;
import dev.occam.result.Figure.Digits;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The limit does not depend on the sweep point: each point's limit is compared with the first
 * point's. With both exact limits known ({@link LinearDynamics}) the comparison is exact. Else,
 * with both bounds on ||w_T - w_inf||, HOLDS when distance + bounds <= tolerance, FAILS when
 * distance - bounds > tolerance, with the weaker of the two bounds' evidence. A point without a
 * limit makes the comparison INCONCLUSIVE.
 */
public record StepSizeInvariantClaim(double tolerance, String toleranceText) implements Claim {
    @Override
    public String kind() {
        return "step-size-invariant";
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        if (reference == null)
            return inconclusive(
                    "the first sweep point, whose limit the others are compared with, could not be run");
        if (run == reference) {
            return ClaimResult.of(
                            kind(),
                            Verdict.HOLDS,
                            "identity",
                            "reference point: the other points' limits are compared with this one")
                    .withError(0.0)
                    .withBound(0.0)
                    .withTolerance(toleranceText)
                    .graded(Evidence.EXACT);
        }
        String where =
                "the limit at "
                        + (reference.parameters().isEmpty()
                                ? "the first point"
                                : reference.parameters());
        LinearDynamics.Decision a = run.fate(), b = reference.fate();
        if (a != null && b != null) {
            if (!a.converges() || !b.converges()) {
                return inconclusive(
                        "a point has no limit in exact arithmetic: "
                                + (a.converges() ? b : a).reason());
            }
            double e = distance(a.limit(), b.limit());
            Verdict v = e <= tolerance ? Verdict.HOLDS : Verdict.FAILS;
            return ClaimResult.of(
                            kind(),
                            v,
                            a.reason() + "; and at the reference, " + b.reason(),
                            "the exact limits are "
                                    + Numbers.sci(e)
                                    + " apart"
                                    + (v == Verdict.FAILS
                                            ? ": the limit depends on "
                                                    + String.join(", ", run.parameters().keySet())
                                            : ""))
                    .withError(e)
                    .withBound(0.0)
                    .withTolerance(toleranceText)
                    .graded(Evidence.EXACT);
        }
        if (run.trajectory().blewUp() || reference.trajectory().blewUp())
            return inconclusive("a run blew up");
        Vec[] last = lastIterates(run, reference);
        double e = last[0].distance(last[1]);
        double bound =
                run.limitBound()
                        + reference.limitBound()
                        + Math.max(
                                run.distanceRounding(last[0], last[1]),
                                reference.distanceRounding(last[0], last[1]));
        Evidence evidence = run.tail().evidence().and(reference.tail().evidence());
        Verdict v =
                !Double.isFinite(bound) || tolerance < run.precisionFloor()
                        ? Verdict.INCONCLUSIVE
                        : e + bound <= tolerance
                                ? Verdict.HOLDS
                                : e - bound > tolerance ? Verdict.FAILS : Verdict.INCONCLUSIVE;
        String msg =
                "distance to "
                        + where
                        + " is in ["
                        + Numbers.sci(Math.max(0, e - bound))
                        + ", "
                        + Numbers.sci(e + bound)
                        + "]";
        if (v == Verdict.FAILS)
            msg += ": the limit depends on " + String.join(", ", run.parameters().keySet());
        if (!Double.isFinite(bound))
            msg +=
                    ": no bound on "
                            + (Double.isFinite(run.limitBound()) ? "the reference's" : "this run's")
                            + " future ("
                            + (Double.isFinite(run.limitBound()) ? reference : run)
                                    .tail()
                                    .premises()
                            + ")";
        return ClaimResult.of(
                        kind(),
                        v,
                        "the sum of both points' bounds on ||w_T - w_inf|| ("
                                + run.tail().evidence().word()
                                + " here, "
                                + reference.tail().evidence().word()
                                + " at the reference; their premises are the ones their limits rest on: "
                                + shortened(run.tail().premises())
                                + ")",
                        msg)
                .withFigures(
                        new Digits(Decimals.of(run.trajectory().last(), run.tier().digits())),
                        new Digits(
                                Decimals.of(
                                        reference.trajectory().last(), reference.tier().digits())))
                .withError(e)
                .withBound(bound)
                .withTolerance(toleranceText)
                .graded(v == Verdict.INCONCLUSIVE ? Evidence.NONE : evidence);
    }

    @Override
    public boolean nearFloor(PointRun run, PointRun reference) {
        if (reference == null || run == reference || run.fate() != null && reference.fate() != null)
            return false;
        if (run.trajectory().blewUp() || reference.trajectory().blewUp()) return false;
        double bound = run.limitBound() + reference.limitBound();
        if (!Double.isFinite(bound)) return false;
        Vec[] last = lastIterates(run, reference);
        double e = last[0].distance(last[1]);
        return Math.abs(e - tolerance)
                <= bound + 10 * Math.max(run.precisionFloor(), reference.precisionFloor());
    }

    /**
     * Both points' last iterates in the finer of their tiers: a point re-run wider after a
     * floating-point overflow is compared with points that stayed in double, and a double converts
     * exactly.
     */
    private static Vec[] lastIterates(PointRun run, PointRun reference) {
        Vec a = run.trajectory().last(), b = reference.trajectory().last();
        if (a.tier().digits() == b.tier().digits()) return new Vec[] {a, b};
        Tier finer = a.tier().digits() > b.tier().digits() ? a.tier() : b.tier();
        return new Vec[] {finer.of(a.decimals()), finer.of(b.decimals())};
    }

    /** The first clause of a bound's premises: which argument it is, without its figures. */
    private static String shortened(String premises) {
        int cut = premises.indexOf(';');
        return cut < 0 ? premises : premises.substring(0, cut) + "; ...";
    }

    private static double distance(BigFraction[] a, BigFraction[] b) {
        MathContext mc = new MathContext(60);
        BigDecimal s = BigDecimal.ZERO;
        for (int j = 0; j < a.length; j++) {
            BigDecimal d = Value.of(a[j].subtract(b[j]), "").decimal();
            s = s.add(d.multiply(d, mc), mc);
        }
        return Math.sqrt(s.doubleValue());
    }

    private ClaimResult inconclusive(String why) {
        return ClaimResult.of(kind(), Verdict.INCONCLUSIVE, null, why).withTolerance(toleranceText);
    }
}
