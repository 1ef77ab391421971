package dev.occam.plan.kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.check.CheckTestSupport;
import dev.occam.plan.Planner;
import dev.occam.plan.PointPlan;
import dev.occam.prediction.NuclearNorm;
import dev.occam.spec.SpecError;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

/** ground-truth: {low-rank: r, seed: s} names the seeded W* the measurements y were taken of. */
class LowRankGroundTruthTest {
    private static final String SPEC =
            CheckTestSupport.bundled("theorems/factorized-gd-low-rank-sensing.yaml");

    @Test
    void theSeededTruthIsTheMatrixTheMeasurementsSee() {
        // planning checks A(M) = y exactly (else an error at ground-truth); M has rank one: every
        // 2 x 2 minor vanishes (to the 20 significant digits the reference keeps)
        PointPlan p = Planner.plan(CheckTestSupport.spec(SPEC)).points().get(0);
        BigDecimal[] m =
                p.predictor()
                        .predict(p.problem(), p.init(), 16)
                        .references()
                        .get(NuclearNorm.GROUND_TRUTH_REFERENCE);
        assertThat(m).hasSize(12);
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 3; j++) {
                double minor =
                        m[0].doubleValue() * m[i * 3 + j].doubleValue()
                                - m[j].doubleValue() * m[i * 3].doubleValue();
                assertThat(Math.abs(minor)).isLessThan(1e-15);
            }
        // M_00 = u_0 v_0 from the seed's first and fifth Gaussian draws (numpy reproduction of the
        // generator): -3.72651794...
        assertThat(m[0].doubleValue()).isBetween(-3.7265180, -3.7265179);
    }

    @Test
    void anotherSeedIsNotWhatWasMeasured() {
        String wrong =
                CheckTestSupport.replaceOnce(
                        SPEC,
                        "ground-truth: {low-rank: 1, seed: 126}",
                        "ground-truth: {low-rank: 1, seed: 127}");
        assertThatThrownBy(() -> Planner.plan(CheckTestSupport.spec(wrong)))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("prediction.ground-truth")
                .hasMessageContaining("M does not satisfy measurement 0");
    }
}
