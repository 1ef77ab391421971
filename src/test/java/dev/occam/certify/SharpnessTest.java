package dev.occam.certify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Interval;
import dev.occam.numeric.Value;
import dev.occam.problem.Curvature;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.Quadratic;
import dev.occam.problem.ScalarNetwork;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The sharpness interval contains lambda_max and is narrow. Truths by hand: eigenvalues of small
 * rational matrices in closed form, a planted Q diag(d) Q^T with Q rational orthogonal (Cayley
 * transform, built here in exact rationals), the scalar network at a minimum (sum_i 1/w_i^2) and
 * the tridiagonal (-1, 2, -1) matrix (2 + 2 cos(pi/(n+1))).
 */
class SharpnessTest {
    private static final double NARROW = 1e-12;

    /**
     * The bisection fallback (no usable estimate) meets vanishing leading minors: diag(5, 6, 7) -
     * mu I has a zero pivot at mu = 5, 6 and 7, which must not be read as "every eigenvalue lies
     * below mu". Truth by hand: lambda_max = 7.
     */
    @Test
    void bisectionStepsOverVanishingMinors() {
        long[][] m = {{5, 0, 0}, {0, 6, 0}, {0, 0, 7}};
        double nan = Double.NaN;
        double[][] noEstimate = {{nan, 0, 0}, {0, nan, 0}, {0, 0, nan}};
        long[] bracket = Sharpness.topBracket(m, noEstimate, 1);
        // 5, 6 and 7 all have a zero pivot, so the nearest decidable integers are 4 (no eigenvalue
        // below) and 8 (all three below): the bracket is [4, 8], which contains 7 (the old fallback
        // counted a zero pivot as "all below" and returned [4, 6])
        assertThat(bracket).containsExactly(4, 8);
        // a zero pivot is undefined, never a count
        assertThat(Sharpness.below(m, 6)).isEqualTo(-1);
        assertThat(Sharpness.below(m, 8)).isEqualTo(3);
        assertThat(Sharpness.below(m, 4)).isZero();
    }

    @Test
    void quadraticWithRationalEigenvalues() {
        // [[2, 1], [1, 2]]: eigenvalues 1 and 3
        Curvature c = Quadratic.of(matrix(new long[][] {{2, 1}, {1, 2}}), vector(0, 0)).curvature();
        assertTight(Sharpness.at(c, new double[] {0.3, -7}), 3);
    }

    @Test
    void irrationalEigenvalueIsBracketed() {
        // [[2, 1], [1, 1]]: lambda_max = (3 + sqrt 5)/2
        Curvature c = Quadratic.of(matrix(new long[][] {{2, 1}, {1, 1}}), vector(1, 0)).curvature();
        Sharpness.Bound b = Sharpness.at(c, new double[] {0, 0});
        BigDecimal truth =
                BigDecimal.valueOf(3)
                        .add(BigDecimal.valueOf(5).sqrt(MathContext.DECIMAL128))
                        .divide(BigDecimal.valueOf(2));
        assertThat(new BigDecimal(b.lo())).isLessThanOrEqualTo(truth);
        assertThat(new BigDecimal(b.hi())).isGreaterThanOrEqualTo(truth);
        assertThat(b.hi() - b.lo()).isLessThan(NARROW);
    }

    @Test
    void leastSquaresHessianIsTwiceXTransposeX() {
        // X = [[1, 1], [0, 1]]: 2 X^T X = [[2, 2], [2, 4]], lambda_max = 3 + sqrt 5
        LeastSquares ls = new LeastSquares(matrix(new long[][] {{1, 1}, {0, 1}}), vector(1, 1));
        Sharpness.Bound b = Sharpness.at(ls.curvature(), new double[] {5, 5});
        assertTight(b, 3 + Math.sqrt(5));
    }

    @Test
    void plantedSpectrumThroughARationalRotation() {
        // Q = (I - S)(I + S)^-1 with S skew: rational and orthogonal; H = Q diag(5, 2, -1) Q^T
        BigFraction[][] s = {
            {f(0), f(1), f(2)}, {f(-1), f(0), f(3)}, {f(-2), f(-3), f(0)},
        };
        BigFraction[][] q = multiply(subtract(identity(3), s), inverse(add(identity(3), s)));
        assertThat(multiply(q, transpose(q))).isDeepEqualTo(identity(3));
        BigFraction[][] d = {{f(5), f(0), f(0)}, {f(0), f(2), f(0)}, {f(0), f(0), f(-1)}};
        BigFraction[][] h = multiply(multiply(q, d), transpose(q));
        Interval[][] enclosure = new Interval[3][3];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                enclosure[i][j] =
                        Interval.enclosing(h[i][j].getNumerator(), h[i][j].getDenominator());
        // the entries (denominators 15^2) are not doubles: the enclosure has width
        assertThat(enclosure[0][1].isPoint()).isFalse();
        assertTight(Sharpness.of(enclosure), 5);
    }

    @Test
    void scalarNetworkAtAMinimum() {
        // w = (2, 1/2, 1): prod = 1, H = grad P grad P^T, lambda_max = sum 1/w_i^2 = 21/4
        ScalarNetwork net = new ScalarNetwork(3, Value.of(1));
        assertTight(Sharpness.at(net.curvature(), new double[] {2, 0.5, 1}), 5.25);
    }

    @Test
    void scalarNetworkAwayFromAMinimum() {
        // w = (2, 1): P = 2, r = P - 1 = 1, P_1 = 1, P_2 = 2, P_12 = 1: H = [[1, 2 + 1], [3, 4]],
        // lambda_max = (5 + sqrt 45)/2
        ScalarNetwork net = new ScalarNetwork(2, Value.of(1));
        assertTight(Sharpness.at(net.curvature(), new double[] {2, 1}), (5 + Math.sqrt(45)) / 2);
    }

    @Test
    void gradientFlowSolutionOfDepthTwoIsClosedForm() {
        // D = 2: GF keeps c = w1^2 - w2^2 and ends on w1 w2 = 1, where the sharpness is
        // w1^2 + w2^2 = sqrt(c^2 + 4)
        ScalarNetwork net = new ScalarNetwork(2, Value.of(1));
        Interval g = net.flowSolution().sharpness(new double[] {2, 0.25});
        double c = 4 - 1.0 / 16;
        assertThat(g.contains(Math.sqrt(c * c + 4))).as(g.toString()).isTrue();
        assertThat(g.hi() - g.lo()).isLessThan(NARROW);
        // at a minimum the flow does not move: D = 3 at (2, 1/2, 1) gives 21/4
        Interval m =
                new ScalarNetwork(3, Value.of(1))
                        .flowSolution()
                        .sharpness(new double[] {2, 0.5, 1});
        assertThat(m.contains(5.25)).as(m.toString()).isTrue();
        // a product of the wrong sign has no flow solution of this form
        assertThat(net.flowSolution().sharpness(new double[] {-1, 1})).isNull();
    }

    @Test
    void lanczosGivesACertifiedLowerEndAndAnEstimatedUpperEnd() {
        int n = 250; // above the exact limit
        Curvature tridiagonal =
                new Curvature() {
                    @Override
                    public int dimension() {
                        return n;
                    }

                    @Override
                    public void hessian(double[] w, double[][] out) {
                        for (int i = 0; i < n; i++) {
                            out[i][i] = 2;
                            if (i > 0) out[i][i - 1] = out[i - 1][i] = -1;
                        }
                    }

                    @Override
                    public Interval[][] enclose(double[] w) {
                        Interval[][] e = new Interval[n][n];
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                                e[i][j] =
                                        Interval.point(i == j ? 2 : Math.abs(i - j) == 1 ? -1 : 0);
                        return e;
                    }
                };
        double truth = 2 + 2 * Math.cos(Math.PI / (n + 1));
        Sharpness.Bound b = Sharpness.at(tridiagonal, new double[n]);
        assertThat(b.upperCertified()).isFalse();
        assertThat(b.lo()).isLessThanOrEqualTo(truth);
        assertThat(b.lo()).isGreaterThan(truth - 1e-2);
        assertThat(b.below(truth + 1))
                .as("an estimated upper end never certifies 'below'")
                .isFalse();
    }

    private static void assertTight(Sharpness.Bound b, double truth) {
        assertThat(b.upperCertified()).isTrue();
        assertThat(b.lo()).as(b.toString()).isLessThanOrEqualTo(truth);
        assertThat(b.hi()).as(b.toString()).isGreaterThanOrEqualTo(truth);
        assertThat(b.hi() - b.lo()).as(b.toString()).isLessThan(NARROW * Math.max(1, truth));
    }

    private static BigFraction f(long n) {
        return new BigFraction(n);
    }

    private static Value[][] matrix(long[][] m) {
        Value[][] v = new Value[m.length][];
        for (int i = 0; i < m.length; i++) v[i] = vector(m[i]);
        return v;
    }

    private static Value[] vector(long... x) {
        Value[] v = new Value[x.length];
        for (int i = 0; i < x.length; i++) v[i] = Value.of(x[i]);
        return v;
    }

    private static BigFraction[][] identity(int n) {
        BigFraction[][] m = new BigFraction[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) m[i][j] = f(i == j ? 1 : 0);
        return m;
    }

    private static BigFraction[][] add(BigFraction[][] a, BigFraction[][] b) {
        BigFraction[][] m = new BigFraction[a.length][a.length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < a.length; j++) m[i][j] = a[i][j].add(b[i][j]);
        return m;
    }

    private static BigFraction[][] subtract(BigFraction[][] a, BigFraction[][] b) {
        BigFraction[][] m = new BigFraction[a.length][a.length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < a.length; j++) m[i][j] = a[i][j].subtract(b[i][j]);
        return m;
    }

    private static BigFraction[][] transpose(BigFraction[][] a) {
        BigFraction[][] m = new BigFraction[a.length][a.length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a.length; j++) m[i][j] = a[j][i];
        return m;
    }

    private static BigFraction[][] multiply(BigFraction[][] a, BigFraction[][] b) {
        int n = a.length;
        BigFraction[][] m = new BigFraction[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                BigFraction s = f(0);
                for (int k = 0; k < n; k++) s = s.add(a[i][k].multiply(b[k][j]));
                m[i][j] = s;
            }
        return m;
    }

    /** Gauss-Jordan in exact rationals. */
    private static BigFraction[][] inverse(BigFraction[][] a) {
        int n = a.length;
        BigFraction[][] m = new BigFraction[n][2 * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < 2 * n; j++) m[i][j] = j < n ? a[i][j] : f(j - n == i ? 1 : 0);
        for (int c = 0; c < n; c++) {
            int p = c;
            while (m[p][c].signum() == 0) p++;
            BigFraction[] t = m[p];
            m[p] = m[c];
            m[c] = t;
            BigFraction pivot = m[c][c];
            for (int j = 0; j < 2 * n; j++) m[c][j] = m[c][j].divide(pivot);
            for (int i = 0; i < n; i++) {
                if (i == c || m[i][c].signum() == 0) continue;
                BigFraction factor = m[i][c];
                for (int j = 0; j < 2 * n; j++)
                    m[i][j] = m[i][j].subtract(factor.multiply(m[c][j]));
            }
        }
        BigFraction[][] inv = new BigFraction[n][n];
        for (int i = 0; i < n; i++) System.arraycopy(m[i], n, inv[i], 0, n);
        return inv;
    }
}
