package dev.occam.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.algorithm.Trajectory;
import dev.occam.numeric.Tier;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The a posteriori tail bound on synthetic step sequences whose true tail is known. */
class TailBoundTest {
    private static final double FLOOR = 1e-300;

    static Trajectory trajectory(double[] steps, double floor) {
        Trajectory.Sample only = new Trajectory.Sample(steps.length, Tier.forDigits(16).of(new double[] {0}), Double.NEGATIVE_INFINITY);
        return new Trajectory(List.of(only), steps, steps.length, "budget", 0, floor);
    }

    static double[] steps(int n, IntToDoubleFunction s) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) out[k] = s.applyAsDouble(k);
        return out;
    }

    /** sum_{k >= n} s(k), summed until negligible. */
    static double tail(int n, IntToDoubleFunction s) {
        double sum = 0;
        for (int k = n; k < n + 10_000_000; k++) {
            double v = s.applyAsDouble(k);
            sum += v;
            if (v < 1e-18 * sum) break;
        }
        return sum;
    }

    @ParameterizedTest
    @CsvSource({"0.5, 60", "0.9, 200", "0.99, 500", "0.999, 3000", "0.9999, 20000"})
    void geometricStepsGiveASharpBoundAboveTheTrueTail(double r, int n) {
        IntToDoubleFunction s = k -> 3 * Math.pow(r, k);
        TailBound b = TailBound.of(trajectory(steps(n, s), FLOOR), Double.NaN);
        double truth = tail(n, s);
        assertThat(b.finite()).isTrue();
        assertThat(b.contraction()).isCloseTo(r, org.assertj.core.data.Offset.offset(1e-9));
        // collinear steps: ||w_n - w_inf|| is exactly the tail sum; the bound may not be below it
        assertThat(b.bound()).isGreaterThanOrEqualTo(truth * (1 - 1e-9));
        assertThat(b.bound()).isLessThanOrEqualTo(1.01 * truth);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.8, 0.95, 0.995})
    void oscillatingStepsAreBoundedByTheirEnvelope(double r) {
        // a heavy-ball-like step sequence: geometric envelope times a beat
        IntToDoubleFunction s = k -> Math.pow(r, k) * (1 + 0.9 * Math.cos(0.7 * k));
        int n = (int) (40 / (1 - r));
        TailBound b = TailBound.of(trajectory(steps(n, s), FLOOR), Double.NaN);
        double truth = tail(n, s);
        assertThat(b.bound()).isGreaterThanOrEqualTo(truth);
        assertThat(b.bound()).isLessThanOrEqualTo(20 * truth);
    }

    @Test
    void constantStepsDoNotContract() {
        TailBound b = TailBound.of(trajectory(steps(1000, k -> 1e-3), FLOOR), Double.NaN);
        assertThat(b.finite()).isFalse();
        assertThat(b.bound()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(b.method()).contains("do not contract");
    }

    @Test
    void slowlyDecayingStepsDoNotGetAFiniteBoundFromTheirOwnRatio() {
        // harmonic steps: the sum diverges, so no bound may be finite... unless a proved rate claims so
        IntToDoubleFunction s = k -> 1.0 / (k + 1);
        TailBound b = TailBound.of(trajectory(steps(100_000, s), FLOOR), Double.NaN);
        // the window ratio is < 1, so the bound is finite, but it must be at least the partial tail over
        // as many steps again as the run took
        if (b.finite()) {
            double partial = 0;
            for (int k = 100_000; k < 200_000; k++) partial += s.applyAsDouble(k);
            assertThat(b.bound()).isGreaterThanOrEqualTo(partial);
        }
    }

    @Test
    void growingStepsDoNotContract() {
        TailBound b = TailBound.of(trajectory(steps(200, k -> Math.pow(1.01, k)), FLOOR), Double.NaN);
        assertThat(b.finite()).isFalse();
        assertThat(b.contraction()).isGreaterThan(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 7})
    void tooFewStepsGiveNoBound(int n) {
        // n = 0 has no steps at all: the start is trivially the last iterate, handled as "every step in the floor"
        TailBound b = TailBound.of(trajectory(steps(n, k -> Math.pow(0.5, k)), FLOOR), Double.NaN);
        if (n == 0) {
            assertThat(b.bound()).isEqualTo(FLOOR);
            return;
        }
        assertThat(b.finite()).isFalse();
        assertThat(b.method()).contains("too few steps");
    }

    @Test
    void tooFewStepsAboveTheFloorGiveNoBoundEvenInALongRun() {
        // 5 real steps, then 1000 steps of rounding noise
        double[] s = steps(1005, k -> k < 5 ? Math.pow(0.5, k) : 1e-20);
        TailBound b = TailBound.of(trajectory(s, 1e-18), Double.NaN);
        assertThat(b.finite()).isFalse();
    }

    @Test
    void aProvedContractionLargerThanTheMeasuredOneIsUsed() {
        IntToDoubleFunction s = k -> Math.pow(0.5, k);
        int n = 60;
        TailBound b = TailBound.of(trajectory(steps(n, s), FLOOR), 0.9);
        assertThat(b.contraction()).isEqualTo(0.9);
        // the tail if the steps shrink by only 0.9 from here on: 9 s_{n-1}; the envelope m may start
        // from an earlier step (s_k 0.9^(n-1-k) >= s_{n-1}), but not from before the run's later half
        assertThat(b.bound()).isGreaterThanOrEqualTo(9 * s.applyAsDouble(n - 1));
        double envelope = 0;
        for (int k = n / 2; k < n; k++) envelope = Math.max(envelope, s.applyAsDouble(k) * Math.pow(0.9, n - 1 - k));
        assertThat(b.bound()).isLessThanOrEqualTo(9 * envelope * (1 + 1e-9));
        assertThat(b.bound()).isGreaterThan(50 * TailBound.of(trajectory(steps(n, s), FLOOR), Double.NaN).bound());
        assertThat(b.method()).contains("proved");
        TailBound measured = TailBound.of(trajectory(steps(n, s), FLOOR), 0.1);
        assertThat(measured.contraction()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aProvedContractionOfOneOrMoreGivesNoBound() {
        TailBound b = TailBound.of(trajectory(steps(100, k -> Math.pow(0.5, k)), FLOOR), 1.0);
        assertThat(b.finite()).isFalse();
    }

    @Test
    void stepsInTheRoundingFloorAreAddedToTheBound() {
        double floor = 1e-12;
        int n = 200, noise = 300;
        double[] s = steps(n + noise, k -> k < n ? Math.pow(0.8, k) : 0.5e-12);
        // make sure the geometric part ends above the floor
        int last = n - 1;
        while (s[last] <= floor) last--;
        TailBound b = TailBound.of(trajectory(s, floor), Double.NaN);
        double geometric = s[last] * 0.8 / 0.2;
        double noiseSum = 0;
        for (int k = last + 1; k < s.length; k++) noiseSum += s[k];
        // the steps after the last one above the floor happened: the limit can be that far off too
        assertThat(b.bound()).isGreaterThanOrEqualTo(noiseSum + geometric * (1 - 1e-6));
        assertThat(b.bound()).isGreaterThanOrEqualTo(floor / 0.2);
    }

    @Test
    void everyStepInTheFloorIsAFixedPoint() {
        double[] s = steps(100, k -> 1e-20);
        TailBound b = TailBound.of(trajectory(s, 1e-18), Double.NaN);
        assertThat(b.finite()).isTrue();
        assertThat(b.bound()).isGreaterThanOrEqualTo(100 * 1e-20 + 1e-18);
    }
}
