package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Singular values against values derived by hand, in double and in 50-digit Dfp. */
class JacobiSvdTest {
    private static Value q(long p, long r) {
        return Value.of(new BigFraction(p, r), p + "/" + r);
    }

    private static Value[][] ints(long[][] a) {
        Value[][] m = new Value[a.length][];
        for (int i = 0; i < a.length; i++) {
            m[i] = new Value[a[i].length];
            for (int j = 0; j < a[i].length; j++) m[i][j] = Value.of(a[i][j]);
        }
        return m;
    }

    @Test
    void aTwoByTwoInDoubleAndFiftyDigits() {
        // A^T A = [[25, 20], [20, 25]] has eigenvalues 45 and 5: sigma = 3 sqrt 5 and sqrt 5
        Value[][] a = ints(new long[][] {{3, 0}, {4, 5}});
        Scalar[] d = JacobiSvd.of(a, Tier.forDigits(16)).singularValues();
        assertThat(d[0].doubleValue()).isCloseTo(6.708203932499369, within(1e-14));
        assertThat(d[1].doubleValue()).isCloseTo(2.23606797749979, within(1e-14));
        Scalar[] dd = JacobiSvd.of(a, Tier.forDigits(32)).singularValues();
        Scalar[] f = JacobiSvd.of(a, Tier.forDigits(50)).singularValues();
        BigDecimal big =
                new BigDecimal("6.70820393249936908922752100619382870632185507883457717281269");
        BigDecimal small =
                new BigDecimal("2.2360679774997896964091736687312762354406183596115257242709");
        assertThat(f[0].decimal().subtract(big).abs()).isLessThan(new BigDecimal("1e-45"));
        assertThat(f[1].decimal().subtract(small).abs()).isLessThan(new BigDecimal("1e-45"));
        assertThat(dd[0].decimal().subtract(big).abs()).isLessThan(new BigDecimal("1e-29"));
        assertThat(dd[1].decimal().subtract(small).abs()).isLessThan(new BigDecimal("1e-29"));
    }

    @Test
    void aTinySingularValueKeepsItsRelativeAccuracy() {
        // A = Q diag(1, 1e-20) with Q the rotation [[3/5, -4/5], [4/5, 3/5]]: sigma = 1 and 1e-20
        // exactly
        Value tiny = Value.of(new BigFraction(BigInteger.ONE, BigInteger.TEN.pow(20)), "1e-20");
        Value[][] a = {
            {q(3, 5), Value.of(new BigFraction(-4, 5).multiply(tiny.rational()), "-4e-20/5")},
            {q(4, 5), Value.of(new BigFraction(3, 5).multiply(tiny.rational()), "3e-20/5")}
        };
        Scalar[] d = JacobiSvd.of(a, Tier.forDigits(16)).singularValues();
        assertThat(d[0].doubleValue()).isCloseTo(1, within(1e-15));
        assertThat(d[1].doubleValue() / 1e-20).isCloseTo(1, within(1e-14));
    }

    @Test
    void aRankOneMatrixHasAZeroSingularValueAndIsRebuiltFromItsFactors() {
        // [[1, 2], [2, 4], [3, 6]] = (1, 2, 3)^T (1, 2): sigma_1 = sqrt 14 sqrt 5 = sqrt 70,
        // sigma_2 = 0
        Value[][] a = ints(new long[][] {{1, 2}, {2, 4}, {3, 6}});
        Tier tier = Tier.forDigits(16);
        JacobiSvd svd = JacobiSvd.of(a, tier);
        Scalar[] d = svd.singularValues();
        assertThat(d[0].doubleValue()).isCloseTo(Math.sqrt(70), within(1e-13));
        assertThat(d[1].doubleValue()).isLessThan(1e-14);
        assertThat(svd.nuclearNorm().doubleValue()).isCloseTo(Math.sqrt(70), within(1e-13));
        Vec u = svd.left(0), v = svd.right(0);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                double rebuilt = d[0].doubleValue() * u.get(i) * v.get(j);
                assertThat(rebuilt).isCloseTo(a[i][j].doubleValue(), within(1e-13));
            }
        }
    }

    @Test
    void orthogonalColumnsNeedNoRotation() {
        Value[][] a = ints(new long[][] {{2, 0}, {0, -7}});
        JacobiSvd svd = JacobiSvd.of(a, Tier.forDigits(32));
        assertThat(svd.sweeps()).isEqualTo(1);
        assertThat(svd.singularValues()[0].doubleValue()).isEqualTo(7);
        assertThat(svd.singularValues()[1].doubleValue()).isEqualTo(2);
    }

    /**
     * Rank-deficient matrices computed in floating point leave columns of pure rounding noise after
     * rotation, whose cosines with the others are themselves noise: they must count as zero columns
     * rather than be rotated forever. Rank 1 and rank 2 in 6 x 6 with entries that are not binary
     * fractions, in every tier; the nonzero singular values by hand (||x|| ||y|| for x y^T).
     */
    @Test
    void rankDeficientFloatingPointMatricesConverge() {
        double[] x = {1 / 3.0, 2 / 7.0, -5 / 11.0, 0.1, 3 / 13.0, -0.7};
        double[] y = {0.3, -1 / 9.0, 2 / 3.0, 4 / 17.0, -0.2, 1 / 7.0};
        double nx = 0, ny = 0;
        for (int i = 0; i < 6; i++) {
            nx += x[i] * x[i];
            ny += y[i] * y[i];
        }
        for (int digits : new int[] {16, 32, 50}) {
            Tier tier = Tier.forDigits(digits);
            double[] w = new double[36];
            for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) w[6 * i + j] = x[i] * y[j];
            JacobiSvd one = JacobiSvd.ofRows(tier.of(w), 6, 6);
            assertThat(one.singularValues()[0].doubleValue())
                    .isCloseTo(Math.sqrt(nx * ny), within(1e-14));
            assertThat(one.singularValues()[1].doubleValue()).isLessThan(1e-14);
            // rank 2: add y x^T
            for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) w[6 * i + j] += y[i] * x[j];
            JacobiSvd two = JacobiSvd.ofRows(tier.of(w), 6, 6);
            assertThat(two.singularValues()[2].doubleValue()).isLessThan(1e-14);
            assertThat(JacobiSvd.ofRows(tier.zeros(36), 6, 6).singularValues()[0].signum())
                    .isZero();
        }
    }

    /**
     * The iterate of GD on a completion with one row unobserved: a zero row, rank 5, whose
     * rotations once cycled on a noise column. Singular values from numpy.linalg.svd.
     */
    @Test
    void aMatrixWithAZeroRowConvergesToNumpysSingularValues() {
        int[][] obs = {
            {0, 1, 0},
            {0, 2, 2},
            {0, 5, -1},
            {1, 0, 3},
            {1, 1, 1},
            {1, 3, 1},
            {1, 4, 4},
            {1, 5, -1},
            {2, 0, 1},
            {2, 3, -1},
            {2, 5, 1},
            {3, 0, 0},
            {3, 1, -1},
            {3, 2, 2},
            {3, 3, 2},
            {3, 4, -1},
            {3, 5, -2},
            {4, 0, 4},
            {4, 1, 1},
            {4, 2, 6},
            {4, 3, 2},
            {4, 4, 5}
        };
        double[] w = new double[36];
        for (int[] o : obs) w[6 * o[0] + o[1]] = 0.5 * o[2];
        double[] numpy = {5.03800406, 2.27142101, 1.39416362, 0.52305959, 0.4918111, 0};
        for (int digits : new int[] {16, 32, 50}) {
            Scalar[] sigma = JacobiSvd.ofRows(Tier.forDigits(digits).of(w), 6, 6).singularValues();
            for (int k = 0; k < 6; k++)
                assertThat(sigma[k].doubleValue()).isCloseTo(numpy[k], within(1e-8));
        }
    }
}
