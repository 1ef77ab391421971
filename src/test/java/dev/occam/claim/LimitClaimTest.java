package dev.occam.claim;

import static dev.occam.check.CheckTestSupport.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.certify.Evidence;
import dev.occam.prediction.Prediction;
import dev.occam.result.ClaimResult;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The verdict rule of a limit claim. The run ends at distance e = 0.5 from the prediction (exact in
 * double); the tail bound b says how far its limit may still be from the last iterate, and the
 * rounding of e itself (a few eps) is added to it, so a decision exactly at the tolerance is open.
 */
class LimitClaimTest {
    private static final double[] LAST = {0, 0};
    private static final double[] PREDICTED = {0, 0.5};

    private static ClaimResult evaluate(double tolerance, double bound) {
        PointRun r = run(LAST, PREDICTED, bound, 1e-20);
        return new LimitClaim(tolerance, Double.toString(tolerance)).evaluate(r, r);
    }

    @ParameterizedTest(name = "tol {0}, bound {1}: {2}")
    @CsvSource({
        // e + b <= tol
        "1.0,   0.25,  HOLDS",
        "1.0,   0.4999, HOLDS",
        "0.5001, 0,    HOLDS", // the limit is the last iterate
        // e - b > tol: a gap as sure as the bound
        "0.1,   0.25,  FAILS",
        "0.1,   0.0,   FAILS",
        // undecided
        "1.0,   0.5,   INCONCLUSIVE", // e + b = tol exactly: the rounding of e decides nothing
        "0.5,   0,     INCONCLUSIVE",
        "0.4,   0.25,  INCONCLUSIVE",
        "0.25,  0.25,  INCONCLUSIVE", // e - b = tol exactly is no gap
        "0.6,   0.25,  INCONCLUSIVE",
        "1e300, Infinity, INCONCLUSIVE",
        "1e-3,  Infinity, INCONCLUSIVE",
    })
    void verdictFromErrorAndBound(double tolerance, double bound, Verdict expected) {
        ClaimResult c = evaluate(tolerance, bound);
        assertThat(c.verdict()).as(c.message()).isEqualTo(expected);
        assertThat(c.error()).isEqualTo(0.5);
        if (expected == Verdict.FAILS) assertThat(c.message()).contains("gap at least");
        if (expected != Verdict.INCONCLUSIVE)
            assertThat(c.evidence()).isEqualTo(Evidence.PROVED_BOUND);
        if (Double.isInfinite(bound))
            assertThat(c.message()).contains("no bound on the run's future");
    }

    @Test
    void toleranceBelowThePrecisionFloorIsInconclusiveEvenWhenTheRunLooksExact() {
        // the last iterate is the prediction and the bound is zero, but double cannot certify 1e-20
        PointRun r = run(new double[] {1, 2}, new double[] {1, 2}, 0, 0);
        ClaimResult c = new LimitClaim(1e-20, "1e-20").evaluate(r, r);
        assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(c.message()).contains("precision floor");
        // at a tolerance the tier can certify the same run holds
        assertThat(new LimitClaim(1e-12, "1e-12").evaluate(r, r).verdict())
                .isEqualTo(Verdict.HOLDS);
    }

    @Test
    void thePrecisionFloorGrowsWithTheIterateAndTheFloorStep() {
        // ||w|| = 1e6: 16 eps ||w|| = 3.6e-9 > 1e-9
        PointRun big = run(new double[] {1e6, 0}, new double[] {1e6, 0}, 0, 0);
        assertThat(new LimitClaim(1e-9, "1e-9").evaluate(big, big).message())
                .contains("precision floor");
        PointRun noisy = run(new double[] {1, 0}, new double[] {1, 0}, 0, 1e-10);
        assertThat(new LimitClaim(1e-11, "1e-11").evaluate(noisy, noisy).message())
                .contains("precision floor");
    }

    @ParameterizedTest(name = "radius {0}: {1}")
    @CsvSource({"0, HOLDS", "0.2, HOLDS", "0.3, INCONCLUSIVE"})
    void theCertifiedRadiusOfAFloatingPointPredictionCountsIntoTheBound(
            double radius, Verdict expected) {
        // e = 0.5, tail bound 0.25, tolerance 1: 0.75 + radius must stay <= 1
        PointRun r = run(LAST, PREDICTED, 0.25, 1e-20);
        Prediction p = r.prediction();
        Prediction floating =
                new Prediction(
                        p.kind(),
                        p.value(),
                        null,
                        p.certificate(),
                        p.preconditions(),
                        null,
                        Map.of(),
                        Map.of(),
                        Map.of("radius", new BigDecimal[] {BigDecimal.valueOf(radius)}));
        PointRun certified =
                new PointRun(
                        r.parameters(),
                        null,
                        null,
                        null,
                        r.tier(),
                        r.trajectory(),
                        floating,
                        r.predicted(),
                        r.tail(),
                        0,
                        Double.NaN);
        assertThat(certified.predictionRadius()).isGreaterThanOrEqualTo(radius);
        ClaimResult c = new LimitClaim(1, "1").evaluate(certified, certified);
        assertThat(c.verdict()).as(c.message()).isEqualTo(expected);
        assertThat(c.bound()).isGreaterThanOrEqualTo(0.25 + radius);
        if (expected == Verdict.HOLDS) assertThat(c.evidence()).isEqualTo(Evidence.PROVED_BOUND);
    }

    @Test
    void aRunWithoutPredictionIsInconclusive() {
        PointRun r = run(LAST, PREDICTED, 0, 0);
        PointRun unmet =
                new PointRun(
                        r.parameters(),
                        null,
                        null,
                        null,
                        r.tier(),
                        r.trajectory(),
                        Prediction.unmet("test", List.of(), "not separable"),
                        null,
                        r.tail(),
                        0,
                        Double.NaN);
        ClaimResult c = new LimitClaim(1, "1").evaluate(unmet, unmet);
        assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(c.message()).contains("precondition not met").contains("not separable");
    }

    @Test
    void theExtraErrorOfAnOdeRunCountsIntoTheBoundAndMakesItAnEstimate() {
        PointRun r = run(LAST, PREDICTED, 0.25, 1e-20);
        PointRun flow =
                new PointRun(
                        r.parameters(),
                        null,
                        null,
                        null,
                        r.tier(),
                        r.trajectory(),
                        r.prediction(),
                        r.predicted(),
                        r.tail().plusEstimated(0.3, "ODE error"),
                        0.3,
                        Double.NaN);
        // 0.5 + 0.25 <= 1 holds without the extra error, 0.5 + 0.55 > 1 not with it
        assertThat(new LimitClaim(1, "1").evaluate(flow, flow).verdict())
                .isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(new LimitClaim(1, "1").evaluate(r, r).verdict()).isEqualTo(Verdict.HOLDS);
        PointRun small =
                new PointRun(
                        r.parameters(),
                        null,
                        null,
                        null,
                        r.tier(),
                        r.trajectory(),
                        r.prediction(),
                        r.predicted(),
                        r.tail().plusEstimated(0.1, "ODE error"),
                        0.1,
                        Double.NaN);
        ClaimResult c = new LimitClaim(1, "1").evaluate(small, small);
        assertThat(c.verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(c.evidence()).isEqualTo(Evidence.ESTIMATE);
    }
}
