package dev.occam.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.check.CheckTestSupport;
import dev.occam.numeric.Interval;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;
import dev.occam.plan.Planner;
import dev.occam.spec.SpecError;

import org.junit.jupiter.api.Test;

/** The core of problem kinds objective and model, end to end from a spec (truths by hand). */
class ModelSmokeTest {

    static Problem problem(String problemYaml) {
        String yaml =
                "id: smoke\ntitle: t\nsource: s\nstatement: s\nexpect: holds\n"
                        + problemYaml
                        + "algorithm:\n  kind: gradient-descent\n  step: 0.01\n"
                        + "prediction:\n  kind: none\nclaims:\n  - kind: converges\n"
                        + "run:\n  precision: 16\n  max-iterations: 10\n";
        return Planner.plan(CheckTestSupport.spec(yaml)).points().get(0).problem();
    }

    @Test
    void objectiveGradientAndHessianMatchTheHandDerivatives() {
        Problem p = problem("problem:\n  kind: objective\n  loss: \"1/4*(1 - w1^2*w2^2)^2\"\n");
        assertThat(p.dimension()).isEqualTo(2);
        // L = 1/4 (1 - u)^2, u = w1^2 w2^2; at w = (1/2, 3/2): u = 9/16,
        // dL/dw1 = -(1 - u) w1 w2^2 = -63/128, dL/dw2 = -(1 - u) w1^2 w2 = -21/128
        for (int digits : new int[] {16, 32, 40}) {
            Tier tier = Tier.forDigits(digits);
            Objective o = p.objective(tier);
            Vec w = tier.of(new double[] {0.5, 1.5});
            Vec g = tier.zeros(2);
            o.gradient(w, g);
            assertThat(g.decimal(0).doubleValue()).isEqualTo(-63.0 / 128);
            assertThat(g.decimal(1).doubleValue()).isEqualTo(-21.0 / 128);
            assertThat(o.loss(w).doubleValue()).isEqualTo(0.25 * 49 / 256);
        }
        // Hessian by hand: [[2 w1^2 w2^4 - (1-u) w2^2, 2 w1^3 w2^3 - 2 (1-u) w1 w2],
        //                   [.., 2 w1^4 w2^2 - (1-u) w1^2]] = [[99/64, 3/16], [3/16, 11/64]]
        double[][] exact = {{99.0 / 64, 3.0 / 16}, {3.0 / 16, 11.0 / 64}};
        Interval[][] h = p.curvature().enclose(new double[] {0.5, 1.5});
        double[][] hd = new double[2][2];
        p.curvature().hessian(new double[] {0.5, 1.5}, hd);
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 2; j++) {
                assertThat(h[i][j].contains(exact[i][j])).isTrue();
                assertThat(hd[i][j]).isEqualTo(exact[i][j]);
            }
    }

    @Test
    void formulaModelDetectsOrderThreeAndOffersMargins() {
        Problem p =
                problem(
                        "problem:\n  kind: model\n  model: \"w3*(w1*x1 + w2*x2)^2\"\n"
                                + "  X: [[1, 2], [-1, 0]]\n  y: [1, -1]\n  loss: exponential\n");
        assertThat(p.dimension()).isEqualTo(3);
        MarginModel m = p.marginModel();
        assertThat(m.homogeneity()).isEqualTo(3);
        // at w = (1, 1, 1): f(x_1) = 9, f(x_2) = 1; q = (9, -1); L = e^-9 + e^1
        double[] q = new double[2];
        m.margins(new double[] {1, 1, 1}, q);
        assertThat(q).containsExactly(9, -1);
        Objective o = p.objective(Tier.forDigits(16));
        double loss = o.loss(Tier.forDigits(16).of(new double[] {1, 1, 1})).doubleValue();
        assertThat(loss)
                .isCloseTo(Math.exp(-9) + Math.E, org.assertj.core.data.Offset.offset(1e-14));
    }

    @Test
    void anOutputBiasIsRefusedAsNotHomogeneous() {
        // w2 (w1 x1)^2 + w3: the bias w3 scales as c, the rest as c^3
        assertThatThrownBy(
                        () ->
                                problem(
                                        "problem:\n  kind: model\n  model: \"w2*(w1*x1)^2 + w3\"\n"
                                                + "  X: [[1], [2]]\n  y: [1, -1]\n  homogeneous: 3\n"))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("homogeneous")
                .hasMessageContaining("not homogeneous of order 3");
    }
}
