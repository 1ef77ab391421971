package dev.occam.check;

import static dev.occam.check.CheckTestSupport.bundled;
import static dev.occam.check.CheckTestSupport.check;
import static dev.occam.check.CheckTestSupport.claims;
import static dev.occam.check.CheckTestSupport.replaceOnce;
import static dev.occam.check.CheckTestSupport.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.occam.algorithm.Runner;
import dev.occam.algorithm.Trajectory;
import dev.occam.certify.Evidence;
import dev.occam.certify.TailBounds;
import dev.occam.numeric.Tier;
import dev.occam.plan.Planner;
import dev.occam.result.ClaimResult;
import dev.occam.result.Figure.Scalar;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;
import dev.occam.spec.SpecError;

import org.junit.jupiter.api.Test;

import java.util.Map;

/**
 * Log-time gradient flow to t = 1e60 against SHN+18's asymptote, and the offset claim on degenerate
 * and generic data.
 */
class LogTimeFlowCheckTest {
    private static final String FLOW = bundled("theorems/gd-flow-separable-log-time.yaml");
    private static final String DEGENERATE =
            bundled("counterexamples/degenerate-support-loglog.yaml");

    /**
     * w_hat = (2/9, 10/9), alpha = (28/81, 76/81) on z1 = (2, 1/2), z2 = (-1/2, 1); for the flow
     * exp(-z_n.w~) = alpha_n.
     */
    private static double[] closedFormAt(double logT) {
        double b1 = Math.log(81.0 / 28), b2 = Math.log(81.0 / 76);
        // [2, 1/2; -1/2, 1] w~ = (b1, b2), det = 9/4
        double x = (b1 * 1 - 0.5 * b2) / 2.25, y = (2 * b2 + 0.5 * b1) / 2.25;
        return new double[] {2.0 / 9 * logT + x, 10.0 / 9 * logT + y};
    }

    @Test
    void flowAt1e60SitsOnTheClosedFormAndItsResidualDecaysLikeOneOverT() {
        PointRun run = runOf(FLOW);
        Trajectory t = run.trajectory();
        Trajectory.Sample last = t.samples().get(t.samples().size() - 1);
        assertThat(last.time() / 1e60).isCloseTo(1, offset(1e-12));
        double[] expected = closedFormAt(Math.log(last.time()));
        // the residual is e^-138 in exact arithmetic: what remains is the rounding of w ~ 150 and
        // the ODE error
        assertThat(
                        Math.hypot(
                                last.iterate().get(0) - expected[0],
                                last.iterate().get(1) - expected[1]))
                .isLessThan(1e-12);
        // t ||w(t) - w_hat log t - w~|| -> 0.64167 (an independent scipy DOP853 integration at rtol
        // 2.2e-14 gives
        // 0.641662 at t = e^12 and 0.641672 at t = e^18): the sample times are the flow's own
        for (Trajectory.Sample s : t.samples()) {
            if (s.time() < Math.exp(12) || s.time() > Math.exp(18)) continue;
            double[] at = closedFormAt(Math.log(s.time()));
            double r = Math.hypot(s.iterate().get(0) - at[0], s.iterate().get(1) - at[1]);
            assertThat(s.time() * r).isCloseTo(0.64167, offset(2e-4));
        }
    }

    @Test
    void theLogTimeSpecHoldsWithATinyOffsetResidual() {
        SpecResult r = check(FLOW);
        assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.HOLDS);
        ClaimResult offsetClaim = claims(r, "offset").get(0);
        assertThat(offsetClaim.verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(offsetClaim.error()).isLessThan(1e-12);
        assertThat(offsetClaim.certifiedBy())
                .contains("t^-1.00")
                .contains("noise floor")
                .contains("1.00e+60");
        assertThat(claims(r, "direction").get(0).verdict()).isEqualTo(Verdict.HOLDS);
    }

    @Test
    void degenerateSupportVectorFailsForTheLogLogReason() {
        SpecResult r = check(DEGENERATE);
        assertThat(r.verdict()).isEqualTo(Verdict.FAILS);
        ClaimResult c = claims(r, "offset").get(0);
        assertThat(c.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(c.message()).contains("grows like log log t");
        // ||w(t) - w_hat log t|| at t = 1e60: 4.8998046469762 by an independent scipy DOP853
        // integration (log log t = 4.928)
        assertThat(((Scalar) c.measured()).value()).isCloseTo(4.90, offset(0.005));
        // the sharp prediction is refused on these data, for the same reason
        SpecResult sharp =
                check(
                        replaceOnce(
                                DEGENERATE,
                                "kind: max-margin     #",
                                "kind: max-margin-offset     #"));
        assertThat(sharp.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(claims(sharp, "offset").get(0).message()).contains("degenerate support vector");
    }

    @Test
    void genericDataWithOnlyTheDirectionPredictedStillUseTheOffset() {
        // the l2 max margin for a gradient flow carries SHN+18's w~ when it exists: the sharp test
        // applies
        SpecResult r = check(replaceOnce(FLOW, "kind: max-margin-offset", "kind: max-margin"));
        ClaimResult c = claims(r, "offset").get(0);
        assertThat(c.verdict()).as(c.message()).isEqualTo(Verdict.HOLDS);
        assertThat(c.evidence()).isEqualTo(Evidence.TREND);
        assertThat(c.message()).contains("-> w~");
    }

    @Test
    void logTimeKeysAreValidated() {
        assertThatThrownBy(() -> Planner.plan(spec(replaceOnce(FLOW, "  until: \"1e60\"\n", ""))))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("until");
        assertThatThrownBy(() -> Planner.plan(spec(replaceOnce(FLOW, "\"1e60\"", "\"1e400\""))))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("1e300");
        assertThatThrownBy(
                        () ->
                                Planner.plan(
                                        spec(
                                                replaceOnce(
                                                        FLOW,
                                                        "time-scale: log",
                                                        "time-scale: loglog"))))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("time-scale");
    }

    private static PointRun runOf(String yaml) {
        // the run behind the spec, as the checker makes it (public pieces only)
        var s = spec(yaml);
        var point = Planner.plan(s).points().get(0);
        var problem = point.problem();
        var tier = Tier.forDigits(16);
        var objective = problem.objective(tier);
        var trajectory =
                new Runner(s.run().maxIterations(), s.run().timeLimit())
                        .run(
                                point.algorithm().start(objective, tier.of(point.init())),
                                objective,
                                f -> {});
        return new PointRun(
                Map.of(),
                problem,
                point.algorithm(),
                point.init(),
                tier,
                trajectory,
                null,
                null,
                TailBounds.of(point.algorithm(), trajectory, null),
                0,
                Double.NaN);
    }
}
