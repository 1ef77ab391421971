package dev.occam.plan.kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.algorithm.DiagonalNetwork;
import dev.occam.algorithm.StepSize;
import dev.occam.check.CheckTestSupport;
import dev.occam.plan.Planner;
import dev.occam.plan.PointPlan;
import dev.occam.prediction.Prediction;
import dev.occam.spec.SpecError;

import org.junit.jupiter.api.Test;

import java.util.List;

/** The diagonal-network and hyperbolic-entropy-interpolant kinds as specs write them. */
class DiagonalNetworkKindsTest {
    private static final String KERNEL_RICH =
            CheckTestSupport.bundled("theorems/diagonal-network-kernel-rich.yaml");
    private static final String MARGIN =
            CheckTestSupport.bundled("theorems/diagonal-network-l1-max-margin.yaml");

    private static List<PointPlan> plan(String yaml) {
        return Planner.plan(CheckTestSupport.spec(yaml)).points();
    }

    @Test
    void thePredictionTakesAlphaFromEachSweepPointsAlgorithm() {
        // alpha = 10: the prediction is within 1e-5 of the l2 interpolant; alpha = 1/100 is not
        List<PointPlan> points = plan(KERNEL_RICH);
        assertThat(points).hasSize(4);
        for (PointPlan p : points) {
            DiagonalNetwork net = (DiagonalNetwork) p.algorithm();
            Prediction q = p.predictor().predict(p.problem(), p.init(), 16);
            assertThat(q.preconditions().get(0))
                    .isEqualTo("alpha = " + net.alpha().text() + " (algorithm.init-scale)");
        }
        Prediction last =
                points.get(3)
                        .predictor()
                        .predict(points.get(3).problem(), points.get(3).init(), 16);
        assertThat(distance(last.value(), last.references().get("argmin ||w - w0||_2")))
                .isLessThan(1e-5);
        Prediction first =
                points.get(0)
                        .predictor()
                        .predict(points.get(0).problem(), points.get(0).init(), 16);
        assertThat(distance(first.value(), first.references().get("argmin ||w - w0||_2")))
                .isGreaterThan(1);
    }

    @Test
    void anExplicitAlphaWins() {
        String yaml =
                CheckTestSupport.replaceOnce(
                        KERNEL_RICH,
                        "  kind: hyperbolic-entropy-interpolant\n",
                        "  kind: hyperbolic-entropy-interpolant\n  alpha: \"1/2\"\n");
        PointPlan p = plan(yaml).get(0);
        assertThat(p.predictor().predict(p.problem(), p.init(), 16).preconditions().get(0))
                .isEqualTo("alpha = 1/2 (prediction.alpha)");
    }

    @Test
    void overLossMayBeAScheduleInT() {
        StepSize step = ((DiagonalNetwork) plan(MARGIN).get(0).algorithm()).step();
        assertThat(step.scalesWithLoss()).isTrue();
        assertThat(step.stationary()).isFalse();
        // eta_t L = 1/(t + 10), whatever the loss (log L = 0 here)
        assertThat(step.timesLoss(0, 0)).isEqualTo(0.1);
        assertThat(step.timesLoss(90, 0)).isEqualTo(0.01);
    }

    @Test
    void badInputIsAnErrorAtItsKey() {
        assertError(
                KERNEL_RICH
                        .replace("kind: diagonal-network", "kind: gradient-descent")
                        .replace("  init-scale: 0.01\n", "")
                        .replace("sweep:\n  algorithm.init-scale: [0.01, 0.1, 1, 10]\n", ""),
                "prediction.alpha",
                "give prediction.alpha");
        assertError(
                CheckTestSupport.replaceOnce(
                        KERNEL_RICH, "  init-scale: 0.01\n", "  init-scale: 0.01\n  depth: 3\n"),
                "prediction.alpha",
                "depth 2");
        assertError(
                CheckTestSupport.replaceOnce(
                        KERNEL_RICH, "  init-scale: 0.01\n", "  init-scale: 0.01\n  depth: 1\n"),
                "algorithm.depth",
                "[2, 16]");
        assertError(
                KERNEL_RICH
                        .replace("sweep:\n  algorithm.init-scale: [0.01, 0.1, 1, 10]\n", "")
                        .replace("init-scale: 0.01", "init-scale: -1"),
                "algorithm.init-scale",
                "positive rational");
        assertError(
                CheckTestSupport.replaceOnce(
                        KERNEL_RICH,
                        "  kind: hyperbolic-entropy-interpolant\n",
                        "  kind: hyperbolic-entropy-interpolant\n  alpha: 0\n"),
                "prediction.alpha",
                "positive rational");
        assertError(
                MARGIN.replace("\"1/(t + 10)\"", "\"1/(t - 10)\""),
                "algorithm.step.over-loss",
                "at t = 0");
        assertError(
                KERNEL_RICH.replace("step: 0.00002", "step: {over-loss: 1}"),
                "algorithm.step",
                "classification");
    }

    private static void assertError(String yaml, String key, String message) {
        assertThatThrownBy(() -> plan(yaml))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining(key)
                .hasMessageContaining(message);
    }

    private static double distance(java.math.BigDecimal[] a, java.math.BigDecimal[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++)
            s += Math.pow(a[i].doubleValue() - b[i].doubleValue(), 2);
        return Math.sqrt(s);
    }
}
