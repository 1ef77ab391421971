package dev.occam.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * Proved bounds over half-lines and ranges; every expected value is derived by hand in a comment.
 */
class RangeBoundsTest {
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final double INF = Double.POSITIVE_INFINITY;

    private static Formula schedule(String text) {
        return Symbolic.get().parse(text, List.of("t"), LIMIT);
    }

    private static Formula potential(String text) {
        return Symbolic.get().parse(text, List.of("x"), LIMIT);
    }

    @Test
    void aScheduleThatGrowsAfterTheRunIsUnbounded() {
        // 0.01 + 1e-9 t: fine at t = 1e5 (0.0101), but unbounded; nothing finite may be proved
        for (RangeBounds b :
                new RangeBounds[] {
                    RangeBounds.of(schedule("0.01 + 1e-9*t")),
                    RangeBounds.of(schedule("0.01 + 1e-9*t").compile())
                }) {
            RangeBound sup = b.upper(1e5, INF);
            assertThat(sup.bound()).isEqualTo(INF);
            assertThat(sup.defined()).isTrue();
            assertThat(sup.valueAt()).isGreaterThan(1e100); // seen far out on the half-line
            assertThat(sup.pieces())
                    .isLessThan(40); // [c, inf) splits at c^2: it reaches [MAX, inf) fast
        }
    }

    @Test
    void aDecreasingScheduleIsBoundedByItsFirstValue() {
        // 0.5/(t+1) decreases: sup over [1e5, inf) is 0.5/100001, proved in one piece
        RangeBound sup = RangeBounds.of(schedule("0.5/(t+1)").compile()).upper(1e5, INF);
        BigDecimal bound = new BigDecimal(sup.bound());
        assertThat(bound.multiply(BigDecimal.valueOf(100001)))
                .isGreaterThanOrEqualTo(new BigDecimal("0.5")); // sound
        assertThat(sup.bound()).isLessThanOrEqualTo(0.5 / 100001 * (1 + 1e-15)); // tight
        assertThat(sup.defined()).isTrue();
        assertThat(sup.pieces()).isEqualTo(1);
        assertThat(sup.statement("eta(t)", "t"))
                .isEqualTo(
                        "eta(t) <= "
                                + RangeBounds.number(sup.bound())
                                + " for t in [100000, inf) (interval arithmetic over 1 piece)");
    }

    @Test
    void aPausedScheduleIsBoundedThroughItsJump() {
        // 0 before t = 1000, 0.005 at 1000, 0.01 after: sup 0.01, inf 0; before the jump exactly 0
        RangeBounds eta = RangeBounds.of(schedule("0.01*(1+Sign(t-1000))/2"));
        RangeBound sup = eta.upper(0, INF);
        assertThat(sup.bound()).isBetween(0.01, 0.01 * (1 + 1e-15));
        assertThat(eta.lower(0, INF).bound()).isBetween(-1e-300, 0.0);
        assertThat(eta.upper(0, 999).bound()).isZero();
    }

    @Test
    void aPausedDecayIsBoundedByTheLimitAtItsJump() {
        // 0 before 1000, 0.25/1001 at 1000, 0.5/(t+1) after: sup = lim_{t -> 1000+} = 0.5/1001, not
        // attained,
        // so every valid bound is >= 0.5/1001; the search refines around t = 1000 until it is tight
        RangeBound sup = RangeBounds.of(schedule("0.5*(1+Sign(t-1000))/(2*(t+1))")).upper(0, INF);
        assertThat(new BigDecimal(sup.bound()).multiply(BigDecimal.valueOf(1001)))
                .isGreaterThanOrEqualTo(new BigDecimal("0.5"));
        assertThat(sup.bound()).isLessThan(0.5 / 1001 * (1 + 1e-9));
    }

    @Test
    void harmonicStepsSumToInfinity() {
        // t * 0.5/(t+1) = t/(2(t+1)) increases to 1/2: inf over [10, inf) is 10/22 = 5/11 > 0
        RangeBound inf = RangeBounds.timesArgument(schedule("0.5/(t+1)")).lower(10, INF);
        assertThat(inf.bound()).isBetween(5.0 / 11 * (1 - 1e-12), 5.0 / 11);
        assertThat(inf.defined()).isTrue();
        // interval arithmetic alone loses the dependency on the tail: t/(t+1) on [c, inf) encloses
        // [0, inf)
        assertThat(RangeBounds.of(schedule("t*0.5/(t+1)").compile()).lower(10, INF).bound())
                .isEqualTo(0);
    }

    @Test
    void inverseSquareRootStepsSumToInfinity() {
        // t/sqrt(t+1) increases: inf over [1, inf) is 1/sqrt(2)
        RangeBound inf = RangeBounds.timesArgument(schedule("1/Sqrt(t+1)")).lower(1, INF);
        assertThat(inf.bound()).isBetween(Math.sqrt(0.5) * (1 - 1e-12), Math.sqrt(0.5));
    }

    @Test
    void summableStepsProveNoPositiveLowerBound() {
        // t/(t+1)^2 -> 0: inf over [1, inf) is 0, so no bound > 0 may come out
        assertThat(RangeBounds.timesArgument(schedule("1/(t+1)^2")).lower(1, INF).bound())
                .isLessThanOrEqualTo(0);
    }

    @Test
    void pausedConstantStepsSumToInfinity() {
        // after the pause t * 0.01 >= 20 on [2000, inf); Sign rules out monotonicity, no dependency
        // is lost
        RangeBound inf =
                RangeBounds.timesArgument(schedule("0.01*(1+Sign(t-1000))/2")).lower(2000, INF);
        assertThat(inf.bound()).isBetween(20 * (1 - 1e-15), 20.0);
    }

    @Test
    void undefinedSchedulesAreReported() {
        // Sqrt(t - 3) is NaN on [0, 3): found at a point
        RangeBound root = RangeBounds.of(schedule("Sqrt(t-3)").compile()).upper(0, 10);
        assertThat(root.defined()).isFalse();
        assertThat(root.undefinedSomewhere()).isTrue();
        assertThat(root.at()).isLessThan(3);
        assertThat(root.statement("eta(t)", "t")).startsWith("eta(t) is undefined at t = ");
        // 1/(t - 5) has a pole at 5, which no split point may hit: not proved defined, and
        // unbounded
        RangeBound pole = RangeBounds.of(schedule("1/(t-5)").compile()).upper(0, INF);
        assertThat(pole.defined()).isFalse();
        assertThat(pole.bound()).isEqualTo(INF);
    }

    @Test
    void logIsZeroAtOne() {
        RangeBound inf = RangeBounds.of(schedule("Log(t)").compile()).lower(1, INF);
        assertThat(inf.bound()).isZero();
        assertThat(inf.defined()).isTrue();
    }

    @Test
    void positivityIsProvedOrRefutedAtAPoint() {
        assertThat(
                        RangeBounds.of(potential("1 + x^2").compile())
                                .positivity(-1e300, 1e300)
                                .proved())
                .isTrue();
        // 1/x^2 at 1e300 is 1e-600: positive although no double bounds it away from 0
        assertThat(RangeBounds.of(potential("1/x^2").compile()).positivity(1e-300, 1e300).proved())
                .isTrue();
        // e^-1e300 underflows in double and in Dfp; its enclosure still proves it positive
        assertThat(RangeBounds.of(potential("Exp(-x)").compile()).positivity(0, 1e300).proved())
                .isTrue();
        Positivity p = RangeBounds.of(potential("x^2 - 1").compile()).positivity(-1e300, 1e300);
        assertThat(p.outcome()).isEqualTo(Positivity.Outcome.REFUTED);
        assertThat(p.value())
                .isLessThanOrEqualTo(0)
                .isEqualTo(p.at() * p.at() - 1); // x^2 - 1 <= 0 means |x| <= 1
        assertThat(Math.abs(p.at())).isLessThanOrEqualTo(1);
    }

    @Test
    void positivityBeyondDoublePrecisionIsUnknown() {
        // (x - 1)^2 + 1e-20 > 0, but expanded, on a piece [a, b] near 1 the enclosure of x^2 - 2x +
        // 1 has
        // lower end a^2 - 2b + 1 = (a - 1)^2 - 2(b - a) < 0 unless b - a < (a - 1)^2/2: the pieces
        // needed
        // grow like 1/|a - 1| and cannot be narrower than 1e-16 near 1. Neither proved nor refuted.
        Positivity p =
                RangeBounds.of(potential("x^2 - 2*x + 1 + 10^(-20)").compile())
                        .positivity(-1e300, 1e300);
        assertThat(p.outcome()).isEqualTo(Positivity.Outcome.UNKNOWN);
        assertThat(p.pieces()).isLessThanOrEqualTo(RangeBounds.DEFAULT_BUDGET);
        // x^2 - x + 1 >= 3/4, but on [0, 1] its first enclosure is [0 - 1 + 1, 1 - 0 + 1] = [0, 2]:
        // it takes splits
        RangeBounds q = RangeBounds.of(potential("x^2 - x + 1").compile());
        assertThat(q.withBudget(1).positivity(0, 1).outcome())
                .isEqualTo(Positivity.Outcome.UNKNOWN);
        assertThat(q.positivity(0, 1).proved()).isTrue();
    }

    @Test
    void piecesSplitGeometricallyOnHalfLines() {
        assertThat(RangeBounds.split(1e5, INF)).isEqualTo(1e10);
        assertThat(RangeBounds.split(1.5, INF)).isEqualTo(3);
        assertThat(RangeBounds.split(0, INF)).isEqualTo(1);
        assertThat(RangeBounds.split(-5, INF)).isEqualTo(0);
        assertThat(RangeBounds.split(Double.NEGATIVE_INFINITY, INF)).isEqualTo(0);
        assertThat(RangeBounds.split(Double.NEGATIVE_INFINITY, -1e5)).isEqualTo(-1e10);
        assertThat(RangeBounds.split(Double.MAX_VALUE, INF)).isNaN();
        assertThat(RangeBounds.split(1e-300, 1e300)).isCloseTo(1, Offset.offset(1e-15));
        assertThat(RangeBounds.split(2, 3)).isEqualTo(2.5);
        assertThat(RangeBounds.split(1, Math.nextUp(1.0))).isNaN();
    }
}
