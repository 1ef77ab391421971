package dev.occam.check;

import static dev.occam.check.CheckTestSupport.bundled;
import static dev.occam.check.CheckTestSupport.replaceOnce;
import static dev.occam.check.CheckTestSupport.spec;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.plan.Planner;
import dev.occam.spec.SpecError;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A loss-scaled step is a rule of the methods that apply it to grad L / L; the others would ask it
 * for eta_t without a loss and end in an internal error (found by spec fuzzing): they refuse it at
 * its key instead.
 */
class LossScaledStepKindsTest {
    @ParameterizedTest
    @ValueSource(strings = {"adagrad", "momentum\n  beta: 0.5", "nesterov\n  beta: 0.5"})
    void methodsWithoutALossScaledUpdateRefuseTheRule(String kind) {
        String yaml =
                replaceOnce(
                        replaceOnce(
                                bundled("theorems/gd-separable-max-margin.yaml"),
                                "kind: gradient-descent",
                                "kind: " + kind),
                        "step: 0.02",
                        "step: {over-loss: 1}");
        assertThatThrownBy(() -> Planner.plan(spec(yaml)))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("algorithm.step")
                .hasMessageContaining("loss-scaled steps");
    }
}
