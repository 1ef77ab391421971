package dev.occam.numeric;

import static dev.occam.numeric.Exact.assertRelative;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.numbers.core.DD;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.dfp.DfpMath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

/**
 * DDMath against 120-digit Dfp (its log loses relative accuracy near 1, hence the margin) evaluated
 * at the exact double-double argument.
 */
class DDMathTest {
    private static final DfpField F = new DfpField(120);
    private static final double TOL = 1e-31;

    /**
     * The exact double-double to 100 significant digits in E notation: Dfp misreads plain decimal
     * integers with more digits than its precision (above about 1e120 they came back too small by
     * powers of ten, e.g. 10^16).
     */
    private static Dfp dfp(DD x) {
        return F.newDfp(x.bigDecimalValue().round(new MathContext(100)).toString());
    }

    private static BigDecimal dec(Dfp x) {
        return new BigDecimal(x.toString());
    }

    /** A double-double with a nonzero low part, magnitude about 10^e. */
    private static DD random(Random r, double e) {
        return DD.from(
                new BigDecimal(Math.pow(10, e) * r.nextDouble())
                        .divide(BigDecimal.valueOf(7), Exact.MC));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void expMatchesDfp(long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 50; k++) {
            DD x = random(r, r.nextInt(4) - 2);
            if (r.nextBoolean()) {
                x = x.negate();
            }
            // exp's condition number is |x|, so the bound scales with it
            double tol = TOL * Math.max(1, Math.abs(x.hi()));
            assertRelative(DDMath.exp(x).bigDecimalValue(), dec(DfpMath.exp(dfp(x))), tol);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void logMatchesDfpIncludingNearOne(long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 50; k++) {
            DD x = random(r, r.nextInt(40) - 20);
            assertRelative(DDMath.log(x).bigDecimalValue(), dec(DfpMath.log(dfp(x))), TOL);
            DD nearOne = DD.ONE.add(random(r, -r.nextInt(25)));
            assertRelative(
                    DDMath.log(nearOne).bigDecimalValue(), dec(DfpMath.log(dfp(nearOne))), TOL);
        }
    }

    /**
     * The bound of the table-driven exp and log: 1e-31 relative, about 8 units of 2^-106 (the
     * double-double rounding unit, 1.2e-32). The error analysis in DDMath gives about 2 units for
     * exp and 3 to 4 for log (table entries, the reduced argument and the final sums each round
     * once); the bound leaves room for that analysis being loose, yet a 2^-100 slip anywhere (a
     * table entry or reduction constant stored as a double only, a dropped low part) exceeds it.
     */
    private static final double TABLE_TOL = 1e-31;

    /** The smallest subnormal: below e^-671 the low part of a double-double is itself subnormal. */
    private static final BigDecimal TINY = new BigDecimal(Double.MIN_VALUE);

    /**
     * |DDMath.exp(x) - e^x| <= TABLE_TOL e^x + 2^-1074 against 120-digit Dfp at the exact
     * double-double x. No |x| factor: the argument is exact and the reduction x - n ln2/256 is
     * carried to about 2^-113, so the bound is relative to e^x itself. The additive 2^-1074 only
     * matters below e^-671, where no double-double can hold 106 bits.
     */
    private static void assertExp(DD x) {
        BigDecimal expected = dec(DfpMath.exp(dfp(x)));
        BigDecimal actual = DDMath.exp(x).bigDecimalValue();
        BigDecimal err = actual.subtract(expected).abs();
        BigDecimal bound = expected.multiply(new BigDecimal(TABLE_TOL)).add(TINY);
        assertThat(err.compareTo(bound) <= 0)
                .as(
                        "exp(%s): %s, expected %s, error %s",
                        x.bigDecimalValue(), actual, expected, err)
                .isTrue();
    }

    private static void assertLog(DD x) {
        BigDecimal expected = dec(DfpMath.log(dfp(x)));
        assertRelative(DDMath.log(x).bigDecimalValue(), expected, TABLE_TOL);
    }

    /** A double-double with a random low part of up to half an ulp of hi. */
    private static DD withLow(Random r, double hi) {
        return DD.ofSum(hi, Math.ulp(hi) * (r.nextDouble() - 0.5));
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void expIsAccurateOverTheWholeRange(long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 150; k++) {
            assertExp(withLow(r, 1400 * r.nextDouble() - 700));
        }
        for (int k = 0; k < 30; k++) {
            // down to the underflow threshold, where only the absolute floor applies
            assertExp(withLow(r, -700 - 45 * r.nextDouble()));
        }
        for (double big : new double[] {709, 709.78, 709.782712893, -708.3, -745}) {
            assertExp(DD.of(big));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22})
    void expIsAccurateNearZero(long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 60; k++) {
            double x = Math.pow(10, -40 * r.nextDouble()) * (r.nextBoolean() ? 1 : -1);
            assertExp(withLow(r, x));
        }
        for (double x : new double[] {1e-20, -1e-20, 1e-300, Double.MIN_VALUE, 0x1p-9, -0x1p-9}) {
            assertExp(DD.of(x));
        }
        assertThat(DDMath.exp(DD.ZERO).hi()).isEqualTo(1);
        assertThat(DDMath.exp(DD.ZERO).lo()).isEqualTo(0);
    }

    /**
     * Either side of the reduction boundaries: n ln2/256 (table entry j, k ln2 for j = 0) and the
     * midpoints (n + 1/2) ln2/256 where the rounding of n switches, each +- a few units of 2^-106
     * relative and +- 1e-17, with truths at the exact points.
     */
    @ParameterizedTest
    @ValueSource(longs = {31, 32})
    void expIsAccurateAtReductionBoundaries(long seed) {
        Random r = new Random(seed);
        BigDecimal ln2Over256 =
                new BigDecimal(F.getLn2().toString()).divide(BigDecimal.valueOf(256), Exact.MC);
        for (int k = 0; k < 60; k++) {
            long n = r.nextInt(2 * 262_000) - 262_000;
            if (k < 10) n = 256L * (r.nextInt(2000) - 1000); // k ln2
            if (k < 3) n = k - 1;
            double half = r.nextBoolean() ? 0.5 : 0;
            DD x = DD.from(ln2Over256.multiply(BigDecimal.valueOf(n + half)));
            for (double shift : new double[] {0, 1e-17, -1e-17, 1e-30, -1e-30}) {
                assertExp(x.add(shift));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {41, 42, 43})
    void logIsAccurateOverTheWholeRange(long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 150; k++) {
            assertLog(withLow(r, Math.pow(10, 600 * r.nextDouble() - 300)));
        }
        // subnormal high parts (the low part is then zero)
        for (int k = 0; k < 10; k++) {
            assertLog(DD.of(Double.MIN_NORMAL * r.nextDouble()));
        }
        for (double x : new double[] {Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE}) {
            assertLog(DD.of(x));
        }
    }

    /** Within 1e-10 of 1 (relative accuracy there is what a Newton step on exp would lose). */
    @ParameterizedTest
    @ValueSource(longs = {51, 52})
    void logIsAccurateNearOne(long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 100; k++) {
            double d = Math.pow(10, -10 - 22 * r.nextDouble()) * (r.nextBoolean() ? 1 : -1);
            DD x = DD.ONE.add(DD.ofSum(d, d * 0x1p-53 * r.nextDouble()));
            assertLog(x);
        }
        for (double x : new double[] {Math.nextUp(1.0), Math.nextDown(1.0), 1 + 1e-10, 1 - 1e-10}) {
            assertLog(DD.of(x));
        }
        assertLog(DD.ofSum(1, 1e-30));
        assertLog(DD.ofSum(1, -1e-30));
        assertThat(DDMath.log(DD.ONE).hi()).isEqualTo(0);
    }

    /** Powers of two (log = k ln2) and the table cells' edges 1 + (j + 1/2)/128 and sqrt(2). */
    @ParameterizedTest
    @ValueSource(longs = {61})
    void logIsAccurateAtPowersOfTwoAndTableEdges(long seed) {
        Random r = new Random(seed);
        for (int k = -1074; k <= 1023; k += 1 + r.nextInt(40)) {
            DD x = DD.of(Math.scalb(1.0, k));
            if (k != 0) assertLog(x);
            if (k > -1000) assertLog(withLow(r, Math.scalb(1.0, k)));
        }
        for (int j = -38; j <= 54; j++) {
            double edge = 1 + (j + 0.5) / 128;
            for (double x : new double[] {edge, Math.nextUp(edge), Math.nextDown(edge)}) {
                assertLog(withLow(r, x));
                assertLog(DD.of(x * 0x1p-300));
            }
        }
        double sqrt2 = Math.sqrt(2);
        for (double x : new double[] {sqrt2, Math.nextUp(sqrt2), Math.nextDown(sqrt2)}) {
            assertLog(DD.of(x));
            assertLog(DD.of(x / 2));
            assertLog(DD.of(x * 0x1p100));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY})
    void specialValues(double x) {
        if (Double.isNaN(x)) {
            assertThat(DDMath.exp(DD.of(x)).hi()).isNaN();
            assertThat(DDMath.log(DD.of(x)).hi()).isNaN();
        } else {
            assertThat(DDMath.exp(DD.of(x)).hi()).isEqualTo(x);
            assertThat(DDMath.exp(DD.of(-x)).hi()).isEqualTo(0);
            assertThat(DDMath.log(DD.of(x)).hi()).isEqualTo(x);
            assertThat(DDMath.exp(DD.of(709.79)).hi()).isEqualTo(x);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void powMatchesDfp(long seed) {
        Random r = new Random(seed);
        DD fourThirds = DD.of(4).divide(DD.of(3));
        for (int k = 0; k < 50; k++) {
            DD x = random(r, r.nextInt(6) - 3);
            DD y = r.nextBoolean() ? fourThirds : random(r, 0).subtract(DD.of(0.5));
            Dfp expected = DfpMath.pow(dfp(x), dfp(y));
            double tol = TOL * Math.max(1, Math.abs(y.hi() * Math.log(x.hi())));
            assertRelative(DDMath.pow(x, y).bigDecimalValue(), dec(expected), tol);
            assertRelative(
                    DDMath.pow(x, 2.5).bigDecimalValue(),
                    dec(DfpMath.pow(dfp(x), F.newDfp(2.5))),
                    tol * 3);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-3, 2, 5})
    void integerPowersServeNegativeBases(int n) {
        DD x = DD.of(-1).divide(DD.of(3));
        assertRelative(DDMath.pow(x, n).bigDecimalValue(), dec(DfpMath.pow(dfp(x), n)), TOL);
    }

    /** The object-free form the double-double kernel uses gives exp(DD)'s two parts. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void expOfAPairIsExpOfTheDoubleDouble(long seed) {
        Random r = new Random(seed);
        double[] low = {7, 7, 7};
        for (int k = 0; k < 200; k++) {
            DD x = DD.of(1400 * r.nextDouble() - 745).add(DD.of(0x1p-60 * r.nextDouble()));
            DD e = DDMath.exp(x);
            assertThat(DDMath.exp(x.hi(), x.lo(), low, 1)).isEqualTo(e.hi());
            assertThat(low[1]).isEqualTo(e.lo());
        }
        assertThat(low[0]).isEqualTo(7);
        assertThat(low[2]).isEqualTo(7);
        assertThat(DDMath.exp(800, 0, low, 1)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(low[1]).isZero();
        assertThat(DDMath.exp(-800, 1e-300, low, 1)).isZero();
        assertThat(low[1]).isZero();
        assertThat(DDMath.exp(Double.NaN, 0, low, 1)).isNaN();
    }

    @ParameterizedTest
    @ValueSource(doubles = {800, -800})
    void expSaturates(double x) {
        assertThat(DDMath.exp(DD.of(x)).hi()).isEqualTo(x > 0 ? Double.POSITIVE_INFINITY : 0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1})
    void logOfNonPositive(double x) {
        double log = DDMath.log(DD.of(x)).hi();
        if (x == 0) {
            assertThat(log).isEqualTo(Double.NEGATIVE_INFINITY);
        } else {
            assertThat(log).isNaN();
        }
    }

    /**
     * sinh, cosh, tanh against Dfp at 120 digits, from tiny arguments (where e^x - e^-x would
     * cancel) through the switch at 1/2 to 40 and beyond; the bound scales with the conditioning
     * |x| of exp.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void hyperbolicFunctionsMatchDfp(long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 80; k++) {
            DD x = random(r, r.nextInt(12) - 9);
            if (k % 7 == 0) x = DD.of(0.5).add(random(r, -18)); // either side of the switch
            if (r.nextBoolean()) x = x.negate();
            Dfp xd = dfp(x);
            double tol = TOL * Math.max(1, Math.abs(x.hi()));
            assertRelative(DDMath.sinh(x).bigDecimalValue(), dec(xd.sinh()), tol);
            assertRelative(DDMath.cosh(x).bigDecimalValue(), dec(xd.cosh()), tol);
            assertRelative(DDMath.tanh(x).bigDecimalValue(), dec(xd.tanh()), tol);
        }
        for (double big : new double[] {39.5, 41, 300, -60}) {
            DD x = DD.of(big);
            assertRelative(DDMath.tanh(x).bigDecimalValue(), dec(dfp(x).tanh()), TOL);
        }
    }
}
