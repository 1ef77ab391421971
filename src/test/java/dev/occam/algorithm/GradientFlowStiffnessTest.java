package dev.occam.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.Objective;

import org.assertj.core.data.Offset;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.time.Duration;

/**
 * Gradient flow on L(w) = ||Xw - y||^2 with X = s [[1, 2, 0], [0, 1, -1]] (as {@code kind:
 * gradient-flow} builds it: tolerance 1e-12, one unit of time per iteration, minimum step 1e-12).
 * The Hessian 2 X^T X has eigenvalues 2 s^2 lambda with lambda in {0, 1.27..., 4.72...} (by hand
 * from the 2x2 Gram matrix X X^T / s^2 = [[5, 2], [2, 2]]: lambda = (7 +- sqrt(17))/2), so an
 * explicit method is stable only for steps below about 3.3/(2 s^2 4.72): 3.5e-15 at s = 1e7 (below
 * the minimum step) and 3.5e-9 at s = 1e4 (3e8 steps per unit of time).
 */
class GradientFlowStiffnessTest {
    private static Objective problem(double s, Tier tier) {
        Value[][] x = {{v(s), v(2 * s), v(0)}, {v(0), v(s), v(-s)}};
        return new LeastSquares(x, new Value[] {v(1), v(2)}).objective(tier);
    }

    private static Value v(double d) {
        return Value.of(new BigFraction(d), Double.toString(d));
    }

    /** Hipparchus' "minimal step size reached" surfaced as an internal error (exit code 4). */
    @Test
    void aStepBelowTheMinimumIsATypedFailureThatSaysWhatWhenAndWhy() {
        Tier tier = Tier.forDigits(16);
        Objective objective = problem(1e7, tier);
        GradientFlow flow = new GradientFlow(null, null, 1e-12, 1);
        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () ->
                        assertThatThrownBy(
                                        () ->
                                                new Runner(1000, Duration.ofSeconds(30))
                                                        .run(
                                                                flow.start(
                                                                        objective, tier.zeros(3)),
                                                                objective,
                                                                f -> {}))
                                .isInstanceOf(IntegrationFailure.class)
                                .hasMessageStartingWith(
                                        "gradient flow dw/dt = -grad L, tolerance 1.000e-12: ")
                                .hasMessageContaining(
                                        "the flow is stiff: the integrator's step fell below its minimum 1.000e-12 (it needed ")
                                .hasMessageContaining(" at t = ")
                                .satisfies(
                                        e ->
                                                assertThat(((IntegrationFailure) e).time())
                                                        .isBetween(0.0, 1.0)));
    }

    /**
     * At s = 1e4 every step is above the minimum but one unit of time needs some 3e8 of them: the
     * run did not return (still integrating the first iteration after 120 s). The evaluation bound
     * ends it.
     */
    @Test
    void aFlowThatNeedsTooManyEvaluationsEndsInsteadOfHanging() {
        Tier tier = Tier.forDigits(16);
        Objective objective = problem(1e4, tier);
        GradientFlow flow = new GradientFlow(null, null, 1e-12, 1);
        assertTimeoutPreemptively(
                Duration.ofSeconds(30),
                () ->
                        assertThatThrownBy(
                                        () ->
                                                new Runner(1000, Duration.ofSeconds(30))
                                                        .run(
                                                                flow.start(
                                                                        objective, tier.zeros(3)),
                                                                objective,
                                                                f -> {}))
                                .isInstanceOf(IntegrationFailure.class)
                                .hasMessageContaining(
                                        "the flow is stiff: one iteration (t from 0 to 1.000) needed more than "
                                                + GradientFlow.MAX_EVALUATIONS
                                                + " field evaluations; the integrator had reached t = "));
    }

    /**
     * The same data unscaled is not stiff: the flow converges to the interpolation set as before.
     */
    @Test
    void aNonStiffFlowIsUnaffected() {
        Tier tier = Tier.forDigits(16);
        Objective objective = problem(1, tier);
        Trajectory run =
                new Runner(1000, Duration.ofSeconds(30))
                        .run(
                                new GradientFlow(null, null, 1e-12, 1)
                                        .start(objective, tier.zeros(3)),
                                objective,
                                f -> {});
        assertThat(run.stopped()).isEqualTo(Trajectory.FLOOR);
        // the min-norm interpolant of X w = y from 0: X^T (X X^T)^-1 y = (-1/3, 2/3, -4/3), by hand
        assertThat(run.last().get(0)).isCloseTo(-1.0 / 3, Offset.offset(1e-10));
        assertThat(run.last().get(2)).isCloseTo(-4.0 / 3, Offset.offset(1e-10));
    }
}
