package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.dfp.DfpMath;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

/**
 * The quad-double kernels against exact BigDecimal arithmetic (+, *) and 120-digit Dfp (/, sqrt,
 * exp, log), at the exact value of the quad-double operands.
 *
 * <p>The bound, {@link #TOL} = 2^-204 (3.9e-62) relative: the quad-double rounding unit is 2^-212
 * (four 53-bit components); QD's analysis gives a few units for + and * (about 2^-209, the
 * library's epsilon), and exp and log chain about a dozen such operations plus a table entry, so
 * 2^-204 (256 units) covers them with room, while a component dropped anywhere (an error of 2^-159
 * or more) or a constant stored to double-double only (2^-106) breaks it by forty orders of
 * magnitude.
 */
class QDTest {
    static final double TOL = 0x1p-204;
    private static final DfpField F = new DfpField(120);
    private static final MathContext MC = new MathContext(120);

    static double[] qd(BigDecimal d) {
        return QD.from(d);
    }

    static BigDecimal dec(double[] q) {
        return QD.decimal(q, 0);
    }

    private static Dfp dfp(double[] q) {
        return F.newDfp(dec(q).round(new MathContext(110)).toString());
    }

    private static BigDecimal dec(Dfp x) {
        return new BigDecimal(x.toString());
    }

    /** |got - want| / |want|, 0 when both are 0. */
    static double relative(BigDecimal got, BigDecimal want) {
        if (want.signum() == 0) return got.signum() == 0 ? 0 : Double.POSITIVE_INFINITY;
        return got.subtract(want).abs().divide(want.abs(), new MathContext(10)).doubleValue();
    }

    static void assertRelative(BigDecimal got, BigDecimal want, double tol) {
        assertThat(relative(got, want))
                .as(
                        "got %s want %s",
                        got.round(new MathContext(70)), want.round(new MathContext(70)))
                .isLessThanOrEqualTo(tol);
    }

    /** A 70-digit number about 10^e with a random sign, so all four components are nonzero. */
    static BigDecimal random(Random r, int e) {
        BigDecimal m = new BigDecimal(r.nextDouble() + 0.1).divide(BigDecimal.valueOf(7), MC);
        m = m.add(new BigDecimal(r.nextDouble()).multiply(new BigDecimal("1e-40")));
        m = m.scaleByPowerOfTen(e).round(new MathContext(70));
        return r.nextBoolean() ? m : m.negate();
    }

    /** The operands exactly as quad-doubles hold them. */
    private static BigDecimal exact(BigDecimal d) {
        return dec(qd(d));
    }

    @Test
    void conversionRoundTripsToTwoToTheMinus212() {
        Random r = new Random(7);
        for (int k = 0; k < 200; k++) {
            BigDecimal d = random(r, r.nextInt(200) - 100);
            double[] q = qd(d);
            assertRelative(dec(q), d, 0x1p-211);
            for (int i = 0; i < 3; i++) {
                // non-overlapping: each component at most half an ulp of the one before
                assertThat(Math.abs(q[i + 1])).isLessThanOrEqualTo(Math.ulp(q[i]) / 2);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void addSubtractMultiplyDivideMatchExactArithmetic(long seed) {
        Random r = new Random(seed);
        double[] t = new double[QD.SCRATCH];
        double[] out = new double[4];
        for (int k = 0; k < 300; k++) {
            BigDecimal a = exact(random(r, r.nextInt(20) - 10));
            BigDecimal b = exact(random(r, r.nextInt(20) - 10));
            double[] qa = qd(a);
            double[] qb = qd(b);
            QD.add(qa, 0, qb, 0, false, out, 0, t);
            assertRelative(dec(out), a.add(b), TOL);
            QD.add(qa, 0, qb, 0, true, out, 0, t);
            assertRelative(dec(out), a.subtract(b), TOL);
            QD.mul(qa, 0, qb, 0, out, 0);
            assertRelative(dec(out), a.multiply(b), TOL);
            QD.mul(qa, 0, qb[0], out, 0);
            assertRelative(dec(out), a.multiply(new BigDecimal(qb[0])), TOL);
            QD.add(qa, 0, qb[0], out, 0, t);
            assertRelative(dec(out), a.add(new BigDecimal(qb[0])), TOL);
            QD.div(qa, 0, qb, 0, out, 0, t);
            assertRelative(dec(out), a.divide(b, MC), TOL);
        }
    }

    /**
     * a - b with a and b equal in their first 1, 2, 3 components (and far apart in size within
     * one): the difference must keep its relative accuracy, which pairwise (sloppy) addition does
     * not.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void cancellationKeepsRelativeAccuracy(long seed) {
        Random r = new Random(seed);
        double[] t = new double[QD.SCRATCH];
        double[] out = new double[4];
        for (int k = 0; k < 300; k++) {
            double[] qa = qd(random(r, r.nextInt(6) - 3));
            double[] qb = qa.clone();
            int shared = 1 + r.nextInt(3);
            double[] tail = qd(random(r, 0));
            for (int i = shared; i < 4; i++) {
                qb[i] = Math.ulp(qa[shared - 1]) * tail[i - shared] * 0.25;
            }
            QD.renorm(qb[0], qb[1], qb[2], qb[3], 0, qb, 0);
            BigDecimal a = dec(qa);
            BigDecimal b = dec(qb);
            if (a.compareTo(b) == 0) continue;
            QD.add(qa, 0, qb, 0, true, out, 0, t);
            assertRelative(dec(out), a.subtract(b), TOL);
            double[] nb = new double[4];
            QD.negate(qb, 0, nb, 0);
            QD.add(nb, 0, qa, 0, false, out, 0, t);
            assertRelative(dec(out), a.subtract(b), TOL);
        }
    }

    @Test
    void hugeAndTinyExponents() {
        Random r = new Random(11);
        double[] t = new double[QD.SCRATCH];
        double[] out = new double[4];
        for (int k = 0; k < 200; k++) {
            int e = 150 + r.nextInt(100);
            BigDecimal a = exact(random(r, e));
            BigDecimal b = exact(random(r, -e));
            BigDecimal c = exact(random(r, e));
            QD.mul(qd(a), 0, qd(b), 0, out, 0);
            assertRelative(dec(out), a.multiply(b), TOL);
            QD.div(qd(a), 0, qd(c), 0, out, 0, t);
            assertRelative(dec(out), a.divide(c, MC), TOL);
            QD.add(qd(a), 0, qd(b), 0, false, out, 0, t);
            assertRelative(dec(out), a.add(b), TOL);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void sqrtMatchesDfp(long seed) {
        Random r = new Random(seed);
        double[] out = new double[4];
        for (int k = 0; k < 100; k++) {
            BigDecimal a = exact(random(r, r.nextInt(60) - 30).abs());
            QD.sqrt(qd(a), 0, out, 0, new double[QD.SQRT_SCRATCH]);
            assertRelative(dec(out), a.sqrt(MC), TOL);
        }
    }

    /**
     * exp on [-745, 709] including the large negative arguments of exponential losses; its
     * condition number is |x|, so the bound is TOL max(1, |x|): the operand itself is exact here,
     * but the reduction by n ln2/256 is only exact to 2^-212 relative in n.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void expMatchesDfp(long seed) {
        Random r = new Random(seed);
        double[] t = new double[QDMath.SCRATCH];
        double[] out = new double[4];
        for (int k = 0; k < 200; k++) {
            int kind = r.nextInt(4);
            BigDecimal x =
                    exact(
                            kind == 0
                                    ? random(r, -r.nextInt(30))
                                    : kind == 1
                                            ? random(r, r.nextInt(2))
                                            : kind == 2
                                                    ? random(r, 2).abs().negate()
                                                    : new BigDecimal(-600 - 140 * r.nextDouble())
                                                            .add(random(r, -20)));
            double[] q = qd(x);
            QDMath.exp(q, 0, out, 0, t);
            BigDecimal want = dec(DfpMath.exp(dfp(q)));
            // below 2^-860 the lowest components are subnormal: an absolute floor of 2^-1074
            double floor = Math.scalb(1.0, -1073) / want.doubleValue();
            assertRelative(dec(out), want, Math.max(TOL * Math.max(1, Math.abs(q[0])), floor));
        }
    }

    @Test
    void expOfExpLossArgumentsKeepsFullAccuracyAboveTwoToTheMinus860() {
        double[] t = new double[QDMath.SCRATCH];
        double[] out = new double[4];
        Random r = new Random(5);
        for (int k = 0; k < 100; k++) {
            BigDecimal x = exact(new BigDecimal(-590 * r.nextDouble()).add(random(r, -30)));
            double[] q = qd(x);
            QDMath.exp(q, 0, out, 0, t);
            assertRelative(dec(out), dec(DfpMath.exp(dfp(q))), TOL * Math.max(1, Math.abs(q[0])));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void logMatchesDfpIncludingNearOne(long seed) {
        Random r = new Random(seed);
        double[] t = new double[QDMath.SCRATCH];
        double[] out = new double[4];
        for (int k = 0; k < 200; k++) {
            BigDecimal x = exact(random(r, r.nextInt(400) - 200).abs());
            QDMath.log(qd(x), 0, out, 0, t);
            assertRelative(dec(out), dec(DfpMath.log(dfp(qd(x)))), TOL);
            BigDecimal near = exact(BigDecimal.ONE.add(random(r, -r.nextInt(60) - 1)));
            QDMath.log(qd(near), 0, out, 0, t);
            assertRelative(dec(out), log1p(near.subtract(BigDecimal.ONE)), TOL);
        }
    }

    /**
     * log(1 + d) by its series in 130-digit BigDecimal, for |d| <= 0.1: Dfp's log of 1 + d rounded
     * to its 120 digits keeps only 120 + log10 |d| digits of d.
     */
    static BigDecimal log1p(BigDecimal d) {
        MathContext mc = new MathContext(130);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal power = d;
        BigDecimal stop = d.abs().multiply(new BigDecimal("1e-128"));
        for (int k = 1; power.abs().compareTo(stop) > 0; k++) {
            BigDecimal term = power.divide(BigDecimal.valueOf(k), mc);
            sum = k % 2 == 1 ? sum.add(term, mc) : sum.subtract(term, mc);
            power = power.multiply(d, mc);
        }
        return sum;
    }

    @Test
    void powMatchesDfp() {
        Random r = new Random(3);
        double[] t = new double[QDMath.SCRATCH];
        double[] out = new double[4];
        for (int k = 0; k < 100; k++) {
            BigDecimal x = exact(random(r, r.nextInt(6) - 3).abs());
            BigDecimal y = exact(random(r, 0));
            QDMath.pow(qd(x), 0, qd(y), 0, out, 0, t);
            Dfp want = DfpMath.pow(dfp(qd(x)), dfp(qd(y)));
            double cond = Math.max(1, Math.abs(y.doubleValue() * Math.log(x.doubleValue())));
            assertRelative(dec(out), dec(want), TOL * cond);
            int n = r.nextInt(41) - 20;
            QDMath.pow(qd(x), 0, new double[] {n, 0, 0, 0}, 0, out, 0, t);
            assertRelative(
                    dec(out), dec(DfpMath.pow(dfp(qd(x)), n)), TOL * Math.max(1, Math.abs(n)));
        }
    }

    /**
     * A value read from a float file enters quad-double as its own double, exactly, in a vector, a
     * matrix and a scalar alike; a decimal literal still enters from its decimal.
     */
    @Test
    void aDoubleValueEntersAsItself() {
        Value[] values = {
            Value.exact(0.1), Value.exact(-3e-300), Value.of(new BigFraction(1, 3), "1/3")
        };
        Vec v = QDTier.INSTANCE.of(values);
        Mat m = QDTier.INSTANCE.matrix(new Value[][] {values});
        for (int i = 0; i < 2; i++) {
            BigDecimal exact = new BigDecimal(values[i].binary());
            assertThat(v.decimal(i)).isEqualByComparingTo(exact);
            assertThat(new BigDecimal(m.get(0, i))).isEqualByComparingTo(exact);
            assertThat(QDTier.INSTANCE.scalar(values[i]).decimal()).isEqualByComparingTo(exact);
        }
        // 1/3 to quad-double's 2^-206: within 1e-62 of the true third
        BigDecimal third = BigDecimal.ONE.divide(new BigDecimal(3), new MathContext(100));
        assertThat(v.decimal(2).subtract(third).abs()).isLessThan(new BigDecimal("1e-62"));
    }
}
