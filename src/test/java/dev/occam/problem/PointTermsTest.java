package dev.occam.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.check.CheckTestSupport;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;
import dev.occam.plan.Planner;
import dev.occam.spec.SpecError;

import org.junit.jupiter.api.Test;

/** The per-point terms SGD samples, by hand, and the problems that do not offer them. */
class PointTermsTest {

    /**
     * f = w1 w2 x1, X = [[1], [2]], y = (1, 3), w = (1, 2): f = (2, 4), residuals (1, 1), grad f_i
     * = (w2, w1) x_i = (2, 1) x_i, so grad l_1 = 2 (2, 1) = (4, 2) and grad l_2 = 2 (4, 2) = (8,
     * 4), which sum to the full gradient (12, 6).
     */
    @Test
    void aSquaredLossModelOffersItsPointsByHand() {
        Problem p =
                ModelSmokeTest.problem(
                        "problem:\n  kind: model\n  model: \"w1*w2*x1\"\n"
                                + "  X: [[1], [2]]\n  y: [1, 3]\n  loss: squared\n");
        for (int digits : new int[] {16, 32, 40}) {
            Tier tier = Tier.forDigits(digits);
            Objective o = p.objective(tier);
            assertThat(o.terms()).isEqualTo(2);
            Vec w = tier.of(new double[] {1, 2});
            Vec g = tier.zeros(2);
            o.addTermGradient(w, 0, tier.scalar(1), g);
            assertThat(g.toDoubleArray()).containsExactly(4, 2);
            o.addTermGradient(w, 1, tier.scalar(0.5), g);
            assertThat(g.toDoubleArray()).containsExactly(8, 4);
            Vec full = tier.zeros(2);
            o.gradient(w, full);
            assertThat(full.toDoubleArray()).containsExactly(12, 6);
        }
    }

    @Test
    void sgdOnALossThatIsNotASumOverPointsIsASpecError() {
        String yaml =
                "id: smoke\ntitle: t\nsource: s\nstatement: s\nexpect: holds\n"
                        + "problem:\n  kind: classification\n  X: [[1, 0], [0, 1]]\n  y: [1, 1]\n"
                        + "algorithm:\n  kind: sgd\n  step: 0.01\n"
                        + "prediction:\n  kind: none\nclaims:\n  - kind: converges\n";
        assertThatThrownBy(() -> Planner.plan(CheckTestSupport.spec(yaml)))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("sum over points");
    }
}
