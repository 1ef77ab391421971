package dev.occam.certify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * What counts as a decay to 0 and what as a settled quantity, on series whose fate is known in
 * closed form, sampled as runs are (0..9, then 20 per decade).
 */
class PowerTrendTest {
    static double[] times(double max) {
        List<Double> t = new ArrayList<>();
        for (int k = 0; k < 10 && k <= max; k++) t.add((double) k);
        for (int k = 20; Math.pow(10, k / 20.0) <= max; k++)
            t.add(Math.floor(Math.pow(10, k / 20.0)));
        return t.stream().mapToDouble(Double::doubleValue).distinct().toArray();
    }

    static double[][] logSeries(double max, DoubleUnaryOperator q) {
        double[] t = times(max);
        double[] y = new double[t.length];
        for (int i = 0; i < t.length; i++) y[i] = Math.log(q.applyAsDouble(t[i]));
        return new double[][] {t, y};
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.2, 1, 2.5})
    void powerLawsDecay(double p) {
        PowerTrend trend = PowerTrend.of(logSeries(1e6, t -> 3 * Math.pow(t + 1, -p)));
        assertThat(trend.decays())
                .as(trend.whyNotDecaying() == null ? trend.describe() : trend.whyNotDecaying())
                .isTrue();
    }

    @Test
    void aZigzagDecayIsJudgedByItsPeaks() {
        PowerTrend trend =
                PowerTrend.of(
                        logSeries(
                                1e6,
                                t -> Math.pow(t + 1, -1) * (1.05 + Math.sin(3 * Math.log(t + 1)))));
        assertThat(trend.decays()).as(trend.whyNotDecaying()).isTrue();
    }

    @Test
    void theReachOfAPowerLawIsItsLastValue() {
        double[][] series = logSeries(1e6, t -> 3 * Math.pow(t + 1, -2));
        double last = Math.exp(series[1][series[1].length - 1]);
        assertThat(PowerTrend.of(series).reach()).isCloseTo(last, withinPercentage(1));
    }

    @Test
    void aScatteredDecayEndingInATroughIsJudgedByItsEnvelope() {
        // q = t^-2 (1.05 + sin(3 log t)): peaks 2.05 t^-2, troughs 0.05 t^-2. The run ends at
        // T = e^(pi/2 + 4 pi) = 1.38e6 (sin = -1, a trough); its last third (1.9 in log t, a period
        // is 2 pi/3) holds a peak, carried to T along a slope within 0.5 of -2: 2.05 T^-2 within a
        // factor e^(0.5 * 1.9) < 3
        DoubleUnaryOperator q = t -> Math.pow(t + 1, -2) * (1.05 + Math.sin(3 * Math.log(t + 1)));
        double end = Math.exp(Math.PI / 2 + 4 * Math.PI);
        double[][] series = logSeries(end, q);
        double tLast = series[0][series[0].length - 1];
        double last = Math.exp(series[1][series[1].length - 1]);
        double envelope = 2.05 / (tLast * tLast);
        PowerTrend trend = PowerTrend.of(series);
        assertThat(last).isLessThan(envelope / 10);
        assertThat(trend.reach()).isBetween(envelope / 3, envelope * 3);
        assertThat(trend.reachNote(last)).contains("envelope");
    }

    @Test
    void aResidualThatLevelsOffDoesNotDecay() {
        // 0.785 + t^-1: its local slope tends to 0 (-0.01 at the end of the run)
        PowerTrend trend = PowerTrend.of(logSeries(1e6, t -> 0.785 + 10 / (t + 1)));
        assertThat(trend.decays()).isFalse();
    }

    @Test
    void aShortRunSaysNothing() {
        // 13 samples up to t = 20
        PowerTrend trend = PowerTrend.of(logSeries(20, t -> 1 / (t + 1)));
        assertThat(trend == null || !trend.decays()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e6, 1e9})
    void logTypeDecaysAreNotPowerLaws(double max) {
        // 1/log t and 1/log^2 t tend to 0, but no power of t describes them: their local power
        // fades
        assertThat(PowerTrend.of(logSeries(max, t -> 1 / Math.log(t + 2))).decays()).isFalse();
        assertThat(PowerTrend.of(logSeries(max, t -> 1 / Math.pow(Math.log(t + 2), 2))).decays())
                .isFalse();
    }

    @Test
    void aQuantityThatDipsTowardsACrossingIsNotDecaying() {
        // |12 - log t| falls towards its zero at t = e^12 = 1.6e5 and rises after: seen up to 1e5
        // it steepens
        PowerTrend trend =
                PowerTrend.of(logSeries(1e5, t -> Math.abs(12 - Math.log(t + 1)) + 1e-3));
        assertThat(trend.decays()).isFalse();
    }

    @Test
    void settlingEstimatesTheRemainingPathOfAPowerLaw() {
        // q(t) = 1 + t^-1/2: speed per unit log t = t^-1/2 / 2, so after T it moves T^-1/2 exactly
        double[] t = times(1e6);
        double[][] points = new double[t.length][];
        for (int i = 0; i < t.length; i++)
            points[i] = new double[] {1 + Math.pow(Math.max(t[i], 1), -0.5)};
        Settling s = Settling.of(t, points, 1e-15);
        assertThat(s.settles()).as(s.why()).isTrue();
        double truth = Math.pow(1e6, -0.5);
        assertThat(s.remaining()).isBetween(0.5 * truth, 3 * truth);
    }

    @Test
    void aLogLogDriftDoesNotSettle() {
        double[] t = times(1e9);
        double[][] points = new double[t.length][];
        for (int i = 0; i < t.length; i++) points[i] = new double[] {Math.log(Math.log(t[i] + 3))};
        assertThat(Settling.of(t, points, 1e-15).settles()).isFalse();
    }

    @Test
    void aDirectionConvergingLikeOneOverLogTDoesNotSettle() {
        double[] t = times(1e6);
        double[][] points = new double[t.length][];
        for (int i = 0; i < t.length; i++) points[i] = new double[] {1 / Math.log(t[i] + 3), 2};
        Settling s = Settling.of(t, points, 1e-15);
        assertThat(s.settles()).as(s.why()).isFalse();
    }
}
