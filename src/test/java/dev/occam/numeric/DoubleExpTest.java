package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Random;

/**
 * DoubleExp against e^x in 50-digit BigDecimal arithmetic that shares nothing with it: ln 2 from
 * the series 2 atanh(1/3), e^r from its Taylor series, 2^(j/64) from six square roots of 2^j.
 */
class DoubleExpTest {
    private static final MathContext MC = new MathContext(50);
    private static final BigDecimal LN2 = ln2();

    /** ln 2 = 2 atanh(1/3) = 2 sum_k 3^-(2k+1) / (2k+1). */
    private static BigDecimal ln2() {
        BigDecimal third = BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC);
        BigDecimal ninth = third.multiply(third, MC);
        BigDecimal power = third;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < 60; k++) {
            sum = sum.add(power.divide(BigDecimal.valueOf(2 * k + 1), MC), MC);
            power = power.multiply(ninth, MC);
        }
        return sum.multiply(BigDecimal.valueOf(2), MC);
    }

    /** e^x = 2^k e^(x - k ln 2), the second factor by its Taylor series. */
    private static BigDecimal exp(double x) {
        long k = Math.round(x / Math.log(2));
        BigDecimal r = new BigDecimal(x).subtract(LN2.multiply(BigDecimal.valueOf(k)), MC);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int m = 1; m < 40; m++) {
            term = term.multiply(r, MC).divide(BigDecimal.valueOf(m), MC);
            sum = sum.add(term, MC);
        }
        BigDecimal twoToK = new BigDecimal(BigInteger.TWO.pow((int) Math.abs(k)));
        return k >= 0 ? sum.multiply(twoToK, MC) : sum.divide(twoToK, MC);
    }

    /** |got - truth| in ulps of the double nearest the truth. */
    private static double ulps(double got, BigDecimal truth) {
        double ulp = Math.ulp(truth.doubleValue());
        return new BigDecimal(got)
                .subtract(truth)
                .abs()
                .divide(new BigDecimal(ulp), MC)
                .doubleValue();
    }

    @Test
    void tableHoldsTwoToTheJOver64AsTheNearestDoubleAndItsRemainder() throws Exception {
        Field f = DoubleExp.class.getDeclaredField("TWO_TO_J_OVER_64");
        f.setAccessible(true);
        double[] table = (double[]) f.get(null);
        assertThat(table).hasSize(128);
        for (int j = 0; j < 64; j++) {
            BigDecimal t = new BigDecimal(BigInteger.TWO.pow(j));
            for (int s = 0; s < 6; s++) t = t.sqrt(MC);
            double hi = t.doubleValue();
            double lo = t.subtract(new BigDecimal(hi), MC).doubleValue();
            assertThat(table[2 * j]).as("2^(%d/64)", j).isEqualTo(hi);
            assertThat(table[2 * j + 1]).as("remainder of 2^(%d/64)", j).isEqualTo(lo);
        }
    }

    /**
     * The bound: one rounding of the result (0.5 ulp) plus the reduction's rounding of r, the
     * polynomial's truncation and roundings and the table's remainder, together below 2^-59 of the
     * result, which is under 0.02 ulp for results in [0.99, 2) times a power of two.
     */
    @Test
    void errorStaysWithinTheDerivedBoundOverTheWholeRange() {
        Random random = new Random(20261207);
        double worst = 0;
        for (int i = 0; i < 20_000; i++) {
            double x =
                    switch (i % 4) {
                        case 0 -> -708 * random.nextDouble();
                        case 1 -> 709 * random.nextDouble();
                        case 2 -> -2 * random.nextDouble();
                        default -> (random.nextDouble() - 0.5) * 1e-3;
                    };
            worst = Math.max(worst, ulps(DoubleExp.exp(x), exp(x)));
        }
        for (double x : new double[] {-708, 709, -1e-300, 1e-300, Math.log(2) / 128, -0.5})
            worst = Math.max(worst, ulps(DoubleExp.exp(x), exp(x)));
        assertThat(worst).isLessThanOrEqualTo(0.52).isGreaterThan(0.5);
    }

    @Test
    void specialValuesAndTheRangeEdgesAreThoseOfMathExp() {
        assertThat(DoubleExp.exp(0)).isEqualTo(1.0);
        assertThat(DoubleExp.exp(-0.0)).isEqualTo(1.0);
        assertThat(DoubleExp.exp(Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
        assertThat(DoubleExp.exp(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(DoubleExp.exp(Double.NaN)).isNaN();
        assertThat(DoubleExp.exp(710)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(DoubleExp.exp(-746)).isEqualTo(0.0);
        // subnormal results come from Math.exp
        assertThat(DoubleExp.exp(-720)).isEqualTo(Math.exp(-720)).isPositive();
    }

    @Test
    void theArrayFormWritesOnlyItsRangeAndSubtractsTheShiftFirst() {
        double[] x = {1, -3, 40.5, 0.25, 7};
        double[] out = {9, 9, 9, 9, 9};
        DoubleExp.exp(x, 32, out, 1, 4);
        assertThat(out[0]).isEqualTo(9);
        assertThat(out[4]).isEqualTo(9);
        for (int i = 1; i < 4; i++) assertThat(out[i]).isEqualTo(DoubleExp.exp(x[i] - 32));
        assertThat(ulps(out[2], exp(8.5))).isLessThanOrEqualTo(0.52);
    }
}
