package dev.occam.prediction;

import static dev.occam.prediction.TestAlgebra.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.NormSquaredPotential;
import dev.occam.problem.Objective;
import dev.occam.problem.Problem;
import dev.occam.problem.SeparablePotential;

import org.assertj.core.data.Percentage;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Bregman projections checked against Newton solves written here and the KKT geometry in double.
 */
class BregmanProjectionTest {
    private static final int DIGITS = 34;
    private static SeparablePotential entropy;

    @BeforeAll
    static void parse() {
        entropy = SeparablePotential.of("x*Log(x) - x", Duration.ofSeconds(5));
    }

    static BigFraction f(int n) {
        return new BigFraction(n);
    }

    static BigFraction f(int n, int d) {
        return new BigFraction(n, d);
    }

    /**
     * The entropy projection: w = w0 exp(X^T lambda) with X w = y, by undamped-then-damped Newton
     * in double.
     */
    static double[] entropyNewton(double[][] x, double[] y, double[] w0) {
        int n = x.length, d = w0.length;
        double[] lambda = new double[n];
        double[] w = w0.clone();
        for (int it = 0; it < 200; it++) {
            double[] r = residual(x, y, w);
            if (TestAlgebra.maxAbs(r) < 1e-15) break;
            double[][] jac = new double[n][n];
            for (int i = 0; i < n; i++)
                for (int k = 0; k < n; k++)
                    for (int j = 0; j < d; j++) jac[i][k] += x[i][j] * w[j] * x[k][j];
            double[] step =
                    new LUDecomposition(MatrixUtils.createRealMatrix(jac))
                            .getSolver()
                            .solve(MatrixUtils.createRealVector(r))
                            .toArray();
            double t = 1;
            double rn = norm(r);
            for (int k = 0; k < 60; k++, t /= 2) {
                double[] trial = lambda.clone();
                for (int i = 0; i < n; i++) trial[i] -= t * step[i];
                double[] wt = entropyPoint(x, w0, trial);
                if (norm(residual(x, y, wt)) < rn) {
                    lambda = trial;
                    w = wt;
                    break;
                }
            }
        }
        return w;
    }

    static double[] entropyPoint(double[][] x, double[] w0, double[] lambda) {
        double[] w = new double[w0.length];
        for (int j = 0; j < w.length; j++) {
            double s = 0;
            for (int i = 0; i < x.length; i++) s += x[i][j] * lambda[i];
            w[j] = w0[j] * Math.exp(s);
        }
        return w;
    }

    static double[] residual(double[][] x, double[] y, double[] w) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = -y[i];
            for (int j = 0; j < w.length; j++) s += x[i][j] * w[j];
            r[i] = s;
        }
        return r;
    }

    static double norm(double[] a) {
        double s = 0;
        for (double v : a) s += v * v;
        return Math.sqrt(s);
    }

    /** max_i |X_i w - y_i| in 100-digit BigDecimal. */
    static BigDecimal residualBig(BigFraction[][] x, BigFraction[] y, BigDecimal[] w) {
        MathContext mc = new MathContext(100);
        BigDecimal worst = BigDecimal.ZERO;
        for (int i = 0; i < x.length; i++) {
            BigDecimal s = TestAlgebra.decimal(y[i], 100).negate();
            for (int j = 0; j < w.length; j++)
                s = s.add(TestAlgebra.decimal(x[i][j], 100).multiply(w[j], mc), mc);
            worst = worst.max(s.abs());
        }
        return worst;
    }

    @Test
    void deckExampleMatchesAnIndependentNewtonSolve() {
        BigFraction[][] x = {{f(1), f(2), f(1), f(1)}, {f(2), f(1), f(3), f(1)}};
        BigFraction[] y = {f(2), f(3)};
        BigFraction[] w0 = {f(1), f(1, 2), f(1, 4), f(1)};
        Prediction p =
                new BregmanProjection(entropy)
                        .predict(new LeastSquares(values(x), values(y)), values(w0), DIGITS);
        assertThat(p.unmet()).isNull();
        double[] got = TestAlgebra.toDouble(p.value());
        for (double v : got) assertThat(v).isPositive();
        assertThat(residualBig(x, y, p.value())).isLessThan(new BigDecimal("1e-30"));

        double[][] xd = TestAlgebra.toDouble(x);
        double[] w0d = TestAlgebra.toDouble(w0);
        double[] logShift = new double[4];
        for (int j = 0; j < 4; j++) logShift[j] = Math.log(got[j]) - Math.log(w0d[j]);
        assertThat(TestAlgebra.rowSpaceResidual(xd, logShift)).isLessThan(1e-12);

        double[] ref = entropyNewton(xd, TestAlgebra.toDouble(y), w0d);
        for (int j = 0; j < 4; j++)
            assertThat(got[j]).isCloseTo(ref[j], Percentage.withPercentage(1e-10));

        assertThat(p.certificate().get("perturbation test")).startsWith("passed");
        assertThat(p.preconditions()).anyMatch(s -> s.contains("meets w > 0"));
        assertThat(p.derived()).containsKey("phi'(x) (mirror map)");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void randomEntropyProjections(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = r.nextInt(1, 4);
        int d = r.nextInt(n + 1, 7);
        BigFraction[][] x = TestAlgebra.randomFullRowRank(r, n, d);
        BigFraction[] star = new BigFraction[d];
        BigFraction[] w0 = new BigFraction[d];
        for (int j = 0; j < d; j++) {
            star[j] = new BigFraction(r.nextInt(1, 9), r.nextInt(1, 5));
            w0[j] = new BigFraction(r.nextInt(1, 9), r.nextInt(1, 5));
        }
        BigFraction[] y = TestAlgebra.multiply(x, star); // a positive point is feasible
        Prediction p =
                new BregmanProjection(entropy)
                        .predict(new LeastSquares(values(x), values(y)), values(w0), DIGITS);
        assertThat(p.unmet()).isNull();
        double[] got = TestAlgebra.toDouble(p.value());
        for (BigDecimal v : p.value()) assertThat(v.signum()).isPositive();
        assertThat(residualBig(x, y, p.value())).isLessThan(new BigDecimal("1e-30"));
        double[] logShift = new double[d];
        for (int j = 0; j < d; j++) logShift[j] = Math.log(got[j]) - Math.log(w0[j].doubleValue());
        assertThat(TestAlgebra.rowSpaceResidual(TestAlgebra.toDouble(x), logShift))
                .isLessThan(1e-11);
        double[] ref =
                entropyNewton(
                        TestAlgebra.toDouble(x), TestAlgebra.toDouble(y), TestAlgebra.toDouble(w0));
        for (int j = 0; j < d; j++) {
            assertThat(Math.abs(got[j] - ref[j])).isLessThan(1e-10 * Math.max(1, Math.abs(ref[j])));
        }
        assertThat(p.certificate().get("perturbation test")).startsWith("passed");
    }

    @Test
    void noPositiveSolutionIsUnmet() {
        Prediction p =
                new BregmanProjection(entropy)
                        .predict(
                                new LeastSquares(
                                        values(new BigFraction[][] {{f(1), f(1), f(1)}}),
                                        values(new BigFraction[] {f(-1)})),
                                values(new BigFraction[] {f(1), f(1), f(1)}),
                                DIGITS);
        assertThat(p.available()).isFalse();
        assertThat(p.unmet()).contains("does not meet the domain");
    }

    @Test
    void solutionSetTouchingOnlyTheBoundaryIsUnmet() {
        // w1 + w2 = 0 meets w >= 0 only at 0, never w > 0
        Prediction p =
                new BregmanProjection(entropy)
                        .predict(
                                new LeastSquares(
                                        values(new BigFraction[][] {{f(1), f(1), f(0)}}),
                                        values(new BigFraction[] {f(0)})),
                                values(new BigFraction[] {f(1), f(1), f(1)}),
                                DIGITS);
        assertThat(p.available()).isFalse();
        assertThat(p.unmet()).contains("does not meet the domain");
    }

    @Test
    void dependentRowsAreUnmetAsSuch() {
        // a consistent system whose second row repeats the first: the projection exists, but the
        // multipliers are not unique; the reason given must be the rows, not the domain
        BigFraction[][] x = {{f(1), f(2), f(1), f(1)}, {f(2), f(4), f(2), f(2)}};
        Prediction p =
                new BregmanProjection(entropy)
                        .predict(
                                new LeastSquares(values(x), values(new BigFraction[] {f(2), f(4)})),
                                values(new BigFraction[] {f(1), f(1), f(1), f(1)}),
                                DIGITS);
        assertThat(p.available()).isFalse();
        assertThat(p.unmet()).contains("linearly dependent");
    }

    @Test
    void w0OutsideTheDomainIsUnmet() {
        Prediction p =
                new BregmanProjection(entropy)
                        .predict(
                                new LeastSquares(
                                        values(new BigFraction[][] {{f(1), f(2), f(1), f(1)}}),
                                        values(new BigFraction[] {f(2)})),
                                values(new BigFraction[] {f(1), f(-1), f(1), f(1)}),
                                DIGITS);
        assertThat(p.available()).isFalse();
        assertThat(p.unmet()).contains("w0 outside").contains("w[1]");
    }

    @Test
    void notALeastSquaresProblemIsRejected() {
        Problem other =
                new Problem() {
                    @Override
                    public String kind() {
                        return "logistic";
                    }

                    @Override
                    public int dimension() {
                        return 2;
                    }

                    @Override
                    public Objective objective(Tier tier) {
                        return null;
                    }
                };
        assertThatThrownBy(
                        () ->
                                new BregmanProjection(entropy)
                                        .predict(other, new Value[] {Value.of(1), Value.of(1)}, 20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("least-squares");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void normSquaredPotentialSatisfiesItsKktConditions(long seed) {
        SplittableRandom r = new SplittableRandom(seed + 50);
        int n = r.nextInt(1, 3);
        int d = r.nextInt(n + 1, 6);
        BigFraction[][] x = TestAlgebra.randomFullRowRank(r, n, d);
        BigFraction[] y = TestAlgebra.randomNonZeroVector(r, n);
        BigFraction[] w0 = TestAlgebra.randomNonZeroVector(r, d);
        Prediction p =
                new BregmanProjection(new NormSquaredPotential(Value.of(f(3), "3")))
                        .predict(new LeastSquares(values(x), values(y)), values(w0), DIGITS);
        assertThat(p.unmet()).isNull();
        assertThat(residualBig(x, y, p.value())).isLessThan(new BigDecimal("1e-30"));
        // grad psi(w) - grad psi(w0) in row(X), grad of 1/2||w||_3^2 = ||w||_3^(-1) sign(w) w^2,
        // written out here
        double[] g = normSquaredGradient(TestAlgebra.toDouble(p.value()));
        double[] g0 = normSquaredGradient(TestAlgebra.toDouble(w0));
        double[] diff = new double[d];
        for (int j = 0; j < d; j++) diff[j] = g[j] - g0[j];
        assertThat(TestAlgebra.rowSpaceResidual(TestAlgebra.toDouble(x), diff))
                .isLessThan(1e-12 * Math.max(1, TestAlgebra.maxAbs(g0)));
        assertThat(p.certificate().get("perturbation test")).startsWith("passed");
    }

    static double[] normSquaredGradient(double[] w) {
        double s = 0;
        for (double v : w) s += Math.abs(v) * v * v;
        double norm = Math.cbrt(s);
        double[] g = new double[w.length];
        for (int j = 0; j < w.length; j++) g[j] = Math.signum(w[j]) * w[j] * w[j] / norm;
        return g;
    }
}
