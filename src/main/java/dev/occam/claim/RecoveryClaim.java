package dev.occam.claim;

import dev.occam.certify.Evidence;
import dev.occam.prediction.NuclearNorm;
import dev.occam.prediction.Prediction;
import dev.occam.result.ClaimResult;
import dev.occam.result.Figure;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The theorem's solution is the ground truth: every minimizer of the prediction's program lies
 * within {@code tolerance} of the ground truth M the prediction names (Candès and Recht's exact
 * recovery, per instance). A statement about the program, not about a run: it is decided from the
 * interval [lo, hi] for ||W* - M||_F that the prediction certifies ({@link
 * NuclearNorm#GROUND_TRUTH_LOWER}, {@link NuclearNorm#GROUND_TRUTH_UPPER}), with {@link
 * Evidence#PROVED_BOUND} evidence: HOLDS when hi <= tolerance, FAILS when lo > tolerance.
 *
 * <p>It does not require the prediction to be certified: a prediction whose dual certificate fails
 * still carries a feasible point with a proved bound on its nuclear norm, and when that is smaller
 * than M's, M is no minimizer (the FAILS of a counterexample rests on that primal certificate).
 */
public record RecoveryClaim(BigDecimal tolerance, String toleranceText) implements Claim {
    @Override
    public String kind() {
        return "recovery";
    }

    @Override
    public ClaimResult evaluate(PointRun run, PointRun reference) {
        Prediction p = run.prediction();
        if (p == null) return inconclusive("no prediction");
        BigDecimal[] lo = p.quantities().get(NuclearNorm.GROUND_TRUTH_LOWER);
        BigDecimal[] hi = p.quantities().get(NuclearNorm.GROUND_TRUTH_UPPER);
        if (lo == null) {
            return inconclusive(
                    p.unmet() != null
                            ? "precondition not met: " + p.unmet()
                            : "the prediction "
                                    + p.kind()
                                    + " certifies no distance to a ground truth (give prediction.ground-truth)");
        }
        String how = p.certificate().get(NuclearNorm.GROUND_TRUTH);
        BigDecimal[] radius = p.quantities().get("radius");
        if (hi != null && hi[0].compareTo(tolerance) <= 0) {
            return result(
                    Verdict.HOLDS,
                    p,
                    hi[0],
                    radius,
                    how,
                    "every minimizer is within "
                            + hi[0].toString()
                            + " of the ground truth (tolerance "
                            + toleranceText
                            + ")");
        }
        if (lo[0].compareTo(tolerance) > 0) {
            return result(
                    Verdict.FAILS,
                    p,
                    lo[0],
                    radius,
                    how,
                    "every minimizer is at least "
                            + lo[0].toString()
                            + " from the ground truth, more than the tolerance "
                            + toleranceText
                            + (p.unmet() == null
                                    ? ""
                                    : " (the minimizer itself is not certified: "
                                            + p.unmet()
                                            + ")"));
        }
        return result(
                        Verdict.INCONCLUSIVE,
                        p,
                        null,
                        radius,
                        how,
                        "the distance of the minimizers to the ground truth is in ["
                                + lo[0]
                                + ", "
                                + (hi == null ? "unknown" : hi[0].toString())
                                + "], which does not decide at tolerance "
                                + toleranceText
                                + (p.unmet() == null ? "" : " (" + p.unmet() + ")"))
                .graded(Evidence.NONE);
    }

    private ClaimResult result(
            Verdict v,
            Prediction p,
            BigDecimal error,
            BigDecimal[] radius,
            String how,
            String message) {
        BigDecimal[] truth = p.references().get(NuclearNorm.GROUND_TRUTH_REFERENCE);
        return ClaimResult.of(kind(), v, how, message)
                .withFigures(digits(p.value()), digits(truth))
                .withError(error == null ? null : error.doubleValue())
                .withBound(radius == null ? null : radius[0].doubleValue())
                .withTolerance(toleranceText)
                .graded(v == Verdict.INCONCLUSIVE ? Evidence.NONE : Evidence.PROVED_BOUND);
    }

    private static Figure digits(BigDecimal[] v) {
        if (v == null) return null;
        List<String> out =
                Arrays.stream(v)
                        .map(d -> d.round(new java.math.MathContext(20)).toString())
                        .toList();
        return Figure.digits(out);
    }

    private ClaimResult inconclusive(String why) {
        return ClaimResult.of(kind(), Verdict.INCONCLUSIVE, null, why).withTolerance(toleranceText);
    }
}
