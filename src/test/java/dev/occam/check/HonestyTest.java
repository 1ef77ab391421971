package dev.occam.check;

import static dev.occam.check.CheckTestSupport.bundled;
import static dev.occam.check.CheckTestSupport.check;
import static dev.occam.check.CheckTestSupport.claims;
import static dev.occam.check.CheckTestSupport.replaceOnce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.occam.certify.Evidence;
import dev.occam.result.ClaimResult;
import dev.occam.result.PointResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.api.Test;

import java.util.List;

/** End to end through the Checker: a verdict is never better than what the run certifies. */
class HonestyTest {
    private static final String GD = bundled("theorems/gd-least-squares-min-distance.yaml");

    /**
     * The same run as steepest descent in l2 (the same iterates): no exact analysis of a linear
     * method applies, so the verdict must come from the run and its proved finite-length bound.
     */
    private static final String STEEPEST_L2 =
            replaceOnce(GD, "kind: gradient-descent", "kind: steepest-descent\n  norm: l2");

    @Test
    void aShortRunIsInconclusiveNotHolds() {
        SpecResult r =
                check(replaceOnce(STEEPEST_L2, "max-iterations: 100000", "max-iterations: 50"));
        assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.INCONCLUSIVE);
        for (PointResult p : r.points()) {
            assertThat(p.stopped()).isEqualTo("budget");
            assertThat(p.iterations()).isEqualTo(50);
        }
        List<ClaimResult> limits = claims(r, "limit");
        assertThat(limits).hasSize(3);
        for (ClaimResult c : limits) {
            assertThat(c.verdict()).as(c.message()).isEqualTo(Verdict.INCONCLUSIVE);
            // after 50 steps the distance is about 0.88^50: far above 1e-28, and the bound says so
            assertThat(c.error() + c.bound()).isGreaterThan(1e-28);
        }
        for (ClaimResult c : claims(r, "step-size-invariant"))
            assertThat(c.verdict()).isNotEqualTo(Verdict.FAILS);
    }

    /**
     * The exact analysis of gradient descent decides what a short run cannot: every mode of w0 - p
     * contracts, so the limit is p exactly, the l2 interpolant the spec predicts.
     */
    @Test
    void aShortRunOfGradientDescentIsDecidedExactlyNotByTheRun() {
        SpecResult r = check(replaceOnce(GD, "max-iterations: 100000", "max-iterations: 50"));
        for (ClaimResult c : claims(r, "limit")) {
            assertThat(c.verdict()).as(c.message()).isEqualTo(Verdict.HOLDS);
            assertThat(c.evidence()).isEqualTo(Evidence.EXACT);
            assertThat(c.error()).isZero();
            assertThat(c.message()).contains("the run alone does not decide");
        }
    }

    @Test
    void aToleranceBelowDoublePrecisionIsInconclusiveAtThePrecisionFloor() {
        String yaml =
                replaceOnce(
                        STEEPEST_L2,
                        "  - kind: limit\n    tolerance: 1e-28",
                        "  - kind: limit\n    tolerance: 1e-40");
        SpecResult r = check(yaml, 16);
        assertThat(r.tier()).isEqualTo("double");
        assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.INCONCLUSIVE);
        List<ClaimResult> limits = claims(r, "limit");
        assertThat(limits).hasSize(3);
        for (ClaimResult c : limits) {
            assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
            assertThat(c.message()).contains("precision floor");
        }
        // the step-size-invariant claim's 1e-28 is below double's floor as well
        // (the first point is the reference and trivially agrees with itself)
        List<ClaimResult> invariant = claims(r, "step-size-invariant");
        for (ClaimResult c : invariant.subList(1, invariant.size())) {
            assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        }
    }

    @Test
    void theBundledSpecAtItsOwnPrecisionHoldsWithCertifiedBounds() {
        SpecResult r = check(GD);
        assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.HOLDS);
        for (ClaimResult c : claims(r, "limit")) {
            assertThat(c.error() + c.bound()).isLessThanOrEqualTo(1e-28);
        }
    }

    private static final String INLINE =
            """
            id: gd-deck-data
            title: GD on the deck's data
            expect: holds
            problem:
              kind: least-squares
              X: [[1, 1, 1], [1, 2, 0]]
              y: [1, 10]
            algorithm:
              kind: gradient-descent
              step: 0.05
              init: [1, -1, 2]
            prediction:
              kind: min-distance-interpolant
              PREDICTION_NORM
            claims:
              - kind: limit
                tolerance: 1e-9
            run:
              precision: 16
              max-iterations: 100000
              time-limit: 30s
            """;

    /** argmin ||w - w0||_2 on Xw = y, by Hipparchus in double. */
    private static double[] l2Interpolant() {
        RealMatrix x = new Array2DRowRealMatrix(new double[][] {{1, 1, 1}, {1, 2, 0}});
        RealVector w0 = new ArrayRealVector(new double[] {1, -1, 2});
        RealVector r = new ArrayRealVector(new double[] {1, 10}).subtract(x.operate(w0));
        return w0.add(
                        x.transpose()
                                .operate(
                                        new LUDecomposition(x.multiply(x.transpose()))
                                                .getSolver()
                                                .solve(r)))
                .toArray();
    }

    @Test
    void aWrongPredictionFailsWithACertifiedGap() {
        SpecResult r = check(INLINE.replace("PREDICTION_NORM", "norm: \"lp:3\""));
        assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.FAILS);
        ClaimResult c = claims(r, "limit").get(0);
        assertThat(c.verdict()).isEqualTo(Verdict.FAILS);
        double e = c.error(), b = c.bound();
        assertThat(e - b).isGreaterThan(1e-9);
        assertThat(c.message()).contains("gap at least");
        assertThat(c.evidence()).isEqualTo(Evidence.EXACT);
        assertThat(c.certifiedBy()).startsWith("exact:");
        // independently: the run went to the l2 interpolant, and the lp:3 prediction is another
        // interpolant
        double[] l2 = l2Interpolant();
        PointResult p = r.points().get(0);
        double[] predicted =
                r.prediction().value().stream().mapToDouble(Double::parseDouble).toArray();
        double gap = 0;
        for (int j = 0; j < 3; j++) {
            assertThat(Double.parseDouble(p.finalIterate().get(j))).isCloseTo(l2[j], within(1e-11));
            gap += (predicted[j] - l2[j]) * (predicted[j] - l2[j]);
        }
        assertThat(Math.sqrt(gap)).isCloseTo(e, within(1e-3 * e)); // error is printed to 3 digits
        assertThat(predicted[0] + predicted[1] + predicted[2]).isCloseTo(1, within(1e-12));
        assertThat(predicted[0] + 2 * predicted[1]).isCloseTo(10, within(1e-12));
    }

    @Test
    void theRightPredictionOfTheSameRunHolds() {
        SpecResult r = check(INLINE.replace("PREDICTION_NORM", "norm: l2"));
        assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.HOLDS);
        ClaimResult c = claims(r, "limit").get(0);
        assertThat(c.error() + c.bound()).isLessThanOrEqualTo(1e-9);
    }
}
