package dev.occam.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.spec.SpecError;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

/** Homogeneity detection and refusal, spec errors at file/line/key, and a GD run against numpy. */
class ModelSpecTest {
    private static final String DATA = "  X: [[1, 2], [-1, 0.5]]\n  y: [1, -1]\n";

    private static int order(String source) {
        return ModelSmokeTest.problem("problem:\n  kind: model\n  " + source + "\n" + DATA)
                .marginModel()
                .homogeneity();
    }

    @Test
    void homogeneityIsDetected() {
        // by hand: each parameter enters every monomial once per layer
        assertThat(order("model: \"w3*(w1*x1 + w2*x2)^2\"")).isEqualTo(3);
        assertThat(order("network: {kind: deep-linear, depth: 3, width: 2}")).isEqualTo(3);
        assertThat(order("network: {kind: two-layer, activation: squared-relu, width: 2}"))
                .isEqualTo(3);
        assertThat(order("network: {kind: two-layer, activation: relu, width: 2}")).isEqualTo(2);
        assertThat(order("network: {kind: two-layer, activation: \"polynomial:2\", width: 2}"))
                .isEqualTo(3);
        assertThat(order("network: {kind: two-layer, activation: \"polynomial:4\", width: 1}"))
                .isEqualTo(5);
        assertThat(order("network: {kind: two-layer, activation: tanh, width: 2}")).isZero();
        assertThat(order("model: \"w2*(w1*x1)^2 + w3\"")).isZero();
    }

    @Test
    void aDeclaredOrderIsVerified() {
        Problem p =
                ModelSmokeTest.problem(
                        "problem:\n  kind: model\n  network: {kind: two-layer, activation: squared-relu, width: 2}\n"
                                + DATA
                                + "  homogeneous: 3\n");
        assertThat(p.marginModel().homogeneity()).isEqualTo(3);
    }

    @Test
    void aConstantBiasIsRefusedAtItsKey() {
        // f = w1 x1 + 1: f(c w) - c f(w) = 1 - c
        assertThatThrownBy(
                        () ->
                                ModelSmokeTest.problem(
                                        "problem:\n  kind: model\n  model: \"w1*x1 + 1\"\n"
                                                + DATA
                                                + "  homogeneous: 1\n"))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining(":11:")
                .hasMessageContaining("problem.homogeneous")
                .hasMessageContaining("problem.model is not homogeneous of order 1 in w");
    }

    private static String error(String problemYaml) {
        try {
            ModelSmokeTest.problem(problemYaml);
        } catch (SpecError e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a spec error for\n" + problemYaml);
    }

    @Test
    void specErrorsNameLineAndKey() {
        assertThat(error("problem:\n  kind: model\n  model: \"w1*x1 + w2*x3\"\n" + DATA))
                .contains(":8:", "problem.model", "uses x3 but X has 2 columns");
        assertThat(error("problem:\n  kind: model\n  model: \"w1*x1 + w3*x2\"\n" + DATA))
                .contains(":8:", "problem.model", "w2 does not appear");
        assertThat(
                        error(
                                "problem:\n  kind: model\n  model: \"w1*x1\"\n  X: [[1], [2]]\n  y: [1, 2]\n"))
                .contains(":10:", "problem.y", "expected labels -1 or 1, got 2");
        assertThat(
                        error(
                                "problem:\n  kind: model\n  model: \"w1*x1\"\n"
                                        + "  network: {kind: deep-linear, depth: 2, width: 2}\n"
                                        + DATA))
                .contains("problem.network", "exactly one of problem.model");
        assertThat(error("problem:\n  kind: objective\n  loss: \"w1^2 + w3^2\"\n"))
                .contains(":8:", "problem.loss", "w2 does not appear");
        assertThat(
                        error(
                                "problem:\n  kind: model\n  network: {kind: two-layer, activation: swish, width: 2}\n"
                                        + DATA))
                .contains("problem.network.activation", "swish");
    }

    @Test
    void reluHasNoCurvatureAndSaysWhy() {
        Problem relu =
                ModelSmokeTest.problem(
                        "problem:\n  kind: model\n  network: {kind: two-layer, activation: relu, width: 2}\n"
                                + DATA);
        assertThat(relu.curvature()).isNull();
        assertThat(relu.curvatureRefusal()).contains("relu", "kink", "no Hessian");
        Problem tanh =
                ModelSmokeTest.problem(
                        "problem:\n  kind: model\n  network: {kind: two-layer, activation: tanh, width: 2}\n"
                                + DATA);
        assertThat(tanh.curvature()).isNotNull();
        assertThat(tanh.curvatureRefusal()).isNull();
    }

    /**
     * 50 GD steps of size 0.1 from (0.5, -0.3, 0.2) on w3 (w1 x1 + w2 x2)^2 with the logistic loss,
     * X = [[1, 2], [-1, 0], [0.5, -1]], y = [1, -1, 1]. Truths: a numpy float64 loop (double) and
     * an mpmath loop at 50 digits (double-double), both written from the hand gradient sum_n -y_n
     * grad f_n / (1 + e^(y_n f_n)), grad f = (2 w3 u x1, 2 w3 u x2, u^2).
     */
    @Test
    void gradientDescentAgreesWithNumpyAndMpmath() {
        Problem p =
                ModelSmokeTest.problem(
                        "problem:\n  kind: model\n  model: \"w3*(w1*x1 + w2*x2)^2\"\n"
                                + "  X: [[1, 2], [-1, 0], [0.5, -1]]\n  y: [1, -1, 1]\n  loss: logistic\n");
        double[] numpy = {0.0444242076997461, -1.826233818438819, 1.2389831638446425};
        String[] mpmath = {
            "0.04442420769974612535453091440439565476185",
            "-1.826233818438818779285800364887818177073",
            "1.238983163844642537817760048792731174935"
        };
        for (int digits : new int[] {16, 32}) {
            Tier tier = Tier.forDigits(digits);
            Objective o = p.objective(tier);
            Vec w =
                    tier.of(
                            new Value[] {
                                Value.of(new BigFraction(1, 2), "0.5"),
                                Value.of(new BigFraction(-3, 10), "-0.3"),
                                Value.of(new BigFraction(1, 5), "0.2")
                            });
            Scalar step = tier.scalar(Value.of(new BigFraction(1, 10), "0.1")).negate();
            Vec g = tier.zeros(3);
            for (int t = 0; t < 50; t++) {
                o.gradient(w, g);
                w.axpy(step, g);
            }
            for (int i = 0; i < 3; i++) {
                if (digits == 16) {
                    assertThat(w.get(i))
                            .isCloseTo(numpy[i], org.assertj.core.data.Offset.offset(1e-12));
                } else {
                    assertThat(w.decimal(i).subtract(new BigDecimal(mpmath[i])).abs().doubleValue())
                            .isLessThan(1e-26);
                }
            }
        }
    }
}
