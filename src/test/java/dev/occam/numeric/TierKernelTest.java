package dev.occam.numeric;

import static dev.occam.numeric.Exact.assertClose;
import static dev.occam.numeric.Exact.assertRelative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Percentage;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Every kernel of every tier against exact BigDecimal arithmetic on the values the vectors actually
 * hold: the error must stay within the tier's rounding bound (n * epsilon of the summed
 * magnitudes).
 */
class TierKernelTest {
    private static final int N = 40;

    static Stream<Arguments> tiersAndSeeds() {
        return Stream.of(16, 32, 50, 80)
                .flatMap(d -> Stream.of(1L, 2L, 3L).map(s -> Arguments.of(d, s)));
    }

    private static double bound(Tier t) {
        return 2 * N * t.epsilon();
    }

    @ParameterizedTest(name = "{0} digits, seed {1}")
    @MethodSource("tiersAndSeeds")
    void dotIsAccurate(int digits, long seed) {
        Tier t = Tiers.forDigits(digits);
        Random r = new Random(seed);
        Vec a = t.of(Exact.randomDecimals(r, N));
        Vec b = t.of(Exact.randomDecimals(r, N));
        BigDecimal[] x = a.decimals();
        BigDecimal[] y = b.decimals();
        assertClose(a.dot(b).decimal(), Exact.dot(x, y), Exact.sumAbsDot(x, y), bound(t));
        assertClose(a.sumAbsPow(2).decimal(), Exact.dot(x, x), Exact.dot(x, x), bound(t));
        assertClose(
                a.sumAbsPow(t.scalar(Value.of(2))).decimal(),
                Exact.dot(x, x),
                Exact.dot(x, x),
                bound(t));
        BigDecimal l1 = Stream.of(x).map(BigDecimal::abs).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertClose(a.sumAbsPow(1).decimal(), l1, l1, bound(t));
    }

    @ParameterizedTest(name = "{0} digits, seed {1}")
    @MethodSource("tiersAndSeeds")
    void elementwiseUpdatesAreAccurate(int digits, long seed) {
        Tier t = Tiers.forDigits(digits);
        Random r = new Random(seed);
        Vec a = t.of(Exact.randomDecimals(r, N));
        Vec b = t.of(Exact.randomDecimals(r, N));
        BigDecimal[] x = a.decimals();
        BigDecimal[] y = b.decimals();
        double s = r.nextGaussian();
        Scalar c = t.scalar(Value.irrational(Exact.randomDecimals(r, 1)[0], "c"));
        BigDecimal sd = new BigDecimal(s);
        BigDecimal cd = c.decimal();

        Vec axpy = a.copy();
        axpy.axpy(s, b);
        Vec axpyScalar = a.copy();
        axpyScalar.axpy(c, b);
        Vec combine = a.copy();
        combine.combine(s, 0.75, b);
        Vec scaled = a.copy();
        scaled.scale(c);
        Vec product = a.copy();
        product.multiplyElements(b);
        Vec quotient = a.copy();
        quotient.divideElements(b);
        double eps = 4 * t.epsilon();
        for (int i = 0; i < N; i++) {
            BigDecimal sy = sd.multiply(y[i]);
            assertClose(axpy.decimal(i), x[i].add(sy), x[i].abs().add(sy.abs()), eps);
            BigDecimal cy = cd.multiply(y[i]);
            assertClose(axpyScalar.decimal(i), x[i].add(cy), x[i].abs().add(cy.abs()), eps);
            BigDecimal sx = sd.multiply(x[i]);
            BigDecimal qy = new BigDecimal("0.75").multiply(y[i]);
            assertClose(combine.decimal(i), sx.add(qy), sx.abs().add(qy.abs()), eps);
            assertRelative(scaled.decimal(i), cd.multiply(x[i]), eps);
            assertRelative(product.decimal(i), x[i].multiply(y[i]), eps);
            assertRelative(quotient.decimal(i), x[i].divide(y[i], new MathContext(120)), eps);
        }
    }

    @ParameterizedTest(name = "{0} digits, seed {1}")
    @MethodSource("tiersAndSeeds")
    void matrixProductsAreAccurate(int digits, long seed) {
        Tier t = Tiers.forDigits(digits);
        Random r = new Random(seed);
        int rows = 7;
        BigDecimal[][] general = Exact.randomMatrix(r, rows, N);
        double[][] doubles = new double[rows][N];
        for (double[] row : doubles) {
            for (int j = 0; j < N; j++) {
                row[j] = r.nextGaussian();
            }
        }
        Vec x = t.of(Exact.randomDecimals(r, N));
        Vec z = t.of(Exact.randomDecimals(r, rows));
        for (Mat m : new Mat[] {t.matrix(Exact.values(general)), t.matrix(doubles)}) {
            BigDecimal[][] a = exactEntries(m, general, doubles, t);
            Vec out = t.zeros(rows);
            m.multiply(x, out);
            for (int i = 0; i < rows; i++) {
                assertClose(
                        out.decimal(i),
                        Exact.dot(a[i], x.decimals()),
                        Exact.sumAbsDot(a[i], x.decimals()),
                        bound(t));
            }
            Vec outT = t.zeros(N);
            m.multiplyTransposed(z, outT);
            for (int j = 0; j < N; j++) {
                BigDecimal[] column = new BigDecimal[rows];
                for (int i = 0; i < rows; i++) {
                    column[i] = a[i][j];
                }
                assertClose(
                        outT.decimal(j),
                        Exact.dot(column, z.decimals()),
                        Exact.sumAbsDot(column, z.decimals()),
                        bound(t));
            }
        }
    }

    /** The matrix entries as the tier stores them: decimals through a one-hot product. */
    private static BigDecimal[][] exactEntries(
            Mat m, BigDecimal[][] general, double[][] doubles, Tier t) {
        BigDecimal[][] a = new BigDecimal[m.rows()][m.cols()];
        for (int j = 0; j < m.cols(); j++) {
            double[] e = new double[m.cols()];
            e[j] = 1;
            Vec col = t.zeros(m.rows());
            m.multiply(t.of(e), col);
            for (int i = 0; i < m.rows(); i++) {
                a[i][j] = col.decimal(i);
            }
        }
        assertThat(a[0][0].doubleValue()).isIn(general[0][0].doubleValue(), doubles[0][0]);
        return a;
    }

    @ParameterizedTest(name = "{0} digits, seed {1}")
    @MethodSource("tiersAndSeeds")
    void distanceResolvesDifferencesBelowTheHighPart(int digits, long seed) {
        Tier t = Tiers.forDigits(digits);
        Random r = new Random(seed);
        BigDecimal[] x = Exact.randomDecimals(r, N);
        BigDecimal[] y = x.clone();
        BigDecimal tiny = BigDecimal.TEN.pow(-(t.digits() - 2), Exact.MC);
        y[3] = y[3].add(tiny.multiply(BigDecimal.valueOf(3)));
        y[7] = y[7].subtract(tiny.multiply(BigDecimal.valueOf(4)));
        Vec a = t.of(x);
        Vec b = t.of(y);
        BigDecimal[] ad = a.decimals();
        BigDecimal[] bd = b.decimals();
        BigDecimal sq = BigDecimal.ZERO;
        for (int i = 0; i < N; i++) {
            BigDecimal d = ad[i].subtract(bd[i]);
            sq = sq.add(d.multiply(d));
        }
        double expected = sq.sqrt(Exact.MC).doubleValue();
        assertThat(expected).isBetween(2 * tiny.doubleValue(), 8 * tiny.doubleValue());
        assertThat(a.distance(b)).isCloseTo(expected, Percentage.withPercentage(1e-10));
    }

    @ParameterizedTest(name = "{0} digits, seed {1}")
    @MethodSource("tiersAndSeeds")
    void distanceAndCopyIsTheDistanceAndACopy(int digits, long seed) {
        Tier t = Tiers.forDigits(digits);
        Random r = new Random(seed);
        Vec a = t.of(Exact.randomDecimals(r, N));
        Vec b = t.of(Exact.randomDecimals(r, N));
        Vec copy = t.zeros(N);
        assertThat(a.distanceAndCopy(b, copy)).isEqualTo(a.distance(b));
        assertThat(copy.decimals()).containsExactly(a.decimals());
        assertThat(b.decimals()).doesNotContain(a.decimals()[0]);
        assertThatThrownBy(() -> a.distanceAndCopy(b, t.zeros(N - 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void distanceWhoseSquareLeavesDoubleRangeIsStillResolved() {
        // squares of 1e-200 underflow double: the root must then be taken in the tier
        Tier t = Tiers.forDigits(250);
        BigDecimal tiny = BigDecimal.TEN.pow(-200, Exact.MC);
        BigDecimal[] x = {BigDecimal.ONE, BigDecimal.ONE};
        BigDecimal[] y = {
            BigDecimal.ONE.add(tiny.multiply(BigDecimal.valueOf(3))),
            BigDecimal.ONE.subtract(tiny.multiply(BigDecimal.valueOf(4)))
        };
        assertThat(t.of(x).distance(t.of(y))).isCloseTo(5e-200, Percentage.withPercentage(1e-10));
        BigDecimal huge = BigDecimal.TEN.pow(200, Exact.MC);
        assertThat(t.of(new BigDecimal[] {huge, BigDecimal.ZERO}).distance(t.of(x)))
                .isCloseTo(1e200, Percentage.withPercentage(1e-10));
    }

    @ParameterizedTest(name = "{0} digits, seed {1}")
    @MethodSource("tiersAndSeeds")
    void maxAbsComparesInFullPrecision(int digits, long seed) {
        Tier t = Tiers.forDigits(digits);
        Random r = new Random(seed);
        BigDecimal[] x = Exact.randomDecimals(r, N);
        int winner = 5 + r.nextInt(N - 5);
        BigDecimal big = BigDecimal.TEN;
        x[2] = big.negate();
        // equal to x[2] in magnitude at the tier's resolution: the lower index wins
        x[winner] = big;
        Vec v = t.of(x);
        assertThat(v.argMaxAbs()).isEqualTo(2);
        assertThat(v.normInf().decimal()).isEqualByComparingTo(big);
        if (t.digits() > 16) {
            x[winner] = big.add(BigDecimal.TEN.pow(-(t.digits() - 3), Exact.MC));
            Vec w = t.of(x);
            assertThat(w.argMaxAbs()).isEqualTo(winner);
        }
    }

    @ParameterizedTest(name = "{0} digits, seed {1}")
    @MethodSource("tiersAndSeeds")
    void conversionsKeepTheTiersPrecision(int digits, long seed) {
        Tier t = Tiers.forDigits(digits);
        Random r = new Random(seed);
        Value third = Value.of(new BigFraction(1 + r.nextInt(100), 3), "q");
        Vec v = t.of(new Value[] {third});
        assertRelative(v.decimal(0), third.decimal(), 2 * t.epsilon());
        assertRelative(v.element(0).decimal(), third.decimal(), 2 * t.epsilon());
        assertRelative(t.scalar(third).decimal(), third.decimal(), 2 * t.epsilon());
        Vec w = t.zeros(1);
        w.set(0, t.scalar(third));
        assertThat(w.decimal(0)).isEqualByComparingTo(v.decimal(0));
        assertThat(v.get(0)).isEqualTo(third.doubleValue());
    }
}
