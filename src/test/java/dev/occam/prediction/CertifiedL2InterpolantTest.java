package dev.occam.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.RationalLinearAlgebra;
import dev.occam.numeric.SplitMix64;
import dev.occam.numeric.Value;
import dev.occam.problem.LeastSquares;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The floating-point l2 interpolant against the exact one, computed here independently by Bareiss
 * elimination in rationals ({@link RationalLinearAlgebra}): w* = w0 + X^T (X X^T)^-1 (y - X w0).
 * The certified radius must contain the true error, also for a planted wrong lambda.
 */
class CertifiedL2InterpolantTest {
    private static final MathContext MC = new MathContext(80, RoundingMode.HALF_EVEN);

    /** An n x d system of exact doubles: Gaussian, rows nearly dependent, or scaled. */
    static double[][] matrix(String shape, int n, int d, long seed) {
        SplitMix64 g = new SplitMix64(seed);
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) x[i][j] = g.nextGaussian();
        switch (shape) {
            case "nearly-dependent" -> {
                // every row is row 0 plus 1e-8 noise: condition number of X about 1e8
                for (int i = 1; i < n; i++)
                    for (int j = 0; j < d; j++) x[i][j] = x[0][j] + 1e-8 * x[i][j];
            }
            case "small" -> scale(x, 1e-8, 1e-8);
            case "large" -> scale(x, 1e8, 1e8);
            case "mixed" -> scale(x, 1e-8, 1e8);
            default -> {}
        }
        return x;
    }

    /** Even rows times {@code even}, odd rows times {@code odd}. */
    private static void scale(double[][] x, double even, double odd) {
        for (int i = 0; i < x.length; i++)
            for (int j = 0; j < x[i].length; j++) x[i][j] *= i % 2 == 0 ? even : odd;
    }

    static BigFraction[] vector(int n, long seed) {
        SplitMix64 g = new SplitMix64(seed);
        BigFraction[] v = new BigFraction[n];
        for (int i = 0; i < n; i++) v[i] = new BigFraction(g.nextGaussian());
        return v;
    }

    static BigFraction[][] fractions(double[][] x) {
        BigFraction[][] f = new BigFraction[x.length][];
        for (int i = 0; i < x.length; i++) f[i] = Fractions.of(x[i]);
        return f;
    }

    /** The exact multipliers (X X^T)^-1 (y - X w0). */
    static BigFraction[] exactLambda(BigFraction[][] x, BigFraction[] y, BigFraction[] w0) {
        BigFraction[][] xt = RationalLinearAlgebra.transpose(x);
        BigFraction[][] g = RationalLinearAlgebra.multiply(x, xt);
        BigFraction[] xw0 = RationalLinearAlgebra.multiply(x, w0);
        BigFraction[] rhs = new BigFraction[y.length];
        for (int i = 0; i < y.length; i++) rhs[i] = y[i].subtract(xw0[i]);
        return RationalLinearAlgebra.solve(g, rhs);
    }

    static BigFraction[] exactPoint(BigFraction[][] x, BigFraction[] w0, BigFraction[] l) {
        BigFraction[] shift = RationalLinearAlgebra.multiply(RationalLinearAlgebra.transpose(x), l);
        BigFraction[] w = new BigFraction[w0.length];
        for (int j = 0; j < w.length; j++) w[j] = w0[j].add(shift[j]);
        return w;
    }

    /** ||value - w*|| to 80 digits. */
    static BigDecimal distance(BigDecimal[] value, BigFraction[] exact) {
        BigDecimal s = BigDecimal.ZERO;
        for (int j = 0; j < value.length; j++) {
            BigDecimal e =
                    new BigDecimal(exact[j].getNumerator())
                            .divide(new BigDecimal(exact[j].getDenominator()), MC);
            BigDecimal diff = value[j].subtract(e, MC);
            s = s.add(diff.multiply(diff, MC), MC);
        }
        return s.sqrt(MC);
    }

    static double norm(BigFraction[] v) {
        double s = 0;
        for (BigFraction f : v) s += f.doubleValue() * f.doubleValue();
        return Math.sqrt(s);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gaussian", "nearly-dependent", "small", "large", "mixed"})
    void agreesWithTheExactInterpolantAndTheRadiusContainsTheError(String shape) {
        int n = 6, d = 30;
        BigFraction[][] x = fractions(matrix(shape, n, d, 11));
        BigFraction[] y = vector(n, 12), w0 = vector(d, 13);
        BigFraction[] exact = exactPoint(x, w0, exactLambda(x, y, w0));
        CertifiedL2Interpolant c = CertifiedL2Interpolant.of(x, y, w0);
        assertThat(c).as("certified").isNotNull();
        CertifiedL2Interpolant.Solution s = c.solve(34);
        assertThat(s).as("certified to 34 digits").isNotNull();
        BigDecimal error = distance(s.value(), exact);
        assertThat(error).as("true error <= radius").isLessThanOrEqualTo(s.radius());
        double scale = 1 + norm(exact);
        assertThat(error.doubleValue()).isLessThan(1e-30 * scale);
        assertThat(s.radius().doubleValue()).isLessThan(1e-30 * scale);
        // the proved lambda_min bound really is below lambda_min: the exact smallest pivot-free
        // check, X X^T - lower I is positive semidefinite
        BigFraction[][] g = RationalLinearAlgebra.multiply(x, RationalLinearAlgebra.transpose(x));
        for (int i = 0; i < n; i++) g[i][i] = g[i][i].subtract(c.lambdaMinLower);
        assertThat(dev.occam.numeric.PositiveDefinite.semidefinite(g)).isTrue();
    }

    @Test
    void aWrongLambdaGetsARadiusThatContainsItsError() {
        int n = 6, d = 30;
        BigFraction[][] x = fractions(matrix("gaussian", n, d, 21));
        BigFraction[] y = vector(n, 22), w0 = vector(d, 23);
        BigFraction[] lambda = exactLambda(x, y, w0);
        BigFraction[] exact = exactPoint(x, w0, lambda);
        CertifiedL2Interpolant c = CertifiedL2Interpolant.of(x, y, w0);
        for (int k = 0; k < n; k++) {
            // lambda wrong in its 10th digit, one entry at a time
            BigFraction[] wrong = lambda.clone();
            wrong[k] = wrong[k].multiply(BigFraction.ONE.add(new BigFraction(1, 10_000_000_000L)));
            CertifiedL2Interpolant.Solution s = c.certify(wrong, 34);
            BigDecimal error = distance(s.value(), exact);
            assertThat(error.doubleValue()).as("the planted error shows").isGreaterThan(1e-14);
            assertThat(error).as("true error <= radius").isLessThanOrEqualTo(s.radius());
        }
        // and the exact lambda certifies to the rounding of the decimals only
        CertifiedL2Interpolant.Solution s = c.certify(lambda, 34);
        assertThat(s.rowSpaceError().signum()).isZero();
    }

    @Test
    void dependentRowsAreNotCertified() {
        double[][] m = matrix("gaussian", 5, 20, 31);
        for (int j = 0; j < 20; j++) m[4][j] = m[0][j] + m[1][j];
        BigFraction[][] x = fractions(m);
        for (int j = 0; j < 20; j++) x[4][j] = x[0][j].add(x[1][j]); // exactly dependent
        assertThat(CertifiedL2Interpolant.of(x, vector(5, 32), vector(20, 33))).isNull();
    }

    @Test
    void dependentRowsOfALargeSystemAreRefusedWithTheExactPathsMessage() {
        double[][] m = matrix("gaussian", 16, 160, 41);
        Value[][] x = new Value[16][160];
        for (int i = 0; i < 16; i++)
            for (int j = 0; j < 160; j++) x[i][j] = Value.of(new BigFraction(m[i][j]), "");
        for (int j = 0; j < 160; j++)
            x[15][j] = Value.of(new BigFraction(m[0][j]).add(new BigFraction(m[1][j])), "");
        Value[] y = new Value[16];
        for (int i = 0; i < 16; i++) y[i] = Value.of(i);
        Value[] w0 = new Value[160];
        for (int j = 0; j < 160; j++) w0[j] = Value.of(0);
        assertThat(CertifiedL2Interpolant.exactWork(Fractions.of(x)))
                .isGreaterThan(CertifiedL2Interpolant.EXACT_WORK_LIMIT);
        Prediction p = MinDistanceInterpolant.l2().predict(new LeastSquares(x, y), w0, 30);
        assertThat(p.available()).isFalse();
        assertThat(p.unmet()).contains("the rows of X are linearly dependent");
    }

    @Test
    void theRuleKeepsTheBundledRandomSystemExactAndSendsLargerOnesToTheFloatingPath() {
        // theorems/gd-least-squares-random.yaml: 20 x 60 Gaussian doubles, seed 7
        assertThat(CertifiedL2Interpolant.exactWork(fractions(matrix("gaussian", 20, 60, 7))))
                .isLessThan(CertifiedL2Interpolant.EXACT_WORK_LIMIT);
        assertThat(CertifiedL2Interpolant.exactWork(fractions(matrix("gaussian", 16, 160, 7))))
                .isGreaterThan(CertifiedL2Interpolant.EXACT_WORK_LIMIT);
        // small integers stay exact at any shape the data limit allows
        BigFraction[][] ints = new BigFraction[10][1000];
        for (BigFraction[] row : ints) java.util.Arrays.fill(row, new BigFraction(7));
        assertThat(CertifiedL2Interpolant.exactWork(ints))
                .isLessThan(CertifiedL2Interpolant.EXACT_WORK_LIMIT);
    }

    @Test
    void aLargeGaussianPredictionIsCertifiedNotExact() {
        double[][] m = matrix("gaussian", 16, 160, 51);
        Value[][] x = new Value[16][160];
        for (int i = 0; i < 16; i++)
            for (int j = 0; j < 160; j++) x[i][j] = Value.of(new BigFraction(m[i][j]), "");
        Value[] y = new Value[16];
        for (int i = 0; i < 16; i++) y[i] = Value.of(i - 8);
        Value[] w0 = new Value[160];
        for (int j = 0; j < 160; j++) w0[j] = Value.of(j % 3);
        Prediction p = MinDistanceInterpolant.l2().predict(new LeastSquares(x, y), w0, 30);
        assertThat(p.available()).isTrue();
        assertThat(p.exact()).isNull();
        assertThat(p.quantities().get("radius")[0].doubleValue()).isLessThan(1e-30);
        assertThat(p.certificate())
                .containsKeys("feasibility ||Xw - y||", "lambda_min(X X^T)", "radius");
        assertThat(p.value()).hasSize(160);
    }
}
