package dev.occam.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.occam.numeric.Norms;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.Classification;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.Objective;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

/** The log-time gradient flow against the plain flow, and its sample times. */
class LogTimeFlowTest {
    private static final Tier DOUBLE = Tier.forDigits(16);

    /** The generic separable data of theorems/gd-separable-max-margin.yaml. */
    private static final Classification GENERIC =
            classification(
                    new double[][] {{2, 0.5}, {0.5, -1}, {3, 2}, {-1, -3}},
                    new int[] {1, -1, 1, -1});

    private static Classification classification(double[][] x, int[] y) {
        Value[][] v = new Value[x.length][];
        for (int i = 0; i < x.length; i++) {
            v[i] = new Value[x[i].length];
            for (int j = 0; j < x[i].length; j++)
                v[i][j] = Value.of(new BigFraction(x[i][j]), Double.toString(x[i][j]));
        }
        return new Classification(v, y, null, Classification.Loss.EXPONENTIAL);
    }

    private static Trajectory run(GradientFlow flow, Classification problem, long maxIterations) {
        Objective objective = problem.objective(DOUBLE);
        Vec w0 = DOUBLE.zeros(problem.dimension());
        return new Runner(maxIterations, Duration.ofSeconds(60))
                .run(flow.start(objective, w0), objective, f -> {});
    }

    @Test
    void logTimeFlowIsThePlainFlowWithItsClockStartingAtOne() {
        // plain flow from w0 for flow time 1000 (1000 iterations of time-step 1) = log-time flow to
        // t = 1 + 1000
        Trajectory plain = run(new GradientFlow(null, null, 1e-13, 1), GENERIC, 1000);
        Trajectory log =
                run(new GradientFlow(null, null, 1e-13, 0.1, true, 1001), GENERIC, 1_000_000);
        assertThat(plain.iterations()).isEqualTo(1000);
        assertThat(log.iterations()).isEqualTo((long) Math.ceil(Math.log(1001) / 0.1));
        assertThat(log.stopped()).isEqualTo(Trajectory.END);
        Trajectory.Sample end = log.samples().get(log.samples().size() - 1);
        assertThat(end.time()).isCloseTo(1001, offset(1e-9));
        for (int j = 0; j < 2; j++)
            assertThat(log.last().get(j)).isCloseTo(plain.last().get(j), offset(1e-10));
        // and at an intermediate time: the plain flow at tau = 100 (a recorded iteration) is the
        // log-time flow at t = 101
        Trajectory.Sample plain100 =
                plain.samples().stream().filter(s -> s.t() == 100).findFirst().orElseThrow();
        Trajectory log101 =
                run(new GradientFlow(null, null, 1e-13, 0.1, true, 101), GENERIC, 1_000_000);
        for (int j = 0; j < 2; j++)
            assertThat(log101.last().get(j)).isCloseTo(plain100.iterate().get(j), offset(1e-10));
        // the plain flow's samples keep their iteration count as their time
        assertThat(plain100.time()).isEqualTo(100.0);
    }

    @Test
    void everyIterationIsASampleAtFlowTimeEToTheS() {
        Trajectory log =
                run(new GradientFlow(null, null, 1e-12, 0.1, true, 1e60), GENERIC, 1_000_000);
        List<Trajectory.Sample> samples = log.samples();
        assertThat(log.iterations()).isEqualTo(1382); // ceil(ln(1e60) / 0.1)
        assertThat(samples).hasSize(1383);
        for (Trajectory.Sample s : samples) {
            double expected = Math.exp(Math.min(0.1 * s.t(), Math.log(1e60)));
            assertThat(s.time()).isCloseTo(expected, offset(1e-12 * expected));
        }
        assertThat(samples.get(0).time()).isEqualTo(1.0);
        assertThat(samples.get(samples.size() - 1).time() / 1e60).isCloseTo(1, offset(1e-12));
        // log L ~ log(||w_hat||^2 / t): no underflow at t = 1e60
        assertThat(samples.get(samples.size() - 1).logLoss())
                .isCloseTo(Math.log(104.0 / 81) - Math.log(1e60), offset(1e-9));
    }

    @Test
    void plainFlowsReportStepOneForPredictionsOtherGeometriesNone() {
        assertThat(new GradientFlow(null, null, 1e-12, 1).step().constant()).isEqualTo(1.0);
        assertThat(new GradientFlow(null, null, 1e-12, 0.1, true, 1e60).step().constant())
                .isEqualTo(1.0);
        assertThat(new GradientFlow(Norms.l1(), null, 1e-12, 1).step()).isNull();
        assertThat(new GradientFlow(null, null, 1e-12, 0.1, true, 1e60).refined())
                .isEqualTo(new GradientFlow(null, null, 1e-14, 0.1, true, 1e60));
    }

    /**
     * At the tolerance floor itself the refinement still tightens: else the error estimate is 0.
     */
    @Test
    void aFlowAtTheToleranceFloorIsRefinedBelowIt() {
        assertThat(new GradientFlow(null, null, 1e-14, 1).refined().tolerance()).isLessThan(1e-14);
        assertThat(new GradientFlow(null, null, 1e-13, 1).refined().tolerance()).isEqualTo(1e-14);
    }

    @Test
    void logTimeNeedsALogDomainLoss() {
        Value[][] x = {{Value.of(1), Value.of(2)}};
        LeastSquares ls = new LeastSquares(x, new Value[] {Value.of(1)});
        GradientFlow flow = new GradientFlow(null, null, 1e-12, 0.1, true, 1e10);
        assertThatThrownBy(() -> flow.start(ls.objective(DOUBLE), DOUBLE.zeros(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("log domain");
        assertThatThrownBy(() -> new GradientFlow(null, null, 1e-12, 0.1, true, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
