package dev.occam.check;

import static dev.occam.check.CheckTestSupport.bundled;
import static dev.occam.check.CheckTestSupport.check;
import static dev.occam.check.CheckTestSupport.claims;
import static dev.occam.check.CheckTestSupport.replaceOnce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.certify.Evidence;
import dev.occam.plan.Planner;
import dev.occam.result.ClaimResult;
import dev.occam.result.PointResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;
import dev.occam.spec.SpecError;

import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * The {@code stability} and {@code bounded} claims and their exact twins, with truths derived by
 * hand. A = [[2, 1], [1, 2]] has eigenvalues 3 on (1, 1) and 1 on (1, -1); b = (-1, 0) gives w* =
 * (2/3, -1/3). Gradient descent multiplies the error's component on an eigenvector by 1 - eta
 * lambda, so eta* = 2/3; from w0 = (1, 1) the error (1/3, 4/3) = 5/6 (1, 1) - 1/2 (1, -1) excites
 * both modes.
 */
class QuadraticStabilitySidesTest {
    private static final String SIDES = bundled("theorems/quadratic-stability-sides.yaml");
    private static final String AT = bundled("theorems/quadratic-at-threshold-bounded.yaml");
    private static final String ORTHOGONAL =
            bundled("counterexamples/quadratic-orthogonal-start-above-threshold.yaml");
    private static final String MOMENTUM = bundled("theorems/momentum-stability-threshold.yaml");

    private static ClaimResult only(SpecResult r, String kind) {
        assertThat(claims(r, kind)).hasSize(1);
        return claims(r, kind).get(0);
    }

    @Test
    void eachSideOfTheThresholdDoesWhatItPredicts() {
        SpecResult r = check(SIDES);
        List<ClaimResult> stability = claims(r, "stability");
        // steps 0.3, 0.6 below 2/3; 2/3 at it; 0.7, 0.9 above
        assertThat(stability).extracting(ClaimResult::verdict).containsOnly(Verdict.HOLDS);
        assertThat(stability).extracting(ClaimResult::evidence).containsOnly(Evidence.EXACT);
        assertThat(stability.get(0).message()).contains("below eta*");
        assertThat(stability.get(2).message()).contains("at eta*").contains("stay bounded");
        assertThat(stability.get(4).message()).contains("above eta*").contains("diverge");
    }

    @Test
    void atTheThresholdTheRunIsBoundedButNeitherConvergesNorDiverges() {
        SpecResult r =
                check(
                        replaceOnce(
                                AT,
                                "  - kind: bounded\n",
                                "  - kind: bounded\n  - kind: converges\n  - kind: diverges\n"));
        assertThat(only(r, "bounded").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(only(r, "bounded").evidence()).isEqualTo(Evidence.EXACT);
        assertThat(only(r, "stability").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(only(r, "converges").verdict()).isEqualTo(Verdict.FAILS);
        assertThat(only(r, "diverges").verdict()).isEqualTo(Verdict.FAILS);
    }

    @Test
    void anOrthogonalStartAboveTheThresholdConvergesThoughTheDoubleRunBlowsUp() {
        // w0 - w* = (1, -1): only the mode lambda = 1 is excited, contracting by |1 - eta| < 1 for
        // eta in {0.7, 0.9, 1.5}; 5/3 is not a double, so the double run's rounding excites the
        // mode lambda = 3, which grows by |1 - 3 eta| > 1
        SpecResult r = check(ORTHOGONAL);
        assertThat(r.verdict()).isEqualTo(Verdict.FAILS);
        for (PointResult p : r.points()) {
            assertThat(p.stopped()).isEqualTo("blow-up");
            ClaimResult stability =
                    p.claims().stream().filter(c -> c.kind().equals("stability")).findFirst().get();
            assertThat(stability.verdict()).isEqualTo(Verdict.FAILS);
            assertThat(stability.evidence()).isEqualTo(Evidence.EXACT);
            assertThat(stability.message())
                    .contains("converge in exact arithmetic")
                    .contains("rounding put mass on an unstable mode");
            ClaimResult bounded =
                    p.claims().stream().filter(c -> c.kind().equals("bounded")).findFirst().get();
            assertThat(bounded.verdict()).isEqualTo(Verdict.HOLDS);
        }
    }

    @Test
    void aTinyTopComponentAboveTheThresholdDiverges() {
        // eta = 6667/10000: the top mode grows by |1 - 3 eta| = 1.0001 per step; w0 = w* + (1, -1)
        // + 10^-30 (1, 1) excites it with 10^-30, far below double's resolution: the run stops at
        // its floor within the budget, the exact iteration diverges
        String tiny =
                replaceOnce(
                        replaceOnce(ORTHOGONAL, "step: 0.9", "step: \"6667/10000\""),
                        "init: [\"5/3\", \"-4/3\"]",
                        "init: [\"5000000000000000000000000000003/3000000000000000000000000000000\", "
                                + "\"-3999999999999999999999999999997/3000000000000000000000000000000\"]");
        tiny = replaceOnce(tiny, "  algorithm.step: [0.7, 0.9, 1.5]\n", "");
        tiny = replaceOnce(tiny, "sweep:\n", "");
        tiny = replaceOnce(tiny, "max-iterations: 100000", "max-iterations: 5000");
        tiny = replaceOnce(tiny, "  - kind: bounded\n", "  - kind: bounded\n  - kind: converges\n");
        SpecResult r = check(tiny);
        assertThat(only(r, "stability").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(only(r, "stability").evidence()).isEqualTo(Evidence.EXACT);
        assertThat(only(r, "bounded").verdict()).isEqualTo(Verdict.FAILS);
        assertThat(only(r, "converges").verdict()).isEqualTo(Verdict.FAILS);
        assertThat(r.points().get(0).stopped()).isEqualTo("floor");
        assertThat(only(r, "stability").message()).contains("settled at its rounding floor");
    }

    /**
     * Heavy ball, beta = 0.99, eta = 1.2 < (2 + 2 beta)/3 = 1.3267: the top mode's z^2 + 1.61 z +
     * 0.99 has complex roots of modulus sqrt(0.99), so the error decays, but only after growing:
     * the distance to w* first rises well above its start (computed here by the plain recurrence).
     */
    @Test
    void aMomentumTransientBelowTheThresholdIsNotDivergence() {
        double beta = 0.99, eta = 1.2;
        double[] e = {1 / 3.0, 4 / 3.0}, previous = e.clone();
        double start = Math.hypot(e[0], e[1]), peak = start;
        for (int t = 0; t < 2000; t++) {
            double g0 = 2 * e[0] + e[1], g1 = e[0] + 2 * e[1];
            double n0 = e[0] + beta * (e[0] - previous[0]) - eta * g0;
            double n1 = e[1] + beta * (e[1] - previous[1]) - eta * g1;
            previous = e;
            e = new double[] {n0, n1};
            peak = Math.max(peak, Math.hypot(e[0], e[1]));
        }
        assertThat(peak).isGreaterThan(2.5 * start);
        String decaying =
                replaceOnce(
                        replaceOnce(MOMENTUM, "beta: 0.5", "beta: 0.99"),
                        "  algorithm.step: [0.5, 0.9, 1, 1.1, 1.5]\n",
                        "");
        decaying = replaceOnce(decaying, "sweep:\n", "");
        decaying = replaceOnce(decaying, "step: 0.5", "step: 1.2");
        decaying =
                replaceOnce(
                        decaying,
                        "  - kind: stability\n",
                        "  - kind: stability\n  - kind: bounded\n");
        // exact: a short budget changes nothing
        SpecResult exact =
                check(replaceOnce(decaying, "max-iterations: 20000", "max-iterations: 20"));
        assertThat(only(exact, "stability").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(only(exact, "stability").evidence()).isEqualTo(Evidence.EXACT);
        assertThat(only(exact, "bounded").verdict()).isEqualTo(Verdict.HOLDS);
        // an irrational start has no exact fate: a run cut off inside the decaying must not be
        // called divergent
        String irrational = replaceOnce(decaying, "init: [1, 1]", "init: [\"Sqrt(2)\", 1]");
        SpecResult cut =
                check(replaceOnce(irrational, "max-iterations: 20000", "max-iterations: 60"));
        assertThat(only(cut, "stability").verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(only(cut, "bounded").verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        SpecResult full = check(irrational);
        assertThat(only(full, "stability").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(only(full, "stability").evidence()).isNotEqualTo(Evidence.EXACT);
    }

    @Test
    void stabilityNeedsTheThresholdPrediction() {
        String other = replaceOnce(SIDES, "  kind: stability-threshold\n", "  kind: none\n");
        assertThatThrownBy(() -> Planner.plan(CheckTestSupport.spec(other)))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("claims")
                .hasMessageContaining("stability needs prediction.kind stability-threshold");
    }

    @Test
    void aLinearTermOutsideTheRangeOfASingularMatrixIsAnErrorAtB() {
        String singular =
                replaceOnce(
                        replaceOnce(SIDES, "A: [[2, 1], [1, 2]]", "A: [[1, 1], [1, 1]]"),
                        "b: [-1, 0]",
                        "b: [1, 0]");
        assertThatThrownBy(() -> Planner.plan(CheckTestSupport.spec(singular)))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining(":9:")
                .hasMessageContaining("problem.b")
                .hasMessageContaining("range(A)");
    }
}
