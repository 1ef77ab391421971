package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.dfp.DfpMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

/**
 * What a double-double run applies to every element on every iteration (softplus and its log for
 * the logistic loss, Adam's and AdaGrad's square roots, the softmax of a log-domain loss) runs on
 * pairs of doubles: through {@code DD} objects the logistic gradient allocated 829 KB per call at
 * 1000 x 100. Softplus's accuracy is tested in {@link SoftplusTest}; the root and the softmax here,
 * against BigDecimal's root and 60-digit Dfp.
 */
class DoubleDoubleFunctionsTest {
    private static final MathContext MC = new MathContext(120);

    private static DDVec random(int n, double scale, long seed) {
        Random random = new Random(seed);
        double[] hi = new double[n], lo = new double[n];
        for (int i = 0; i < n; i++) {
            hi[i] = scale * (2 * random.nextDouble() - 1);
            lo[i] = Math.ulp(hi[i]) * (random.nextDouble() - 0.5);
        }
        return new DDVec(hi, lo);
    }

    @ParameterizedTest
    @ValueSource(strings = {"softplus", "log softplus", "sqrt", "sqrt + c"})
    void mappingAVectorAllocatesNothing(String name) {
        ElementFunction f = QuadDoubleFunctionsTest.perIteration(name);
        DDVec x = random(1000, 30, 1);
        if (name.startsWith("sqrt")) x.map(Softplus.SOFTPLUS, x);
        DDVec out = random(1000, 1, 2);
        assertThat(Allocation.bytesPerCall(() -> out.map(f, x))).isLessThan(1);
    }

    /** Its result (a scalar object) is all a softmax allocates, whatever the length. */
    @Test
    void softmaxAllocatesItsResultOnly() {
        DDVec x = random(1000, 30, 3);
        DDVec out = random(1000, 1, 4);
        assertThat(Allocation.bytesPerCall(() -> out.softmax(x))).isLessThan(100);
    }

    /**
     * log sum e^(x_i) and e^(x_i - lse) against 60-digit Dfp; also over its own source. The log
     * within 2^-100 of max(1, |lse|). Weight i within (4 + |d_i|) 2^-104 relative, d_i = x_i -
     * max_j x_j: the difference is rounded to a double-double, an absolute error up to |d_i| 2^-106
     * in the exponent and so relative in the weight, then its exp, the sum and the quotient add
     * about 2^-104 each.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 7, 1000})
    void softmaxMatchesDfp(int n) {
        DfpField field = new DfpField(60);
        DDVec x = random(n, 40, n);
        Dfp[] e = new Dfp[n];
        Dfp sum = field.getZero();
        for (int i = 0; i < n; i++) {
            e[i] = DfpMath.exp(field.newDfp(x.decimal(i).toString()));
            sum = sum.add(e[i]);
        }
        BigDecimal lse = new BigDecimal(DfpMath.log(sum).toString());
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) max = Math.max(max, x.get(i));
        double[] gap = new double[n];
        for (int i = 0; i < n; i++) gap[i] = Math.abs(x.get(i) - max);
        BigDecimal bound = new BigDecimal(Math.scalb(1.0, -100));
        for (DDVec out : new DDVec[] {random(n, 1, 5), x}) {
            DDVec source = out == x ? x : random(n, 40, n);
            Scalar got = out.softmax(source);
            assertThat(got.decimal().subtract(lse).abs())
                    .isLessThanOrEqualTo(bound.multiply(lse.abs().max(BigDecimal.ONE)));
            for (int i = 0; i < n; i++) {
                BigDecimal w = new BigDecimal(e[i].divide(sum).toString());
                assertThat(out.decimal(i).subtract(w).abs())
                        .as("weight %d", i)
                        .isLessThanOrEqualTo(w.multiply(new BigDecimal((4 + gap[i]) * 0x1p-104)));
            }
        }
    }

    /** sqrt(x) + c against BigDecimal's root of the exact operand, within 2^-103. */
    @Test
    void sqrtPlusIsTheRootPlusTheConstant() {
        Random random = new Random(7);
        double[] low = new double[1];
        for (double c : new double[] {0, 1e-8, 0.5}) {
            SqrtPlus f = new SqrtPlus(c);
            for (int k = 0; k < 200; k++) {
                double h = random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
                double l = Math.ulp(h) * (random.nextDouble() - 0.5);
                BigDecimal a = new BigDecimal(h).add(new BigDecimal(l));
                BigDecimal exact = a.sqrt(MC).add(new BigDecimal(c));
                double r = f.applyDoubleDouble(h, l, low, 0);
                BigDecimal got = new BigDecimal(r).add(new BigDecimal(low[0]));
                assertThat(got.subtract(exact).abs())
                        .as("sqrt(%s) + %s", a, c)
                        .isLessThanOrEqualTo(exact.multiply(new BigDecimal(0x1p-103)));
            }
        }
        assertThat(new SqrtPlus(0).applyDoubleDouble(-0.0, 0, low, 0)).isEqualTo(0.0);
        assertThat(Double.doubleToRawLongBits(new SqrtPlus(0).applyDoubleDouble(-0.0, 0, low, 0)))
                .isZero();
        assertThat(new SqrtPlus(1).applyDoubleDouble(-2, 0, low, 0)).isNaN();
    }

    /**
     * sign(x) |x|^e and sum |x|^e on pairs against BigDecimal: integer e exactly (repeated
     * squaring, within 8 units of 2^-104 for |e| <= 3), e = 1/2 and 3/2 by BigDecimal's root (exp(e
     * log |x|): within (4 + |e log |x||) 2^-104, the product e log |x| being rounded to 2^-106 of
     * itself before its exp).
     */
    @ParameterizedTest
    @ValueSource(doubles = {2, 3, -3, 0.5, 1.5})
    void signedPowersMatchBigDecimal(double e) {
        int n = 50;
        DDVec x = random(n, 1000, 11);
        x.hi[7] = 0;
        x.lo[7] = 0;
        DDVec out = random(n, 1, 12);
        Scalar exponent = DDTier.INSTANCE.scalar(e);
        out.signedPow(x, exponent);
        BigDecimal sum = BigDecimal.ZERO;
        double worst = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal a = x.decimal(i).abs();
            if (a.signum() == 0) {
                assertThat(out.get(i)).isZero();
                continue;
            }
            BigDecimal magnitude =
                    e == Math.rint(e)
                            ? (e > 0 ? a.pow((int) e, MC) : BigDecimal.ONE.divide(a.pow(3, MC), MC))
                            : e == 0.5 ? a.sqrt(MC) : a.multiply(a.sqrt(MC), MC);
            BigDecimal truth = x.get(i) < 0 ? magnitude.negate() : magnitude;
            double units = e == Math.rint(e) ? 8 : 4 + Math.abs(e * Math.log(a.doubleValue()));
            assertThat(out.decimal(i).subtract(truth).abs())
                    .as("x_%d = %s", i, x.decimal(i))
                    .isLessThanOrEqualTo(magnitude.multiply(new BigDecimal(units * 0x1p-104)));
            sum = sum.add(magnitude);
            worst = Math.max(worst, units);
        }
        BigDecimal total = x.sumAbsPow(exponent).decimal();
        assertThat(total.subtract(sum).abs())
                .isLessThanOrEqualTo(sum.multiply(new BigDecimal((worst + 2) * 0x1p-104)));
    }
}
