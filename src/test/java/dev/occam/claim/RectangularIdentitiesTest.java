package dev.occam.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.occam.algorithm.FactorStart;
import dev.occam.algorithm.FactorizedGradientDescent;
import dev.occam.algorithm.FactorizedModel;
import dev.occam.algorithm.StepSize;
import dev.occam.algorithm.Stepper;
import dev.occam.check.CheckOptions;
import dev.occam.check.Checker;
import dev.occam.check.Progress;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.plan.Planner;
import dev.occam.problem.LeastSquares;
import dev.occam.result.ClaimResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;
import dev.occam.spec.SpecError;
import dev.occam.spec.SpecLoader;
import dev.occam.symbolic.Symbolic;

import org.junit.jupiter.api.Test;

import java.time.Duration;

/**
 * The factorization identities for an m x n W: the left singular directions beyond n (a tall W)
 * keep only the j = 1 term, derived by hand; balanced rectangular runs keep both identities at the
 * rounding of 34 digits, tall and wide.
 */
class RectangularIdentitiesTest {
    private static final Tier DOUBLE = Tier.forDigits(16);
    private static final SpecLoader LOADER =
            new SpecLoader(text -> Symbolic.get().number(text, Duration.ofSeconds(5)));

    /**
     * W_1 = [1] (1 x 1), W_2 = [1; 0] (2 x 1): balanced (W_2^T W_2 = 1 = W_1 W_1^T), W = [1; 0].
     * Both entries observed with targets (2, 3): G = 2 (W - y) = [-2; -6]. The product rule gives
     * dW/dt = W_2 (-W_2^T G) W_1 + (-G W_1^T) W_1 = [-2 g1; -g2] = [4; 6]; the identity's sum is j
     * = 1: G (W^T W)^(1/2) = G and j = 2: (W W^T)^(1/2) G = diag(1, 0) G, so -[2 g1; g2] too:
     * residual 0. Dropping the (W W^T)^0 = I of the j = 1 term on the complement (as if sigma = 0
     * there killed every term) would leave the second row: |g2| / (N sigma_1 ||G||) = 6 / (2
     * sqrt(40)).
     */
    @Test
    void theComplementOfATallWKeepsOnlyTheFirstTerm() {
        Value z = Value.of(0), o = Value.of(1);
        LeastSquares both =
                new LeastSquares(
                        new Value[][] {{o, z}, {z, o}}, new Value[] {Value.of(2), Value.of(3)});
        FactorStart start = new FactorStart("hand", new Value[][][] {{{o}}, {{o}, {z}}});
        Stepper s =
                new FactorizedGradientDescent(StepSize.constant(0.01, "0.01"), start, false)
                        .start(both.objective(DOUBLE), DOUBLE.of(start.endToEnd()));
        FactorizedModel model = s.factorized();
        assertThat(model.rows()).isEqualTo(2);
        assertThat(model.cols()).isEqualTo(1);
        assertThat(model.endToEndVelocity().toDoubleArray()).containsExactly(4, 6);
        FactorIdentities.Residuals r = FactorIdentities.at(model, s.iterate());
        assertThat(r.endToEnd()).isCloseTo(0, within(1e-16));
        assertThat(r.singularValues()).isCloseTo(0, within(1e-16));
        FactorizedModel planted = withVelocity(model, DOUBLE.of(new double[] {4, 0}));
        assertThat(FactorIdentities.at(planted, s.iterate()).endToEnd())
                .isCloseTo(6 / (2 * Math.sqrt(40)), within(1e-15));
        // the singular-value identity reads the diagonal only: 4 = -2 sigma g1 still holds
        assertThat(FactorIdentities.at(planted, s.iterate()).singularValues())
                .isCloseTo(0, within(1e-16));
    }

    private static FactorizedModel withVelocity(FactorizedModel model, Vec velocity) {
        return new FactorizedModel() {
            @Override
            public int depth() {
                return model.depth();
            }

            @Override
            public int rows() {
                return model.rows();
            }

            @Override
            public int cols() {
                return model.cols();
            }

            @Override
            public int maxRank() {
                return model.maxRank();
            }

            @Override
            public Vec lossGradient() {
                return model.lossGradient();
            }

            @Override
            public Vec endToEndVelocity() {
                return velocity;
            }

            @Override
            public double balancedness() {
                return model.balancedness();
            }

            @Override
            public double factorScale() {
                return model.factorScale();
            }
        };
    }

    private static SpecResult check(String shape, String a, String algorithm, int precision) {
        String yaml =
                """
                id: rect-identity
                title: identities
                expect: holds
                problem:
                  kind: matrix-sensing
                  shape: %s
                  A: %s
                  y: [1, -2, "1/2", 3]
                algorithm:
                  kind: factorized-gradient-descent
                  depth: 3
                  init-scale: "1/2"
                  step: "1/200"
                %s
                prediction: {kind: none}
                claims:
                  - {kind: ode-identity, identity: singular-value-dynamics, tolerance: 1e-25}
                  - {kind: ode-identity, identity: end-to-end-dynamics, tolerance: 1e-25}
                  - {kind: invariant, quantity: balancedness, tolerance: 1e-25}
                run:
                  max-iterations: 15
                  precision: %d
                """
                        .formatted(shape, a, algorithm, precision);
        return new Checker(CheckOptions.defaults())
                .check(Planner.plan(LOADER.load(null, yaml)), Progress.NONE);
    }

    private static final String A =
            "[[1, 2, 0, -1, 1, 0], [0, 1, 3, 1, -1, 2], [2, 0, 1, 0, 1, 1], [1, -1, 1, 2, 0, -1]]";

    @Test
    void balancedRectangularMidpointRunsKeepBothIdentitiesAt34Digits() {
        // tall from the rotated start, wide from alpha E
        String[][] cases = {{"[3, 2]", "balanced-rotated"}, {"[2, 3]", "balanced"}};
        for (String[] shapeInit : cases) {
            String shape = shapeInit[0], init = shapeInit[1];
            SpecResult r = check(shape, A, "  init: " + init + "\n  scheme: implicit-midpoint", 34);
            for (ClaimResult c : r.points().get(0).claims()) {
                assertThat(c.verdict()).as(shape + init + c.message()).isEqualTo(Verdict.HOLDS);
                assertThat(c.error()).isLessThan(1e-30);
            }
        }
    }

    @Test
    void explicitRectangularStepsBreakThem() {
        SpecResult r = check("[3, 2]", A, "  init: balanced-rotated\n  scheme: explicit", 34);
        for (ClaimResult c : r.points().get(0).claims())
            assertThat(c.verdict()).as(c.message()).isEqualTo(Verdict.FAILS);
    }

    @Test
    void aHiddenWidthBelowMinMnLeavesNothingToCheck() {
        // widths [1, 1]: W has rank 1 at every iterate, the identities are skipped everywhere
        SpecResult r = check("[3, 2]", A, "  widths: [1, 1]\n  scheme: implicit-midpoint", 34);
        for (int j = 0; j < 2; j++) {
            ClaimResult c = r.points().get(0).claims().get(j);
            assertThat(c.verdict()).as(c.message()).isEqualTo(Verdict.INCONCLUSIVE);
            assertThat(c.message()).contains("hidden width below min(m, n)");
        }
        // balancedness is still conserved
        assertThat(r.points().get(0).claims().get(2).verdict()).isEqualTo(Verdict.HOLDS);
    }

    @Test
    void shapesThatDoNotFitAreSpecErrorsAtTheirKey() {
        assertThatThrownBy(() -> check("[3, 2]", A, "  widths: [3, 3]", 16))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("algorithm.widths")
                .hasMessageContaining("init: balanced")
                .hasMessageContaining("W_2^T W_2 - W_1 W_1^T");
        assertThatThrownBy(
                        () -> check("[3, 2]", A, "  widths: [2, 1]\n  init: balanced-rotated", 16))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("algorithm.init")
                .hasMessageContaining("every hidden width equal");
        assertThatThrownBy(
                        () ->
                                Planner.plan(
                                        LOADER.load(
                                                null,
                                                """
                                                id: rect-det
                                                title: det
                                                expect: holds
                                                problem:
                                                  kind: matrix-sensing
                                                  shape: [3, 2]
                                                  A: %s
                                                  y: [1, -2, "1/2", 3]
                                                algorithm:
                                                  kind: factorized-gradient-descent
                                                  init-scale: "1/2"
                                                  step: "1/200"
                                                prediction: {kind: none}
                                                claims:
                                                  - {kind: invariant, quantity: det, sign: positive}
                                                """
                                                        .formatted(A))))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("claims[0].quantity")
                .hasMessageContaining("det needs a square matrix, but problem.shape is [3, 2]");
        assertThatThrownBy(() -> check("[3, 2]", A, "  widths: [2]", 16))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("expected depth - 1 = 2 hidden widths, got 1");
        assertThatThrownBy(() -> check("[3, 2]", A, "  widths: [2, 0.5]", 16))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("positive integers");
    }
}
