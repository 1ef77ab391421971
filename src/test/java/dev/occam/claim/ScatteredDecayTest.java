package dev.occam.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.occam.algorithm.Runner;
import dev.occam.check.CheckTestSupport;
import dev.occam.numeric.Tier;
import dev.occam.plan.Planner;
import dev.occam.plan.PointPlan;
import dev.occam.result.ClaimResult;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;
import dev.occam.run.PointRunner;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

/**
 * A direction claim on a chaotic run is decided by its gap's envelope, not by its last sample.
 * Normalized GD with step 10 on this 30 x 5 set is sensitive to rounding: runs of it in double,
 * double-double, quad-double and 80-digit Dfp part by 1e-4 relatively within 20,000 iterations, and
 * t^2 (1 - cos) wanders between 0.3 and 31. At t = 3e6 the double run's last gap is 2.8e-13, under
 * the 1e-12 tolerance, but a double-double run of the same spec had 1.65e-12 at t = 3.16e6: the
 * last sample alone would have said HOLDS on where it happened to fall.
 */
class ScatteredDecayTest {
    private static final String CHAOTIC =
            """
            id: chaotic
            title: chaotic
            expect: holds
            problem:
              kind: classification
              X: {random: gaussian, shape: [30, 5], seed: 1}
              y: {sign-of: [1, -2, "1/2", 1, 0], min-margin: "1/2"}
            algorithm: {kind: normalized-gradient-descent, step: 10}
            prediction: {kind: max-margin}
            claims:
              - {kind: direction, tolerance: 1e-12}
            run: {precision: 16, max-iterations: 3000000, time-limit: 60s}
            """;

    @Test
    void aLastGapUnderTheToleranceIsNotEnoughWhenTheEnvelopeIsAbove() {
        ClaimResult c = CheckTestSupport.check(CHAOTIC).points().get(0).claims().get(0);
        assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(c.error()).isLessThan(1e-12);
        assertThat(c.message()).contains("envelope at the end").contains("low point");
    }

    /**
     * The margin min_n z_n.w / ||w|| is scale-free: its floor is ten times the rounding of one
     * evaluation, 16 (d + 2) eps times the data's scale (here d = 2 and max_n ||z_n|| = sqrt(2^2 +
     * 1^2) = sqrt(5), by hand), not epsilon times ||w|| (about 3.6e5 after 10^5 steps of normalized
     * GD with step 10), which would cut a decaying margin's trend window where its error is still
     * 1e-6.
     */
    @Test
    void theMarginsFloorDoesNotGrowWithTheIterate() {
        String yaml =
                """
                id: margin-floor
                title: margin-floor
                expect: holds
                problem: {kind: classification, X: [[2, 1], [1, 2]], y: [1, 1]}
                algorithm: {kind: normalized-gradient-descent, step: 10}
                prediction: {kind: max-margin}
                claims:
                  - {kind: value, quantity: margin, tolerance: 1e-3}
                run: {precision: 16, max-iterations: 100000}
                """;
        PointPlan plan = Planner.plan(CheckTestSupport.spec(yaml)).points().get(0);
        PointRun run =
                new PointRunner(
                                plan.point().parameters(),
                                plan.problem(),
                                plan.algorithm(),
                                plan.init(),
                                plan.predictor(),
                                (objective, prediction, tier) -> Map.of())
                        .run(
                                Tier.forDigits(16),
                                16,
                                new Runner(100000, Duration.ofSeconds(60)),
                                progress -> {});
        double norm = Math.sqrt(run.trajectory().last().dot(run.trajectory().last()).doubleValue());
        assertThat(norm).isGreaterThan(1e5);
        double eps = Math.ulp(1.0) / 2;
        assertThat(Quantities.floor("margin", run))
                .isCloseTo(10 * 16 * 4 * eps * Math.sqrt(5), withinPercentage(1e-6));
    }
}
