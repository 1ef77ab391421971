package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.algorithm.Runner;
import dev.occam.algorithm.Trajectory;
import dev.occam.check.CheckTestSupport;
import dev.occam.plan.Planner;
import dev.occam.plan.PointPlan;
import dev.occam.problem.Objective;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;

/**
 * Whole classification runs of a bundled separable spec at precision 50 (quad-double) against the
 * same runs at precision 80 (Dfp): exponential loss with a constant step (margins, log-sum-exp, Z^T
 * q), logistic loss (softplus through the Dfp bridge of formulas) and normalized steps (the
 * log-polar gradient, Mat.multiplyTransposedLog). 300 iterations round about 300 times 2^-209 of
 * the iterate (1e-61); the runs agree to about 6e-65 (measured at 1000 iterations), so 1e-60 leaves
 * room for error growth while a double-double tier (1e-31) or a quad-double losing its last
 * component (about 1e-48) fails it by orders of magnitude.
 */
class QDRunTest {
    private static final int ITERATIONS = 300;

    @ParameterizedTest(name = "{0} loss, {1}")
    @CsvSource({
        "exponential, 'kind: gradient-descent\n  step: 0.02'",
        "logistic, 'kind: gradient-descent\n  step: 0.02'",
        "exponential, 'kind: normalized-gradient-descent\n  step: 0.05'"
    })
    void quadDoubleRunMatchesDfp(String loss, String algorithm) {
        String yaml =
                CheckTestSupport.replaceOnce(
                        CheckTestSupport.bundled("theorems/gd-separable-logistic.yaml"),
                        "loss: logistic",
                        "loss: " + loss);
        yaml =
                CheckTestSupport.replaceOnce(
                        yaml, "kind: gradient-descent\n  step: 0.02", algorithm);
        PointPlan plan = Planner.plan(CheckTestSupport.spec(yaml)).points().get(0);
        Vec qd = run(plan, Tier.forDigits(50));
        Vec dfp = run(plan, Tier.forDigits(80));
        assertThat(qd.tier().name()).isEqualTo("quad-double");
        assertThat(dfp.tier().name()).isEqualTo("arbitrary(80)");
        BigDecimal norm = BigDecimal.ZERO;
        BigDecimal diff = BigDecimal.ZERO;
        for (int i = 0; i < qd.size(); i++) {
            norm = norm.max(dfp.decimal(i).abs());
            diff = diff.max(qd.decimal(i).subtract(dfp.decimal(i)).abs());
        }
        assertThat(norm.doubleValue()).isGreaterThan(1); // the run went somewhere
        assertThat(diff.divide(norm, new MathContext(5)).doubleValue())
                .as("max |w_qd - w_dfp| / max |w_dfp|")
                .isLessThan(1e-60);
    }

    private static Vec run(PointPlan plan, Tier tier) {
        Objective objective = plan.problem().objective(tier);
        Trajectory t =
                new Runner(ITERATIONS, Duration.ofMinutes(5))
                        .withFloorStop(false)
                        .run(
                                plan.algorithm().start(objective, tier.of(plan.init())),
                                objective,
                                x -> {});
        assertThat(t.iterations()).isEqualTo(ITERATIONS);
        return t.last();
    }
}
