package dev.occam.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Interval;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@link CompiledFormula#enclose}: every value at a point of the box lies in the enclosure, checked
 * for seeded random formulas on random boxes at their endpoints and random inner points, against
 * 50-digit Dfp (the real value, up to 1e-35) and against the double evaluation (the same operations
 * rounded to nearest); and hand cases whose exact ranges are derived by hand.
 *
 * <p>Dfp is no reference where it breaks down: its sin of 1e148 is not in [-1, 1] and its tanh of
 * 5e5 is NaN (exp overflows), while the double evaluation is fine. Where the two disagree by more
 * than 1e-6 only the double value is checked; where both are NaN (sin of an overflowed x^x) the
 * point is skipped, and at most 5% of the points may be.
 */
class EnclosureTest {
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final DfpField FIELD = new DfpField(50);
    private static final double INF = Double.POSITIVE_INFINITY;

    private static CompiledFormula compile(String text, String... vars) {
        return Symbolic.get().parse(text, List.of(vars), LIMIT).compile();
    }

    // ---- hand cases

    @Test
    void reciprocalOnAHalfLine() {
        // t + 1 in [4, inf), so 1/(t + 1) in (0, 1/4]; both endpoints are doubles
        Interval r = compile("1/(t+1)", "t").enclose(Interval.of(3, INF));
        assertThat(r).isEqualTo(new Interval(0, 0.25, true, false));
    }

    @Test
    void powerDecay() {
        // (t + 1)^(-3/2) on [0, inf): decreasing from 1 at t = 0 towards 0, never 0
        Interval r = compile("(t+1)^(-3/2)", "t").enclose(Interval.of(0, INF));
        assertThat(r.lo()).isZero();
        assertThat(r.positive()).isTrue();
        assertThat(r.hi()).isBetween(1.0, 1 + 1e-14);
        assertThat(r.maybeUndefined()).isFalse();
        // on [3, 15]: [16^-1.5, 4^-1.5] = [1/64, 1/8]
        Interval s = compile("(t+1)^(-3/2)", "t").enclose(Interval.of(3, 15));
        // Math.pow is trusted to its specified 1 ulp only, so the ends widen by 2^-49 relative
        assertThat(s.lo()).isBetween(1.0 / 64 * (1 - 4e-15), 1.0 / 64);
        assertThat(s.hi()).isBetween(0.125, 0.125 * (1 + 4e-15));
    }

    @Test
    void inverseSquareRootSchedule() {
        CompiledFormula eta = compile("0.5/Sqrt(t+1)", "t");
        assertThat(eta.enclose(Interval.of(0, INF))).isEqualTo(new Interval(0, 0.5, true, false));
        // sqrt([4, 9]) = [2, 3]: 0.5/[2, 3] = [1/6, 1/4]
        Interval r = eta.enclose(Interval.of(3, 8));
        assertThat(r.hi()).isEqualTo(0.25);
        assertThat(r.lo()).isBetween(1.0 / 6 - 1e-16, 1.0 / 6);
    }

    @Test
    void entropySecondDerivativeOnTheRepresentableRange() {
        Formula phi = Symbolic.get().parse("x*Log(x) - x", List.of("x"), LIMIT);
        Interval r =
                phi.derivative("x").derivative("x").compile().enclose(Interval.of(1e-300, 1e300));
        // phi'' = 1/x: [1e-300, 1e300] up to one rounding each way
        assertThat(r.lo()).isBetween(1e-300 * (1 - 1e-15), 1e-300);
        assertThat(r.hi()).isBetween(1e300, 1e300 * (1 + 1e-15));
        assertThat(r.positive()).isTrue();
        assertThat(r.maybeUndefined()).isFalse();
    }

    @Test
    void exponentialDecay() {
        // -t in (-inf, 0], e^-t in (0, 1], with e^0 = 1 exactly
        assertThat(compile("Exp(-t)", "t").enclose(Interval.of(0, INF)))
                .isEqualTo(new Interval(0, 1, true, false));
    }

    @Test
    void sineOverMoreThanAPeriod() {
        // [0, 7] contains pi/2 (max) and 3 pi/2 (min)
        assertThat(compile("Sin(t)", "t").enclose(Interval.of(0, 7))).isEqualTo(Interval.of(-1, 1));
    }

    @Test
    void differenceOfEqualsContainsZero() {
        assertThat(compile("t - t", "t").enclose(Interval.of(2, 5)).contains(0)).isTrue();
        assertThat(compile("t - 2*t/2", "t").enclose(Interval.of(-1e300, 1e300)).contains(0))
                .isTrue();
    }

    @Test
    void squareIsNotAProduct() {
        assertThat(compile("x^2", "x").enclose(Interval.of(-2, 3))).isEqualTo(Interval.of(0, 9));
    }

    @Test
    void undefinedPiecesAreFlagged() {
        assertThat(compile("Log(x)", "x").enclose(Interval.of(-1, 2)).maybeUndefined()).isTrue();
        assertThat(compile("Sqrt(x - 3)", "x").enclose(Interval.of(0, 10)).maybeUndefined())
                .isTrue();
        assertThat(compile("x^(1/3)", "x").enclose(Interval.of(-1, 1)).maybeUndefined()).isTrue();
        assertThat(compile("Tan(x)", "x").enclose(Interval.of(1, 2)).maybeUndefined()).isTrue();
        assertThat(compile("1/x", "x").enclose(Interval.of(-1, 1))).isEqualTo(Interval.UNDEFINED);
        assertThat(compile("1/x + Sqrt(x)", "x").enclose(Interval.of(0.5, 2)).maybeUndefined())
                .isFalse();
    }

    @Test
    void pausedScheduleIsBoundedThroughItsJump() {
        // 0.01 (1 + Sign(t - 1000))/2: 0 before 1000, 0.005 at 1000, 0.01 after
        CompiledFormula eta = compile("0.01*(1+Sign(t-1000))/2", "t");
        Interval across = eta.enclose(Interval.of(0, INF));
        assertThat(across.lo()).isBetween(-1e-17, 0.0);
        assertThat(across.hi()).isBetween(0.01, 0.01 + 1e-17);
        Interval after = eta.enclose(Interval.of(1001, INF));
        assertThat(after.lo()).isBetween(0.01 - 1e-17, 0.01);
    }

    @Test
    void piIsEnclosed() {
        Interval pi = compile("Pi + 0*x", "x").enclose(Interval.point(1));
        assertThat(pi.lo()).isLessThan(Math.nextUp(Math.PI));
        assertThat(pi.hi()).isGreaterThan(Math.PI); // Math.PI < pi
    }

    // ---- random formulas

    private static final String[] UNARY = {
        "Exp", "Log", "Sqrt", "Sin", "Cos", "Tan", "ArcTan", "Sinh", "Cosh", "Tanh", "Abs", "Sign"
    };
    private static final String[] RATIONAL_EXPONENTS = {"3/2", "-1/2", "1/3", "-3/2", "2/3", "5/2"};

    /**
     * A random formula in the given variables: nested sums, products, quotients, powers and
     * functions.
     */
    static String randomFormula(SplittableRandom r, int depth, String[] vars) {
        if (depth == 0 || r.nextInt(10) < 2) {
            return leaf(r, vars);
        }
        String a = randomFormula(r, depth - 1, vars);
        return switch (r.nextInt(14)) {
            case 0, 1, 2 -> UNARY[r.nextInt(UNARY.length)] + "(" + a + ")";
            case 3 -> "(" + a + ") + (" + randomFormula(r, depth - 1, vars) + ")";
            case 4 -> "(" + a + ") - (" + randomFormula(r, depth - 1, vars) + ")";
            case 5, 6 -> "(" + a + ")*(" + randomFormula(r, depth - 1, vars) + ")";
            case 7 -> "(" + a + ")/(" + randomFormula(r, depth - 1, vars) + ")";
            case 8 -> "(" + a + ")^(" + (r.nextInt(8) - 3) + ")";
            case 9 ->
                    "("
                            + a
                            + ")^("
                            + RATIONAL_EXPONENTS[r.nextInt(RATIONAL_EXPONENTS.length)]
                            + ")";
            case 10 -> "(" + a + ")^(" + randomFormula(r, depth - 1, vars) + ")";
            case 11 ->
                    (r.nextBoolean() ? "Max(" : "Min(")
                            + a
                            + ", "
                            + randomFormula(r, depth - 1, vars)
                            + ")";
            case 12 -> "ArcTan(" + a + ", " + randomFormula(r, depth - 1, vars) + ")";
            default -> "Log(" + a + ", " + randomFormula(r, depth - 1, vars) + ")";
        };
    }

    private static String leaf(SplittableRandom r, String[] vars) {
        return switch (r.nextInt(9)) {
            case 0 -> Integer.toString(r.nextInt(-3, 6));
            case 1 -> r.nextInt(1, 9) + "/" + r.nextInt(2, 9);
            case 2 -> "0." + r.nextInt(1, 100);
            case 3 -> r.nextBoolean() ? "Pi" : "E";
            default -> vars[r.nextInt(vars.length)];
        };
    }

    /** A random box side: small, a point, positive and wide, or a half-line. */
    static Interval randomSide(SplittableRandom r) {
        double a = 6 * r.nextDouble() - 3;
        return switch (r.nextInt(7)) {
            case 0 -> Interval.point(a);
            case 1 -> Interval.of(a, a + 1e-6 * r.nextDouble());
            case 2 -> {
                double lo = 2 * r.nextDouble();
                yield Interval.of(lo, lo + Math.pow(10, 4 * r.nextDouble()));
            }
            case 3 -> Interval.of(a, INF);
            case 4 -> Interval.of(Double.NEGATIVE_INFINITY, a);
            default -> Interval.of(a, a + 3 * r.nextDouble());
        };
    }

    /**
     * An endpoint or a random point of a side; unbounded sides are sampled up to 10^3 from their
     * end.
     */
    static double randomPoint(SplittableRandom r, Interval side) {
        int pick = r.nextInt(5);
        if (pick == 0 && Double.isFinite(side.lo())) {
            return side.lo();
        }
        if (pick == 1 && Double.isFinite(side.hi())) {
            return side.hi();
        }
        if (side.lo() == Double.NEGATIVE_INFINITY) {
            return side.hi() - Math.pow(10, 3 * r.nextDouble()) + 1;
        }
        if (side.hi() == INF) {
            return side.lo() + Math.pow(10, 3 * r.nextDouble()) - 1;
        }
        return side.lo() + (side.hi() - side.lo()) * r.nextDouble();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void randomFormulasEncloseTheirValues(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] vars = seed % 2 == 0 ? new String[] {"x", "y"} : new String[] {"x"};
        int tested = 0;
        int attempts = 0;
        Tally failures = new Tally();
        while (tested < 30 && attempts++ < 150) {
            String text = randomFormula(r, 3, vars);
            Formula f;
            try {
                f = Symbolic.get().parse(text, List.of(vars), LIMIT);
                if (r.nextInt(3) == 0) {
                    f = f.derivative("x"); // brings in Sec, Csc, Cot, Sech, Csch, Coth
                }
                f.compile();
            } catch (FormulaException notAFormula) {
                continue; // e.g. Symja finds it complex or infinite
            }
            tested++;
            checkOnRandomBoxes(r, f, vars.length, 6, failures);
        }
        assertThat(tested).as("formulas tested").isEqualTo(30);
        failures.assertNone();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "1/Cos(x)",
                "1/Sin(x)",
                "1/Tan(x)",
                "1/Cosh(x)",
                "1/Sinh(x)",
                "1/Tanh(x)",
                "Log(2, x)",
                "ArcTan(x, y)",
                "ArcTan(x - 1, y^2 - 1)",
                "x^y",
                "(x - 1/3)^(1/3)",
                "Max(x, y, 1/3) - Min(x, Sin(y))",
                "Sign(x - y)*Abs(y)",
                "x*Log(x) - x",
                "Exp(x)/(1 + Exp(x))",
                "1/(x^2 - 2*x + 1)"
            })
    void namedFormulasEncloseTheirValues(String text) {
        String[] vars = text.contains("y") ? new String[] {"x", "y"} : new String[] {"x"};
        Formula f = Symbolic.get().parse(text, List.of(vars), LIMIT);
        Tally failures = new Tally();
        checkOnRandomBoxes(new SplittableRandom(text.hashCode()), f, vars.length, 60, failures);
        failures.assertNone();
    }

    /** Failures, and how many points were checked and skipped. */
    private static final class Tally {
        final List<String> failures = new ArrayList<>();
        int checked;
        int skipped;

        void assertNone() {
            assertThat(failures).isEmpty();
            assertThat(skipped)
                    .as("points skipped of %d", checked + skipped)
                    .isLessThanOrEqualTo((checked + skipped) / 20);
        }
    }

    private static void checkOnRandomBoxes(
            SplittableRandom r, Formula f, int arity, int boxes, Tally tally) {
        CompiledFormula c = f.compile();
        for (int b = 0; b < boxes; b++) {
            Interval[] box = new Interval[arity];
            for (int i = 0; i < arity; i++) {
                box[i] = randomSide(r);
            }
            Interval e = c.enclose(box);
            for (int p = 0; p < 8; p++) {
                double[] x = new double[arity];
                Dfp[] xd = new Dfp[arity];
                for (int i = 0; i < arity; i++) {
                    x[i] = randomPoint(r, box[i]);
                    xd[i] = FIELD.newDfp(x[i]);
                }
                double d = c.value(x);
                Dfp v = c.value(xd);
                if (Double.isNaN(d) && v.isNaN() && !e.maybeUndefined()) {
                    tally.skipped++; // undefined, or both overflowed: no reference here
                    continue;
                }
                tally.checked++;
                String problem = problem(e, d, v);
                if (problem != null) {
                    tally.failures.add(
                            f.text()
                                    + " on "
                                    + List.of(box)
                                    + " at "
                                    + Arrays.toString(x)
                                    + ": "
                                    + problem);
                }
            }
        }
    }

    /** Null when both values are consistent with the enclosure, else what is wrong. */
    private static String problem(Interval e, double d, Dfp v) {
        // a double division by an exact 0 (Log(b, x) at b = 1 in double, not in reals) is a pole
        boolean pole = Double.isInfinite(d) && e.maybeUndefined();
        if (!Double.isNaN(d) && !pole && !e.contains(d)) {
            return "double value " + d + " outside " + e;
        }
        if (Double.isFinite(d)
                && (v.isNaN()
                        || v.isInfinite()
                        || v.subtract(FIELD.newDfp(d)).abs().toDouble()
                                > 1e-6 * Math.max(Math.abs(d), 1e-300))) {
            return null; // Dfp broke down (see the class comment), or double cancelled: the double
            // was checked
        }
        if (v.isNaN() || v.isInfinite()) {
            boolean overflow =
                    v.isInfinite()
                            && (v.greaterThan(FIELD.getZero())
                                    ? e.hi() == INF
                                    : e.lo() == Double.NEGATIVE_INFINITY);
            return e.maybeUndefined() || overflow
                    ? null
                    : "Dfp value " + v + " but " + e + " is not marked undefined";
        }
        Dfp slack = v.abs().multiply(FIELD.newDfp("1e-35"));
        if (e.lo() != Double.NEGATIVE_INFINITY
                && FIELD.newDfp(e.lo()).subtract(slack).greaterThan(v)) {
            return "Dfp value " + v + " below " + e;
        }
        if (e.hi() != INF && FIELD.newDfp(e.hi()).add(slack).lessThan(v)) {
            return "Dfp value " + v + " above " + e;
        }
        if (e.excludesZero() && v.isZero()) {
            return "Dfp value 0 but " + e + " excludes 0";
        }
        return null;
    }
}
