package dev.occam.plan.kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.check.CheckTestSupport;
import dev.occam.plan.Planner;
import dev.occam.plan.PointPlan;
import dev.occam.prediction.CommutingFactorizationLimit;
import dev.occam.prediction.Prediction;
import dev.occam.spec.SpecError;

import org.junit.jupiter.api.Test;

/** Commuting measurements without a basis: found from the A_i, or refused at problem.A. */
class CommutingFactorizationLimitKindTest {
    private static final String SPEC =
            CheckTestSupport.bundled("theorems/deep-mf-commuting-min-trace-trend.yaml");
    private static final String SECOND =
            "[\"113/324\", \"-25/81\", \"11/81\", \"-25/81\", \"68/81\", \"-4/81\", \"11/81\", \"-4/81\", \"5/81\"]";

    @Test
    void measurementsThatDoNotCommuteAreAnErrorAtProblemA() {
        // A_2 = E_11 commutes with A_1 only if e_1 is an eigenvector of A_1, whose first row is
        // (113/324, 11/81, -25/81): not
        String yaml = CheckTestSupport.replaceOnce(SPEC, SECOND, "[1, 0, 0, 0, 0, 0, 0, 0, 0]");
        assertThatThrownBy(() -> Planner.plan(CheckTestSupport.spec(yaml)))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("problem.A")
                .hasMessageContaining("the measurements do not commute: (A_1 A_2)_");
    }

    @Test
    void aNonSymmetricMeasurementIsAnErrorAtProblemA() {
        String yaml = CheckTestSupport.replaceOnce(SPEC, SECOND, "[0, 1, 0, 0, 0, 0, 0, 0, 0]");
        assertThatThrownBy(() -> Planner.plan(CheckTestSupport.spec(yaml)))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("problem.A")
                .hasMessageContaining("A_2 is not symmetric");
    }

    @Test
    void theBundledSpecFindsItsBasisAndItsMinTraceReference() {
        // V diag(0, 1, 1) V^T = I - v_1 v_1^T with v_1 = (7, 4, 4)/9: entries delta_rc - v_r v_c
        PointPlan p = Planner.plan(CheckTestSupport.spec(SPEC)).points().get(0);
        Prediction prediction = p.predictor().predict(p.problem(), p.init(), 16);
        assertThat(prediction.available()).as(prediction.unmet()).isTrue();
        double[] v = {7 / 9.0, 4 / 9.0, 4 / 9.0};
        var ref = prediction.references().get(CommutingFactorizationLimit.MIN_TRACE);
        for (int r = 0; r < 3; r++)
            for (int c = 0; c < 3; c++)
                assertThat(ref[3 * r + c].doubleValue())
                        .isCloseTo(
                                (r == c ? 1 : 0) - v[r] * v[c],
                                org.assertj.core.api.Assertions.within(1e-15));
    }
}
