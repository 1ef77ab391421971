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
}
