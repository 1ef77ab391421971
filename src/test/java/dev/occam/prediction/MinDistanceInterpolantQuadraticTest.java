package dev.occam.prediction;

import static dev.occam.prediction.TestAlgebra.dot;
import static dev.occam.prediction.TestAlgebra.multiply;
import static dev.occam.prediction.TestAlgebra.nullSpace;
import static dev.occam.prediction.TestAlgebra.subtract;
import static dev.occam.prediction.TestAlgebra.values;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Value;
import dev.occam.problem.LeastSquares;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * l2 and quadratic-norm minimum-distance interpolants against exact row reduction and an SVD
 * pseudo-inverse.
 */
class MinDistanceInterpolantQuadraticTest {
    private static final int DIGITS = 34;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    /** A random underdetermined instance: X (n x d, full row rank), y, w0 != 0. */
    record Instance(BigFraction[][] x, BigFraction[] y, BigFraction[] w0) {
        static Instance random(long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            int n = r.nextInt(1, 6);
            int d = r.nextInt(n + 1, 11);
            return new Instance(
                    TestAlgebra.randomFullRowRank(r, n, d),
                    TestAlgebra.randomVector(r, n),
                    TestAlgebra.randomNonZeroVector(r, d));
        }

        LeastSquares problem() {
            return new LeastSquares(values(x), values(y));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void l2IsExactlyFeasibleAndItsShiftLiesInTheRowSpace(long seed) {
        Instance in = Instance.random(seed);
        Prediction p = MinDistanceInterpolant.l2().predict(in.problem(), values(in.w0()), DIGITS);

        assertThat(p.unmet()).isNull();
        assertThat(p.available()).isTrue();
        BigFraction[] w = p.exact();
        assertThat(w).hasSize(in.w0().length);
        assertThat(multiply(in.x(), w)).containsExactly(in.y());
        // p - w0 orthogonal to every null-space vector <=> p - w0 in row(X)
        BigFraction[] shift = subtract(w, in.w0());
        for (BigFraction[] v : nullSpace(in.x()))
            assertThat(dot(v, shift)).isEqualTo(BigFraction.ZERO);

        assertThat(p.certificate().get("feasibility ||Xw - y||"))
                .isEqualTo("0 (exact rational arithmetic)");
        assertThat(p.certificate().get("stationarity ||(w - w0) - X^T lambda||"))
                .isEqualTo("0 (exact rational arithmetic)");
        assertThat(p.preconditions()).anyMatch(s -> s.contains("linearly independent"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void l2DecimalsMatchAnSvdPseudoInverse(long seed) {
        Instance in = Instance.random(seed);
        Prediction p = MinDistanceInterpolant.l2().predict(in.problem(), values(in.w0()), DIGITS);
        double[] ref =
                TestAlgebra.minL2Double(
                        TestAlgebra.toDouble(in.x()),
                        TestAlgebra.toDouble(in.y()),
                        TestAlgebra.toDouble(in.w0()));
        double[] got = TestAlgebra.toDouble(p.value());
        double scale = Math.max(1, TestAlgebra.maxAbs(ref));
        assertThat(TestAlgebra.maxAbsDiff(got, ref)).isLessThan(1e-12 * scale);
        // the decimals are the exact point to at least the requested digits
        for (int i = 0; i < got.length; i++) {
            BigDecimal err =
                    p.value()[i]
                            .subtract(
                                    new BigDecimal(w(p)[i].getNumerator())
                                            .divide(
                                                    new BigDecimal(w(p)[i].getDenominator()),
                                                    new MathContext(80)))
                            .abs();
            assertThat(err).isLessThan(new BigDecimal("1e-" + DIGITS));
        }
    }

    private static BigFraction[] w(Prediction p) {
        return p.exact();
    }

    @Test
    void l2WithW0OnTheSolutionSetReturnsW0() {
        BigFraction[][] x = {{f(1), f(2), f(3)}};
        BigFraction[] w0 = {f(1), f(-1, 2), f(1, 3)};
        BigFraction[] y = multiply(x, w0);
        Prediction p =
                MinDistanceInterpolant.l2()
                        .predict(new LeastSquares(values(x), values(y)), values(w0), 20);
        assertThat(p.exact()).containsExactly(w0);
    }

    @Test
    void l2ByHand() {
        // min ||w - w0|| on w1 + w2 = 2 from w0 = (1, 0): w = (1.5, 0.5)
        BigFraction[][] x = {{f(1), f(1)}};
        Prediction p =
                MinDistanceInterpolant.l2()
                        .predict(
                                new LeastSquares(values(x), values(new BigFraction[] {f(2)})),
                                values(new BigFraction[] {f(1), f(0)}),
                                20);
        assertThat(p.exact()).containsExactly(f(3, 2), f(1, 2));
    }

    @Test
    void dependentRowsAreUnmet() {
        BigFraction[][] x = {
            {f(1), f(2), f(0), f(1)}, {f(0), f(1), f(1), f(1)}, {f(1), f(3), f(1), f(2)}
        };
        BigFraction[] y = {
            f(1), f(2), f(3)
        }; // consistent, yet the interpolant is not unique in lambda
        Prediction p =
                MinDistanceInterpolant.l2()
                        .predict(
                                new LeastSquares(values(x), values(y)),
                                values(new BigFraction[] {f(1), f(1), f(1), f(1)}),
                                20);
        assertThat(p.available()).isFalse();
        assertThat(p.unmet()).contains("linearly dependent");
        assertThat(p.value()).isNull();
    }

    @Test
    void dependentRowsAreUnmetForLp() {
        BigFraction[][] x = {{f(1, 3), f(2, 3), f(0)}, {f(2, 3), f(4, 3), f(0)}};
        Prediction p =
                MinDistanceInterpolant.lp(Value.of(f(3), "3"))
                        .predict(
                                new LeastSquares(values(x), values(new BigFraction[] {f(1), f(2)})),
                                values(new BigFraction[] {f(0), f(0), f(0)}),
                                20);
        assertThat(p.available()).isFalse();
        assertThat(p.unmet()).contains("linearly dependent");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void dependentIrrationalRowsAreUnmet(int y2) {
        BigDecimal s2 = BigDecimal.valueOf(2).sqrt(new MathContext(130));
        BigDecimal s2x2 = s2.multiply(BigDecimal.valueOf(2));
        Value[][] x = {
            {Value.irrational(s2, "Sqrt(2)"), Value.of(1), Value.of(0)},
            {Value.irrational(s2x2, "2*Sqrt(2)"), Value.of(2), Value.of(0)}
        };
        Value[] y = {Value.of(1), Value.of(y2)}; // 2: consistent, 3: no solution at all
        Prediction p =
                MinDistanceInterpolant.l2()
                        .predict(
                                new LeastSquares(x, y),
                                new Value[] {Value.of(0), Value.of(0), Value.of(0)},
                                20);
        assertThat(p.available())
                .as("prediction %s", p.value() == null ? null : Arrays.toString(p.value()))
                .isFalse();
        assertThat(p.unmet()).contains("linearly dependent");
    }

    /** Random SPD D = A^T A + I with small rational entries. */
    static BigFraction[][] randomSpd(SplittableRandom r, int d) {
        BigFraction[][] a = TestAlgebra.randomMatrix(r, d, d);
        BigFraction[][] out = new BigFraction[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                BigFraction s = i == j ? BigFraction.ONE : BigFraction.ZERO;
                for (int k = 0; k < d; k++) s = s.add(a[k][i].multiply(a[k][j]));
                out[i][j] = s;
            }
        }
        return out;
    }

    static BigFraction quadraticForm(BigFraction[][] d, BigFraction[] v) {
        return dot(v, multiply(d, v));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void quadraticMinimizesTheDNorm(long seed) {
        Instance in = Instance.random(seed);
        SplittableRandom r = new SplittableRandom(seed * 31 + 7);
        int dim = in.w0().length;
        BigFraction[][] dm = randomSpd(r, dim);
        Prediction p =
                MinDistanceInterpolant.quadratic(values(dm))
                        .predict(in.problem(), values(in.w0()), DIGITS);
        assertThat(p.unmet()).isNull();
        BigFraction[] w = p.exact();
        assertThat(multiply(in.x(), w)).containsExactly(in.y());
        BigFraction[] shift = subtract(w, in.w0());
        BigFraction[] dShift = multiply(dm, shift);
        List<BigFraction[]> nulls = nullSpace(in.x());
        for (BigFraction[] v : nulls) assertThat(dot(v, dShift)).isEqualTo(BigFraction.ZERO);

        // feasible perturbations w + t v (v in null(X)) never decrease ||w - w0||_D, exactly
        BigFraction base = quadraticForm(dm, shift);
        for (int k = 0; k < 20; k++) {
            BigFraction[] v = new BigFraction[dim];
            Arrays.fill(v, BigFraction.ZERO);
            for (BigFraction[] b : nulls) {
                BigFraction c = TestAlgebra.smallRational(r);
                for (int i = 0; i < dim; i++) v[i] = v[i].add(c.multiply(b[i]));
            }
            BigFraction t = new BigFraction(r.nextInt(1, 100), 1000);
            for (BigFraction sign : new BigFraction[] {BigFraction.ONE, BigFraction.MINUS_ONE}) {
                BigFraction[] moved = new BigFraction[dim];
                for (int i = 0; i < dim; i++)
                    moved[i] = shift[i].add(sign.multiply(t).multiply(v[i]));
                assertThat(quadraticForm(dm, moved).compareTo(base)).isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(p.certificate().get("stationarity ||D(w - w0) - X^T lambda||"))
                .isEqualTo("0 (exact rational arithmetic)");
        // the l2 interpolant is attached as a reference and is different in general, same
        // feasibility
        BigDecimal[] l2 = p.references().get("argmin ||w - w0||_2");
        assertThat(l2).isNotNull().hasSize(dim);
    }

    @Test
    void quadraticWithIdentityEqualsL2() {
        Instance in = Instance.random(99);
        int dim = in.w0().length;
        BigFraction[][] id = new BigFraction[dim][dim];
        for (int i = 0; i < dim; i++)
            for (int j = 0; j < dim; j++) id[i][j] = i == j ? BigFraction.ONE : BigFraction.ZERO;
        Prediction q =
                MinDistanceInterpolant.quadratic(values(id))
                        .predict(in.problem(), values(in.w0()), DIGITS);
        Prediction l = MinDistanceInterpolant.l2().predict(in.problem(), values(in.w0()), DIGITS);
        assertThat(q.exact()).containsExactly(l.exact());
    }

    @Test
    void quadraticDiagonalByHand() {
        // min 1*(w1-0)^2 + 3*(w2-0)^2 on w1 + w2 = 4: w1 = 3 w2 -> (3, 1)
        BigFraction[][] d = {{f(1), f(0)}, {f(0), f(3)}};
        Prediction p =
                MinDistanceInterpolant.quadratic(values(d))
                        .predict(
                                new LeastSquares(
                                        values(new BigFraction[][] {{f(1), f(1)}}),
                                        values(new BigFraction[] {f(4)})),
                                values(new BigFraction[] {f(0), f(0)}),
                                20);
        assertThat(p.exact()).containsExactly(f(3), f(1));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void irrationalDataFallBackToDfpAndAgreeWithSvd(long seed) {
        SplittableRandom r = new SplittableRandom(seed + 1000);
        int n = r.nextInt(1, 4);
        int d = r.nextInt(n + 1, 7);
        double[][] xd = new double[n][d];
        Value[][] x = new Value[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                xd[i][j] = r.nextDouble(-2, 2);
                x[i][j] = Value.irrational(new BigDecimal(xd[i][j]), Double.toString(xd[i][j]));
            }
        }
        double[] yd = new double[n];
        Value[] y = new Value[n];
        for (int i = 0; i < n; i++) {
            yd[i] = r.nextDouble(-2, 2);
            y[i] = Value.irrational(new BigDecimal(yd[i]), "y");
        }
        double[] w0d = new double[d];
        Value[] w0 = new Value[d];
        for (int i = 0; i < d; i++) {
            w0d[i] = r.nextDouble(-1, 1);
            w0[i] = Value.irrational(new BigDecimal(w0d[i]), "w0");
        }
        Prediction p = MinDistanceInterpolant.l2().predict(new LeastSquares(x, y), w0, 30);
        assertThat(p.exact()).isNull();
        double[] ref = TestAlgebra.minL2Double(xd, yd, w0d);
        assertThat(TestAlgebra.maxAbsDiff(TestAlgebra.toDouble(p.value()), ref))
                .isLessThan(1e-9 * Math.max(1, TestAlgebra.maxAbs(ref)));
        // feasibility in BigDecimal: X p - y tiny
        for (int i = 0; i < n; i++) {
            BigDecimal s = BigDecimal.ZERO;
            for (int j = 0; j < d; j++) s = s.add(new BigDecimal(xd[i][j]).multiply(p.value()[j]));
            assertThat(s.subtract(new BigDecimal(yd[i])).abs()).isLessThan(new BigDecimal("1e-30"));
        }
    }

    @Test
    void tinyScaleDataKeepTheirSignificantDigits() {
        // y = 1e-60: the interpolant is 1e-60 * (1/2, 1/2); its decimals must not round to 0
        BigFraction tiny = new BigFraction(BigInteger.ONE, BigInteger.TEN.pow(60));
        Prediction p =
                MinDistanceInterpolant.l2()
                        .predict(
                                new LeastSquares(
                                        values(new BigFraction[][] {{f(1), f(1)}}),
                                        values(new BigFraction[] {tiny})),
                                values(new BigFraction[] {f(0), f(0)}),
                                20);
        assertThat(p.exact()).containsExactly(tiny.divide(2), tiny.divide(2));
        BigDecimal half = new BigDecimal("5e-61");
        for (BigDecimal v : p.value()) {
            assertThat(v.subtract(half).abs()).isLessThan(half.scaleByPowerOfTen(-20));
        }
    }

    static BigFraction f(int n) {
        return new BigFraction(n);
    }

    static BigFraction f(int n, int d) {
        return new BigFraction(n, d);
    }
}
