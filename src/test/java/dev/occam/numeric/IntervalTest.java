package dev.occam.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.dfp.DfpMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.SplittableRandom;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Interval arithmetic against exact BigDecimal arithmetic (sums, products, quotients of doubles are
 * exact there, so rounding is checked to the last ulp) and elementary functions against 60-digit
 * Dfp; plus hand cases whose exact ranges are known.
 */
class IntervalTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double MAX = Double.MAX_VALUE;
    private static final DfpField F = new DfpField(60);

    // ---- exact constants

    @Test
    void oneThirdIsEnclosedNotRounded() {
        Interval third = Interval.enclosing(BigInteger.ONE, BigInteger.valueOf(3));
        BigDecimal three = BigDecimal.valueOf(3);
        // lo < 1/3 < hi, i.e. 3 lo < 1 < 3 hi, exactly
        assertThat(new BigDecimal(third.lo()).multiply(three)).isLessThan(BigDecimal.ONE);
        assertThat(new BigDecimal(third.hi()).multiply(three)).isGreaterThan(BigDecimal.ONE);
        assertThat(third.hi()).isEqualTo(Math.nextUp(third.lo()));
        Interval minusThird = Interval.enclosing(BigInteger.ONE, BigInteger.valueOf(-3));
        assertThat(minusThird.lo()).isEqualTo(-third.hi());
    }

    @Test
    void decimalsAreEnclosedAndBinaryFractionsAreExact() {
        Interval tenth = Interval.enclosing(new BigDecimal("0.1"));
        assertThat(new BigDecimal(tenth.lo())).isLessThan(new BigDecimal("0.1"));
        assertThat(new BigDecimal(tenth.hi())).isGreaterThan(new BigDecimal("0.1"));
        assertThat(tenth.hi()).isEqualTo(Math.nextUp(tenth.lo()));
        assertThat(Interval.enclosing(new BigDecimal("0.375"))).isEqualTo(Interval.point(0.375));
        assertThat(Interval.enclosing(BigInteger.valueOf(7), BigInteger.valueOf(8)))
                .isEqualTo(Interval.point(0.875));
    }

    @Test
    void constantsBeyondTheDoublesAreEnclosedToo() {
        assertThat(Interval.enclosing(BigDecimal.TEN.pow(400)))
                .isEqualTo(new Interval(MAX, INF, true, false));
        assertThat(Interval.enclosing(BigDecimal.TEN.pow(400).negate()))
                .isEqualTo(new Interval(-INF, -MAX, true, false));
        Interval tiny = Interval.enclosing(BigDecimal.ONE.movePointLeft(400));
        assertThat(tiny).isEqualTo(new Interval(0, Double.MIN_VALUE, true, false));
        assertThat(tiny.positive()).isTrue();
    }

    // ---- arithmetic, exactly

    /** A double of random sign and magnitude 2^-1080 .. 2^1023 (so results under- and overflow). */
    private static double randomDouble(SplittableRandom r) {
        double m = 1 + r.nextDouble();
        int e = r.nextInt(6) == 0 ? r.nextInt(-1080, 1023) : r.nextInt(-30, 30);
        double x = Math.max(Double.MIN_VALUE, Math.scalb(m, e));
        return r.nextBoolean() ? -x : x;
    }

    /** Exact x in [lo, hi], where an infinite endpoint only bounds finite values from one side. */
    private static void assertEncloses(Interval i, BigDecimal exact, String what) {
        if (i.lo() != Double.NEGATIVE_INFINITY) {
            assertThat(new BigDecimal(i.lo()))
                    .as("lower bound of %s = %s", what, i)
                    .isLessThanOrEqualTo(exact);
        }
        if (i.hi() != INF) {
            assertThat(new BigDecimal(i.hi()))
                    .as("upper bound of %s = %s", what, i)
                    .isGreaterThanOrEqualTo(exact);
        }
        if (i.excludesZero()) {
            assertThat(exact.signum()).as("%s excludes 0: %s", what, i).isNotZero();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void sumsProductsAndQuotientsOfPointsContainTheExactResult(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        // a quotient of doubles that is no double is about 2^-106 of itself away from every double,
        // so 400 digits decide each comparison with a bound
        MathContext mc = new MathContext(400);
        for (int k = 0; k < 1000; k++) {
            double a = randomDouble(r);
            double b = randomDouble(r);
            Interval x = Interval.point(a);
            Interval y = Interval.point(b);
            BigDecimal ea = new BigDecimal(a);
            BigDecimal eb = new BigDecimal(b);
            assertEncloses(x.add(y), ea.add(eb), a + " + " + b);
            assertEncloses(x.subtract(y), ea.subtract(eb), a + " - " + b);
            assertEncloses(x.multiply(y), ea.multiply(eb), a + " * " + b);
            assertEncloses(x.divide(y), ea.divide(eb, mc), a + " / " + b);
            assertEncloses(x.pow(3), ea.pow(3), a + "^3");
            assertEncloses(y.pow(-2), BigDecimal.ONE.divide(eb.pow(2), mc), b + "^-2");
            Interval q = x.add(y).multiply(x).divide(y.pow(2));
            assertEncloses(q, ea.add(eb).multiply(ea).divide(eb.pow(2), mc), "(a+b)a/b^2");
        }
    }

    @Test
    void exactResultsStayExact() {
        assertThat(Interval.point(0.5).add(Interval.point(0.25))).isEqualTo(Interval.point(0.75));
        assertThat(Interval.point(3).multiply(Interval.point(3))).isEqualTo(Interval.point(9));
        assertThat(Interval.point(1).divide(Interval.point(4))).isEqualTo(Interval.point(0.25));
        Interval third = Interval.point(1).divide(Interval.point(3));
        assertThat(third.hi()).isEqualTo(Math.nextUp(third.lo()));
    }

    @Test
    void evenPowersAreNotProducts() {
        Interval x = Interval.of(-2, 3);
        assertThat(x.pow(2)).isEqualTo(Interval.of(0, 9));
        assertThat(x.multiply(x))
                .isEqualTo(Interval.of(-6, 9)); // the dependency a product cannot see
        assertThat(x.pow(3)).isEqualTo(Interval.of(-8, 27));
        assertThat(Interval.of(-3, -2).pow(2)).isEqualTo(Interval.of(4, 9));
        assertThat(Interval.of(-3, -2).pow(-1).lo()).isEqualTo(-0.5);
    }

    @Test
    void infinitiesAndZeros() {
        // 0 * inf: 0 is a point of [0, 1], inf only a limit of [5, inf)
        assertThat(Interval.of(0, 1).multiply(Interval.of(5, INF))).isEqualTo(Interval.of(0, INF));
        assertThat(Interval.point(0).multiply(Interval.of(5, INF))).isEqualTo(Interval.point(0));
        assertThat(Interval.of(-1, 1).multiply(Interval.of(5, INF))).isEqualTo(Interval.ENTIRE);
        // inf - inf: unbounded both ways, but defined
        assertThat(Interval.of(1, INF).subtract(Interval.of(1, INF))).isEqualTo(Interval.ENTIRE);
        assertThat(Interval.of(MAX, MAX).add(Interval.of(MAX, MAX)))
                .isEqualTo(new Interval(MAX, INF, true, false));
        assertThat(Interval.of(4, INF).reciprocal()).isEqualTo(new Interval(0, 0.25, true, false));
    }

    @Test
    void divisionByAnIntervalReachingZero() {
        Interval one = Interval.point(1);
        assertThat(Interval.of(1, 2).divide(Interval.of(0, 4)))
                .isEqualTo(new Interval(0.25, INF, true, true));
        assertThat(Interval.of(1, 2).divide(Interval.of(-4, 0)))
                .isEqualTo(new Interval(-INF, -0.25, true, true));
        assertThat(one.divide(Interval.of(-1, 1))).isEqualTo(Interval.UNDEFINED);
        assertThat(one.divide(Interval.point(0))).isEqualTo(Interval.UNDEFINED);
        // a divisor known nonzero whose bound underflowed to 0 is no division by zero
        Interval tinyPositive = new Interval(0, 1e-300, true, false);
        Interval big = one.divide(tinyPositive);
        assertThat(big.hi()).isEqualTo(INF);
        assertThat(big.lo()).isLessThanOrEqualTo(1e300).isGreaterThan(0.999e300);
        assertThat(big.maybeUndefined()).isFalse();
    }

    @Test
    void strictSignSurvivesUnderflow() {
        // 1/x^2 on [1e200, 1e300] lies in [1e-600, 1e-400]: below every positive double, still > 0
        Interval x = Interval.of(1e200, 1e300);
        Interval y = x.pow(-2);
        assertThat(y.lo()).isZero();
        assertThat(y.positive()).isTrue();
        assertThat(y.add(y).positive()).isTrue();
        assertThat(y.subtract(y).positive()).isFalse();
        assertThat(Interval.point(1e-200).multiply(Interval.point(-1e-200)).negative()).isTrue();
    }

    @Test
    void invalidIntervalsAreRefused() {
        assertThatThrownBy(() -> Interval.of(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Interval.of(INF, INF))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Interval.of(Double.NaN, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- elementary functions, hand cases

    @Test
    void expAndLog() {
        assertThat(IntervalMath.exp(Interval.of(Double.NEGATIVE_INFINITY, 0)))
                .isEqualTo(new Interval(0, 1, true, false));
        assertThat(IntervalMath.exp(Interval.of(0, INF))).isEqualTo(Interval.of(1, INF));
        Interval huge = IntervalMath.exp(Interval.of(710, 720)); // e^710 > MAX_VALUE
        assertThat(huge.hi()).isEqualTo(INF);
        assertThat(huge.lo()).isGreaterThan(1.797e308);
        assertThat(IntervalMath.log(Interval.of(1, INF))).isEqualTo(Interval.of(0, INF));
        assertThat(IntervalMath.log(Interval.of(-1, 1)))
                .isEqualTo(new Interval(Double.NEGATIVE_INFINITY, 0, false, true));
        assertThat(IntervalMath.log(Interval.of(-2, -1))).isEqualTo(Interval.UNDEFINED);
        assertThat(IntervalMath.log(new Interval(0, 1, true, false)).maybeUndefined()).isFalse();
    }

    @Test
    void squareRoots() {
        assertThat(IntervalMath.sqrt(Interval.of(4, 9))).isEqualTo(new Interval(2, 3, true, false));
        assertThat(IntervalMath.sqrt(Interval.of(-1, 4)))
                .isEqualTo(new Interval(0, 2, false, true));
        assertThat(IntervalMath.sqrt(Interval.of(-2, -1))).isEqualTo(Interval.UNDEFINED);
        Interval root2 = IntervalMath.sqrt(Interval.point(2));
        BigDecimal two = BigDecimal.valueOf(2);
        assertThat(new BigDecimal(root2.lo()).pow(2)).isLessThan(two);
        assertThat(new BigDecimal(root2.hi()).pow(2)).isGreaterThan(two);
    }

    @Test
    void sinAndCosFindTheirExtrema() {
        assertThat(IntervalMath.sin(Interval.of(0, 7))).isEqualTo(Interval.of(-1, 1));
        Interval s =
                IntervalMath.sin(
                        Interval.of(1, 2)); // contains pi/2: [min(sin 1, sin 2), 1] = [sin 1, 1]
        assertThat(s.hi()).isEqualTo(1);
        assertThat(s.lo()).isLessThanOrEqualTo(Math.sin(1)).isGreaterThan(Math.sin(1) - 1e-14);
        Interval c = IntervalMath.cos(Interval.of(1, 4)); // contains pi: [-1, cos 1]
        assertThat(c.lo()).isEqualTo(-1);
        assertThat(c.hi()).isGreaterThanOrEqualTo(Math.cos(1)).isLessThan(Math.cos(1) + 1e-14);
        Interval mono = IntervalMath.sin(Interval.of(0.1, 0.2)); // monotone: tight
        assertThat(mono.lo())
                .isLessThanOrEqualTo(Math.sin(0.1))
                .isGreaterThan(Math.sin(0.1) - 1e-15);
        assertThat(mono.hi())
                .isGreaterThanOrEqualTo(Math.sin(0.2))
                .isLessThan(Math.sin(0.2) + 1e-15);
        assertThat(IntervalMath.cos(Interval.of(-0.5, 0.5)).hi()).isEqualTo(1);
        assertThat(IntervalMath.sin(Interval.of(5, INF))).isEqualTo(Interval.of(-1, 1));
        assertThat(IntervalMath.sin(new Interval(0, 1e-300, true, false)).positive()).isTrue();
    }

    @Test
    void tanAndItsPoles() {
        assertThat(IntervalMath.tan(Interval.of(1, 2)))
                .isEqualTo(Interval.UNDEFINED); // pi/2 inside
        Interval t = IntervalMath.tan(Interval.of(-1, 1));
        assertThat(t.lo()).isLessThanOrEqualTo(Math.tan(-1)).isGreaterThan(Math.tan(-1) - 1e-14);
        assertThat(t.hi()).isGreaterThanOrEqualTo(Math.tan(1)).isLessThan(Math.tan(1) + 1e-14);
        Interval past = IntervalMath.tan(Interval.of(2, 4)); // between the poles pi/2 and 3 pi/2
        assertThat(past.maybeUndefined()).isFalse();
        assertThat(past.contains(Math.tan(3))).isTrue();
    }

    @Test
    void angleOfAPoint() {
        // the box crosses the negative x axis: angles near pi and near -pi
        Interval cut = IntervalMath.atan2(Interval.of(-1, 1), Interval.of(-2, -1));
        assertThat(cut.lo()).isLessThanOrEqualTo(-Math.PI);
        assertThat(cut.hi()).isGreaterThanOrEqualTo(Math.PI);
        assertThat(cut.maybeUndefined()).isFalse();
        assertThat(IntervalMath.atan2(Interval.of(-1, 1), Interval.of(-1, 1)).maybeUndefined())
                .isTrue(); // origin
        Interval quadrant =
                IntervalMath.atan2(Interval.of(1, INF), Interval.of(1, INF)); // (0, pi/2)
        assertThat(quadrant.lo()).isLessThanOrEqualTo(0).isGreaterThan(-1e-15);
        assertThat(quadrant.hi())
                .isGreaterThanOrEqualTo(Math.PI / 2)
                .isLessThan(Math.PI / 2 + 1e-14);
        // y < 0 tending to 0 with x < 0: the angle tends to -pi
        Interval below = IntervalMath.atan2(new Interval(-1, 0, true, false), Interval.of(-2, -1));
        assertThat(below.lo()).isLessThanOrEqualTo(-Math.PI);
        assertThat(below.hi()).isLessThan(0);
    }

    @Test
    void hyperbolicFunctionsSignsAndExtrema() {
        assertThat(IntervalMath.cosh(Interval.of(-1, 2)).lo()).isEqualTo(1);
        assertThat(IntervalMath.cosh(Interval.of(-1, 2)).hi()).isGreaterThanOrEqualTo(Math.cosh(2));
        assertThat(IntervalMath.tanh(Interval.ENTIRE)).isEqualTo(Interval.of(-1, 1));
        assertThat(IntervalMath.sinh(Interval.of(0, INF))).isEqualTo(Interval.of(0, INF));
        assertThat(IntervalMath.atan(Interval.ENTIRE).hi()).isGreaterThanOrEqualTo(Math.PI / 2);
    }

    @Test
    void absSignMaxMin() {
        assertThat(IntervalMath.abs(Interval.of(-3, 2))).isEqualTo(Interval.of(0, 3));
        assertThat(IntervalMath.sign(Interval.of(-3, 2))).isEqualTo(Interval.of(-1, 1));
        assertThat(IntervalMath.sign(Interval.of(0, 2))).isEqualTo(Interval.of(0, 1));
        assertThat(IntervalMath.sign(new Interval(0, 2, true, false))).isEqualTo(Interval.point(1));
        assertThat(IntervalMath.max(Interval.of(1, 2), Interval.of(0, 3)))
                .isEqualTo(Interval.of(1, 3));
        assertThat(IntervalMath.min(Interval.of(1, 2), Interval.of(0, 3)))
                .isEqualTo(Interval.of(0, 2));
    }

    @Test
    void realPowers() {
        Interval r = IntervalMath.pow(Interval.of(4, 9), Interval.point(0.5));
        assertThat(r.lo()).isLessThanOrEqualTo(2).isGreaterThan(2 - 1e-14);
        assertThat(r.hi()).isGreaterThanOrEqualTo(3).isLessThan(3 + 1e-14);
        // (t+1)^(-3/2) on [0, inf) is (0, 1]
        Interval decay = IntervalMath.pow(Interval.of(1, INF), Interval.point(-1.5));
        assertThat(decay.lo()).isZero();
        assertThat(decay.positive()).isTrue();
        assertThat(decay.hi()).isGreaterThanOrEqualTo(1).isLessThan(1 + 1e-14);
        assertThat(IntervalMath.pow(Interval.of(-1, 4), Interval.point(0.5)).maybeUndefined())
                .isTrue();
        assertThat(IntervalMath.pow(Interval.of(-2, -1), Interval.point(0.5)))
                .isEqualTo(Interval.UNDEFINED);
        assertThat(IntervalMath.pow(Interval.of(0, 1), Interval.of(-1, 1)))
                .isEqualTo(new Interval(0, INF, false, true));
        assertThat(IntervalMath.pow(Interval.of(-2, 3), Interval.point(2)))
                .isEqualTo(Interval.of(0, 9));
        // beyond the product range an integer exponent still has negative bases: (-1.0001)^100001 <
        // -1
        Interval odd = IntervalMath.pow(Interval.of(-1.0001, 1), Interval.point(100001));
        assertThat(odd.contains(Math.pow(-1.0001, 100001))).isTrue();
        assertThat(odd.lo()).isLessThan(-2e4);
    }

    // ---- elementary functions against Dfp at random points of random boxes

    private static final double[] SCALES = {1e-3, 1, 3, 30, 700};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void functionsEncloseTheirDfpValues(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int k = 0; k < 120; k++) {
            double scale = SCALES[r.nextInt(SCALES.length)];
            double a = (2 * r.nextDouble() - 1) * scale;
            double b = r.nextInt(4) == 0 ? a : a + r.nextDouble() * scale;
            Interval box = Interval.of(a, b);
            for (int j = 0; j < 5; j++) {
                double x = j == 0 ? a : j == 1 ? b : a + (b - a) * r.nextDouble();
                Dfp d = F.newDfp(x);
                check(box, x, IntervalMath::exp, DfpMath.exp(d), "exp");
                check(box, x, IntervalMath::sin, DfpMath.sin(d), "sin");
                check(box, x, IntervalMath::cos, DfpMath.cos(d), "cos");
                check(box, x, IntervalMath::atan, DfpMath.atan(d), "atan");
                check(box, x, IntervalMath::sinh, d.sinh(), "sinh");
                check(box, x, IntervalMath::cosh, d.cosh(), "cosh");
                check(box, x, IntervalMath::tanh, d.tanh(), "tanh");
                check(box, x, IntervalMath::abs, d.abs(), "abs");
                if (Math.abs(Math.cos(x)) > 1e-10) {
                    check(box, x, IntervalMath::tan, DfpMath.tan(d), "tan");
                }
                if (x > 0) {
                    check(box, x, IntervalMath::log, DfpMath.log(d), "log");
                    check(box, x, IntervalMath::sqrt, d.sqrt(), "sqrt");
                    check2(
                            box,
                            Interval.of(-2.5, 1.5),
                            x,
                            0.7,
                            IntervalMath::pow,
                            DfpMath.pow(d, F.newDfp(0.7)),
                            "pow");
                }
                double y = (2 * r.nextDouble() - 1) * scale;
                check2(
                        Interval.of(Math.min(y, 0), Math.max(y, 0)),
                        box,
                        y,
                        x,
                        IntervalMath::atan2,
                        F.newDfp(y).atan2(d),
                        "atan2");
            }
        }
    }

    private static void check(
            Interval box, double x, UnaryOperator<Interval> f, Dfp exact, String name) {
        assertDfpIn(f.apply(box), exact, name + " on " + box + " at " + x);
        assertDfpIn(f.apply(Interval.point(x)), exact, name + " at " + x);
    }

    private static void check2(
            Interval box1,
            Interval box2,
            double x1,
            double x2,
            BinaryOperator<Interval> f,
            Dfp exact,
            String name) {
        assertDfpIn(
                f.apply(box1, box2),
                exact,
                name + " on " + box1 + " x " + box2 + " at " + x1 + ", " + x2);
    }

    static void assertDfpIn(Interval i, Dfp v, String what) {
        if (v.isNaN() || v.isInfinite()) {
            assertThat(i.maybeUndefined())
                    .as("%s is %s, so %s must be marked undefined", what, v, i)
                    .isTrue();
            return;
        }
        // 60-digit Dfp is not exact either: allow 1e-40 relative, far below one ulp of a double
        Dfp slack = v.abs().multiply(F.newDfp("1e-40"));
        if (i.lo() != Double.NEGATIVE_INFINITY) {
            assertThat(F.newDfp(i.lo()).subtract(slack).lessThan(v) || F.newDfp(i.lo()).equals(v))
                    .as("%s = %s below %s", what, v, i)
                    .isTrue();
        }
        if (i.hi() != INF) {
            assertThat(F.newDfp(i.hi()).add(slack).greaterThan(v) || F.newDfp(i.hi()).equals(v))
                    .as("%s = %s above %s", what, v, i)
                    .isTrue();
        }
        if (i.excludesZero()) {
            assertThat(v.isZero()).as("%s = 0 but %s excludes 0", what, i).isFalse();
        }
    }
}
