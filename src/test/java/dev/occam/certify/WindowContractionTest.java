package dev.occam.certify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.algorithm.Trajectory;
import dev.occam.numeric.Tier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * The window estimate on synthetic step sequences whose true tail is known (summed here): it must
 * cover geometric tails and refuse every sequence whose extrapolation would be no bound.
 */
class WindowContractionTest {
    private static final double FLOOR = 1e-300;

    static Trajectory trajectory(double[] steps, double floor) {
        Trajectory.Sample only =
                new Trajectory.Sample(
                        steps.length,
                        Tier.forDigits(16).of(new double[] {0}),
                        Double.NEGATIVE_INFINITY);
        return new Trajectory(List.of(only), steps, steps.length, Trajectory.BUDGET, 0, floor);
    }

    static double[] steps(int n, IntToDoubleFunction s) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) out[k] = s.applyAsDouble(k);
        return out;
    }

    /** sum_{k >= n} s(k), summed until negligible. */
    static double tail(int n, IntToDoubleFunction s) {
        double sum = 0;
        for (int k = n; k < n + 50_000_000; k++) {
            double v = s.applyAsDouble(k);
            sum += v;
            if (v < 1e-18 * sum) break;
        }
        return sum;
    }

    @ParameterizedTest
    @CsvSource({"0.5, 100", "0.9, 400", "0.99, 4000", "0.999, 30000"})
    void geometricStepsGiveAnEstimateAboveTheTrueTail(double r, int n) {
        IntToDoubleFunction s = k -> 3 * Math.pow(r, k);
        TailBound b = WindowContraction.of(trajectory(steps(n, s), FLOOR));
        double truth = tail(n, s);
        assertThat(b.finite()).as(b.premises()).isTrue();
        assertThat(b.evidence()).isEqualTo(Evidence.ESTIMATE);
        assertThat(b.premises()).startsWith("estimate:");
        assertThat(b.bound()).isGreaterThanOrEqualTo(truth);
        assertThat(b.bound()).isLessThanOrEqualTo(2.01 * truth);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.9, 0.98, 0.995})
    void oscillatingStepsAreCoveredByTheirEnvelope(double r) {
        // heavy-ball-like steps: a geometric envelope times a beat
        IntToDoubleFunction s = k -> Math.pow(r, k) * (1 + 0.9 * Math.cos(0.7 * k));
        int n = (int) (40 / (1 - r));
        TailBound b = WindowContraction.of(trajectory(steps(n, s), FLOOR));
        assertThat(b.finite()).as(b.premises()).isTrue();
        assertThat(b.bound()).isGreaterThanOrEqualTo(tail(n, s));
    }

    /**
     * Polynomial decay: the old ratio-of-maxima estimate called k^-1.5 geometric and underestimated
     * its tail (2 sqrt(n) s_n here) about 3.5x; the harmonic series has no tail at all.
     */
    @ParameterizedTest
    @CsvSource({"1.5, 100000", "1.0, 100000", "3.0, 20000", "0.5, 10000"})
    void powerLawStepsAreRefused(double p, int n) {
        TailBound b = WindowContraction.of(trajectory(steps(n, k -> Math.pow(k + 1, -p)), FLOOR));
        assertThat(b.finite()).isFalse();
        assertThat(b.evidence()).isEqualTo(Evidence.NONE);
        assertThat(b.premises()).contains("not geometric");
    }

    @Test
    void aDecayThatSlowsDownIsRefused() {
        // fast at first, then a slow mode takes over: the later contraction is not the earlier one
        IntToDoubleFunction s = k -> Math.pow(0.5, k) + 1e-6 * Math.pow(0.9999, k);
        TailBound b = WindowContraction.of(trajectory(steps(200, s), FLOOR));
        assertThat(b.finite()).isFalse();
    }

    @Test
    void constantAndGrowingStepsAreRefused() {
        assertThat(WindowContraction.of(trajectory(steps(1000, k -> 1e-3), FLOOR)).finite())
                .isFalse();
        assertThat(
                        WindowContraction.of(trajectory(steps(1000, k -> Math.pow(1.01, k)), FLOOR))
                                .finite())
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 63})
    void tooFewStepsAboveTheFloorGiveNoEstimate(int n) {
        TailBound b = WindowContraction.of(trajectory(steps(n, k -> Math.pow(0.5, k)), FLOOR));
        assertThat(b.finite()).isFalse();
        assertThat(b.premises()).contains("too few steps");
    }

    @Test
    void stepsInTheFloorAreNotConvergence() {
        // the old code certified a run whose every step lay in the floor at its start point
        TailBound b = WindowContraction.of(trajectory(steps(1000, k -> 1e-20), 1e-18));
        assertThat(b.finite()).isFalse();
        // 5 real steps, then noise: still too few
        double[] s = steps(1005, k -> k < 5 ? Math.pow(0.5, k) : 1e-20);
        assertThat(WindowContraction.of(trajectory(s, 1e-18)).finite()).isFalse();
    }

    @Test
    void stepsInTheRoundingFloorAreAddedToTheEstimate() {
        double floor = 1e-12;
        int n = 200, noise = 300;
        double[] s = steps(n + noise, k -> k < n ? Math.pow(0.8, k) : 0.5e-12);
        TailBound b = WindowContraction.of(trajectory(s, floor));
        double noiseSum = 0;
        for (int k = n; k < s.length; k++) noiseSum += s[k];
        assertThat(b.finite()).as(b.premises()).isTrue();
        assertThat(b.bound()).isGreaterThanOrEqualTo(noiseSum + floor / 0.2);
    }
}
