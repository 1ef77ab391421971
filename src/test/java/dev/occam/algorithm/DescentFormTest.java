package dev.occam.algorithm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Norm;
import dev.occam.numeric.Norms;
import dev.occam.numeric.Value;
import dev.occam.problem.NormSquaredPotential;
import dev.occam.problem.SeparablePotential;

import org.junit.jupiter.api.Test;

import java.time.Duration;

/**
 * Each method answers {@link Algorithm#descent} with its own case and parameters, or null when no
 * tail bound is about it.
 */
class DescentFormTest {
    private static final StepSize STEP = StepSize.constant(0.1, "0.1");

    /** Names the case it was called with. */
    private static final DescentForm<String> NAMES =
            new DescentForm<>() {
                @Override
                public String gradientDescent(StepSize step) {
                    return "gd " + step.constant();
                }

                @Override
                public String momentum(StepSize step, double beta, boolean nesterov) {
                    return (nesterov ? "nesterov " : "heavy ball ") + beta;
                }

                @Override
                public String steepest(StepSize step, Norm norm) {
                    return "steepest " + norm.name();
                }

                @Override
                public String adagrad(StepSize step, double epsilon) {
                    return "adagrad";
                }

                @Override
                public String mirror(StepSize step, SeparablePotential potential) {
                    return "mirror " + potential.describe();
                }

                @Override
                public String flow(Norm norm) {
                    return norm == null ? "flow" : "flow " + norm.name();
                }

                @Override
                public String factorized(StepSize step, int rows, int columns) {
                    return (step == null ? "factor flow " : "factor gd " + step.constant() + " ")
                            + rows
                            + "x"
                            + columns;
                }
            };

    @Test
    void eachMethodCallsItsCase() {
        assertThat(new GradientDescent(STEP).descent(NAMES)).isEqualTo("gd 0.1");
        assertThat(new Momentum(STEP, 0.5).descent(NAMES)).isEqualTo("heavy ball 0.5");
        assertThat(new Nesterov(STEP, 0.5).descent(NAMES)).isEqualTo("nesterov 0.5");
        assertThat(new SteepestDescent(STEP, Norms.l1()).descent(NAMES))
                .isEqualTo("steepest " + Norms.l1().name());
        assertThat(new AdaGrad(STEP, 0).descent(NAMES)).isEqualTo("adagrad");
        assertThat(new GradientFlow(null, null, 1e-10, 0.1).descent(NAMES)).isEqualTo("flow");
        SeparablePotential psi = SeparablePotential.of("x*Log(x) - x", Duration.ofSeconds(10));
        assertThat(new MirrorDescent(STEP, psi).descent(NAMES))
                .isEqualTo("mirror " + psi.describe());
        FactorStart start = FactorStart.identity(3, 2, Value.of(1));
        assertThat(new FactorizedGradientDescent(STEP, start, false).descent(NAMES))
                .isEqualTo("factor gd 0.1 3x3");
        assertThat(new FactorizedGradientFlow(start, 1e-12, 0.1).descent(NAMES))
                .isEqualTo("factor flow 3x3");
    }

    @Test
    void methodsNoBoundIsAboutAnswerNull() {
        NormSquaredPotential lp = new NormSquaredPotential(Value.of(3));
        assertThat(new MirrorDescent(STEP, lp).descent(NAMES))
                .as("a potential that is not separable")
                .isNull();
        assertThat(new GradientFlow(null, lp, 1e-10, 0.1).descent(NAMES))
                .as("a mirror flow")
                .isNull();
        assertThat(
                        new FactorizedGradientDescent(
                                        STEP, FactorStart.identity(3, 2, Value.of(1)), true)
                                .descent(NAMES))
                .as("implicit midpoint steps")
                .isNull();
        assertThat(new MirrorDescent(STEP, lp).potential()).isSameAs(lp);
        assertThat(new GradientDescent(STEP).potential()).isNull();
    }
}
