package dev.occam.claim;

import static org.assertj.core.api.Assertions.assertThat;
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
import dev.occam.problem.Objective;
import dev.occam.result.ClaimResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;
import dev.occam.spec.SpecLoader;
import dev.occam.symbolic.Symbolic;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

/**
 * The factorization identities: a residual derived by hand for unbalanced scalar factors, a wrong
 * factor gradient caught, and the balanced runs at the rounding of their tier.
 */
class OdeIdentityClaimTest {
    private static final Tier DOUBLE = Tier.forDigits(16);
    private static final SpecLoader LOADER =
            new SpecLoader(text -> Symbolic.get().number(text, Duration.ofSeconds(5)));

    private static final LeastSquares SCALAR =
            new LeastSquares(new Value[][] {{Value.of(1)}}, new Value[] {Value.of(7)});

    @Test
    void unbalancedScalarFactorsGiveTheResidualDerivedByHand() {
        // W = w2 w1 with w1 = 1, w2 = 2, l(W) = (W - 7)^2, g = l'(2) = -10. Factor velocities
        // -w2 g and -w1 g give dW/dt = -(w1^2 + w2^2) g = -5g; the balanced formula says
        // -2 sigma^(2 - 2/2) g = -4g. Residual |g| over the scale N sigma^(2-2/N) |g| = 4|g|: 1/4.
        FactorStart start =
                new FactorStart("test", new Value[][][] {{{Value.of(1)}}, {{Value.of(2)}}});
        Stepper s =
                new FactorizedGradientDescent(StepSize.constant(0.01, "0.01"), start, false)
                        .start(SCALAR.objective(DOUBLE), DOUBLE.of(new double[] {2}));
        FactorIdentities.Residuals r = FactorIdentities.at(s.factorized(), s.iterate());
        assertThat(r.endToEnd()).isCloseTo(0.25, within(1e-15));
        assertThat(r.singularValues()).isCloseTo(0.25, within(1e-15));
        assertThat(s.factorized().balancedness()).isCloseTo(3, within(1e-15)); // |4 - 1|
    }

    /**
     * Depth 2 from exactly balanced factors, with the factor gradient of W_1 planted wrong: W_2 G
     * instead of W_2^T G. The identity check must reject it, and accept the right one.
     */
    @Test
    void aWrongFactorGradientBreaksTheIdentity() {
        FactorStart start = FactorStart.cayley(2, 2, Value.of(1), 5);
        LeastSquares sensing =
                new LeastSquares(
                        new Value[][] {
                            {Value.of(1), Value.of(2), Value.of(0), Value.of(-1)},
                            {Value.of(0), Value.of(1), Value.of(3), Value.of(1)}
                        },
                        new Value[] {Value.of(1), Value.of(-2)});
        Objective f = sensing.objective(DOUBLE);
        Stepper right =
                new FactorizedGradientDescent(StepSize.constant(0.01, "0.01"), start, false)
                        .start(f, DOUBLE.of(start.endToEnd()));
        FactorizedModel model = right.factorized();
        assertThat(FactorIdentities.at(model, right.iterate()).endToEnd()).isLessThan(1e-14);
        double[][] w1 = matrix(start.factors()[0]), w2 = matrix(start.factors()[1]);
        double[][] g = reshape(model.lossGradient());
        // dW/dt = W2 dW1 + dW2 W1 with dW2 = -G W1^T and the planted dW1 = -W2 G (not -W2^T G)
        double[][] wrong =
                add(
                        scale(-1, multiply(w2, multiply(w2, g))),
                        scale(-1, multiply(multiply(g, transpose(w1)), w1)));
        FactorizedModel planted =
                new FactorizedModel() {
                    @Override
                    public int depth() {
                        return 2;
                    }

                    @Override
                    public int rows() {
                        return 2;
                    }

                    @Override
                    public int cols() {
                        return 2;
                    }

                    @Override
                    public int maxRank() {
                        return 2;
                    }

                    @Override
                    public Vec lossGradient() {
                        return model.lossGradient();
                    }

                    @Override
                    public Vec endToEndVelocity() {
                        return DOUBLE.of(
                                new double[] {wrong[0][0], wrong[0][1], wrong[1][0], wrong[1][1]});
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
        // the rotations make W2 non-symmetric, so the planted error is of order one
        assertThat(FactorIdentities.at(planted, right.iterate()).endToEnd()).isGreaterThan(1e-3);
    }

    private static SpecResult check(String scheme, int precision, String tolerance) {
        return check("  scheme: " + scheme + "\n  step: \"1/200\"", 15, precision, tolerance);
    }

    private static SpecResult check(
            String stepping, int iterations, int precision, String tolerance) {
        String yaml =
                """
                id: identity
                title: identities
                expect: holds
                problem:
                  kind: matrix-sensing
                  shape: [2, 2]
                  A: [[1, 2, 0, -1], [0, 1, 3, 1], [2, 0, 1, 1]]
                  y: [1, -2, "1/2"]
                algorithm:
                  kind: factorized-gradient-descent
                  depth: 3
                  init: balanced-rotated
                  init-scale: "1/2"
                %s
                prediction: {kind: none}
                claims:
                  - {kind: ode-identity, identity: singular-value-dynamics, tolerance: %s}
                  - {kind: ode-identity, identity: end-to-end-dynamics, tolerance: %s}
                  - {kind: invariant, quantity: balancedness, tolerance: %s}
                run:
                  max-iterations: %d
                  precision: %d
                """
                        .formatted(
                                stepping, tolerance, tolerance, tolerance, iterations, precision);
        return new Checker(CheckOptions.defaults())
                .check(Planner.plan(LOADER.load(null, yaml)), Progress.NONE);
    }

    @Test
    void implicitMidpointStepsKeepBothIdentitiesAtTheRoundingOf34Digits() {
        SpecResult r = check("implicit-midpoint", 34, "1e-25");
        List<ClaimResult> claims = r.points().get(0).claims();
        for (ClaimResult c : claims) {
            assertThat(c.verdict()).as(c.message()).isEqualTo(Verdict.HOLDS);
            assertThat(c.error()).isLessThan(1e-30);
        }
    }

    @Test
    void explicitStepsDriftFromBalancedAndBreakTheIdentitiesAt34Digits() {
        // gradient descent moves the balancedness by O(eta^2) per step: far above 1e-25
        SpecResult r = check("explicit", 34, "1e-25");
        for (ClaimResult c : r.points().get(0).claims())
            assertThat(c.verdict()).as(c.message()).isEqualTo(Verdict.FAILS);
    }

    @Test
    void theIntegratedFlowInDoubleKeepsBothIdentitiesWithin1e9() {
        // Dormand-Prince does not conserve balancedness exactly; at tolerance 1e-13 it drifts far
        // below 1e-9 over 20 units of flow time
        SpecResult r = check("  step: flow\n  flow-tolerance: 1e-13", 20, 16, "1e-9");
        for (ClaimResult c : r.points().get(0).claims()) {
            assertThat(c.verdict()).as(c.message()).isEqualTo(Verdict.HOLDS);
            assertThat(c.error()).isLessThan(1e-9);
        }
    }

    /**
     * Rounding that would fool a tolerance: in double the balanced midpoint run's residual is
     * rounding (about 1e-16), so a 1e-25 tolerance can neither hold nor fail there.
     */
    @Test
    void aToleranceBelowTheTiersRoundingIsInconclusiveNotBroken() {
        SpecResult r = check("implicit-midpoint", 16, "1e-25");
        for (int j = 0; j < 2; j++) {
            ClaimResult c = r.points().get(0).claims().get(j);
            assertThat(c.verdict()).as(c.message()).isEqualTo(Verdict.INCONCLUSIVE);
            assertThat(c.message()).contains("precision floor");
        }
        // the balancedness drift is rounding too: "conserved within 1e-25" cannot be told
        ClaimResult balanced = r.points().get(0).claims().get(2);
        assertThat(balanced.verdict()).as(balanced.message()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(balanced.message()).contains("cannot resolve");
    }

    private static double[][] matrix(Value[][] v) {
        double[][] m = new double[v.length][v[0].length];
        for (int i = 0; i < v.length; i++)
            for (int j = 0; j < v[0].length; j++) m[i][j] = v[i][j].doubleValue();
        return m;
    }

    private static double[][] reshape(Vec w) {
        return new double[][] {{w.get(0), w.get(1)}, {w.get(2), w.get(3)}};
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[2][2];
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 2; j++) for (int k = 0; k < 2; k++) c[i][j] += a[i][k] * b[k][j];
        return c;
    }

    private static double[][] transpose(double[][] a) {
        return new double[][] {{a[0][0], a[1][0]}, {a[0][1], a[1][1]}};
    }

    private static double[][] add(double[][] a, double[][] b) {
        return new double[][] {
            {a[0][0] + b[0][0], a[0][1] + b[0][1]}, {a[1][0] + b[1][0], a[1][1] + b[1][1]}
        };
    }

    private static double[][] scale(double s, double[][] a) {
        return new double[][] {{s * a[0][0], s * a[0][1]}, {s * a[1][0], s * a[1][1]}};
    }
}
