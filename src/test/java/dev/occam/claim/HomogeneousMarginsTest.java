package dev.occam.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.occam.check.CheckOptions;
import dev.occam.check.Checker;
import dev.occam.check.Progress;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.plan.Planner;
import dev.occam.problem.Classification;
import dev.occam.result.ClaimResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;
import dev.occam.spec.SpecLoader;
import dev.occam.symbolic.Symbolic;

import org.junit.jupiter.api.Test;

import java.time.Duration;

/**
 * Lyu and Li's normalized and smoothed margins on a one-point linear classifier, z = (1, 1), where
 * both have closed forms: along w = (1 + s, s) the margin is 1 + 2s, the exponential loss's
 * smoothed margin log(1/L)/||w|| is the same ratio (one point), and the logistic loss's -log(e^L -
 * 1) with L = log(1 + e^-q) is exactly q.
 */
class HomogeneousMarginsTest {
    private static final Tier DOUBLE = Tier.forDigits(16);
    private static final SpecLoader LOADER =
            new SpecLoader(text -> Symbolic.get().number(text, Duration.ofSeconds(5)));

    private static Classification onePoint(Classification.Loss loss) {
        return new Classification(
                new Value[][] {{Value.of(1), Value.of(1)}}, new int[] {1}, null, loss);
    }

    private static Quantities.Quantity quantity(String name, Classification.Loss loss) {
        Classification c = onePoint(loss);
        return Quantities.of(name, c, c.objective(DOUBLE), null, null);
    }

    @Test
    void valuesInClosedForm() {
        for (Classification.Loss loss : Classification.Loss.values()) {
            for (double s : new double[] {0, 0.5, 3, 40}) {
                double want = (1 + 2 * s) / Math.hypot(1 + s, s);
                var w = DOUBLE.of(new double[] {1 + s, s});
                assertThat(quantity("normalized-margin", loss).at(w, 0, null))
                        .isCloseTo(want, within(1e-15));
                assertThat(quantity("smoothed-margin", loss).at(w, 0, null))
                        .as("%s at s = %s", loss, s)
                        .isCloseTo(want, within(1e-13));
            }
        }
    }

    @Test
    void smoothedMarginIsUnseenUntilTheLossFallsBelowItsValueAtZero() {
        Quantities.Quantity q = quantity("smoothed-margin", Classification.Loss.EXPONENTIAL);
        // q = -1: L = e > 1; then q = 1: L = 1/e < 1; then q = -1 again counts (gamma~ < 0)
        assertThat(q.at(DOUBLE.of(new double[] {-1, 0}), 0, null)).isNaN();
        assertThat(q.at(DOUBLE.of(new double[] {1, 0}), 1, null)).isCloseTo(1, within(1e-15));
        assertThat(q.at(DOUBLE.of(new double[] {-1, 0}), 2, null)).isCloseTo(-1, within(1e-15));
    }

    @Test
    void unavailableWithoutHomogeneousMargins() {
        Classification weighted =
                new Classification(
                        new Value[][] {{Value.of(1), Value.of(1)}},
                        new int[] {1},
                        new Value[] {Value.of(2)},
                        Classification.Loss.EXPONENTIAL);
        assertThat(Quantities.of("smoothed-margin", weighted, null, null, null)).isNull();
    }

    /**
     * Gradient descent from w0 = (1, 0) moves along (1, 1) (the gradient is -e^-q (1, 1)), so w_t =
     * (1 + s, s) with s growing, and gamma~^2 = (1 + 2s)^2 / ((1 + s)^2 + s^2) = 2 - 1/(1 + 2s +
     * 2s^2) increases: the monotone claim holds at every iterate.
     */
    @Test
    void smoothedMarginIsNondecreasingOnTheHandCase() {
        String yaml =
                """
                id: smoothed
                title: smoothed margin monotone
                expect: holds
                problem:
                  kind: classification
                  loss: exponential
                  X: [[1, 1]]
                  y: [1]
                algorithm:
                  kind: gradient-descent
                  step: 0.5
                  init: [1, 0]
                prediction:
                  kind: kkt-point
                claims:
                  - {kind: monotone, quantity: smoothed-margin, direction: nondecreasing}
                  - {kind: monotone, quantity: normalized-margin, direction: nondecreasing}
                run:
                  max-iterations: 2000
                """;
        SpecResult r =
                new Checker(CheckOptions.defaults())
                        .check(Planner.plan(LOADER.load(null, yaml)), Progress.NONE);
        for (ClaimResult c : r.points().get(0).claims())
            assertThat(c.verdict()).as(c.message()).isEqualTo(Verdict.HOLDS);
        assertThat(r.points().get(0).claims().get(0).message()).contains("over all 2000 iterates");
    }
}
