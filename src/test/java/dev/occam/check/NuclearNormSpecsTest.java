package dev.occam.check;

import static dev.occam.check.CheckTestSupport.bundled;
import static dev.occam.check.CheckTestSupport.check;
import static dev.occam.check.CheckTestSupport.claims;
import static dev.occam.check.CheckTestSupport.replaceOnce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.certify.Evidence;
import dev.occam.plan.Planner;
import dev.occam.result.ClaimResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;
import dev.occam.spec.SpecError;

import org.junit.jupiter.api.Test;

/**
 * The nuclear-norm specs and the recovery claim: the Candès–Recht instance holds on a proved bound,
 * its row-unobserved twin fails on a primal certificate, a planted wrong ground truth fails, and a
 * prediction that cannot be certified leaves the run's claims undecided.
 */
class NuclearNormSpecsTest {
    private static final String CR = bundled("theorems/candes-recht-completion.yaml");
    private static final String TWIN = bundled("counterexamples/candes-recht-row-unobserved.yaml");

    private static ClaimResult only(SpecResult r, String kind) {
        assertThat(claims(r, kind)).hasSize(1);
        return claims(r, kind).get(0);
    }

    @Test
    void theCandesRechtInstanceIsRecoveredOnAProvedBound() {
        SpecResult r = check(CR);
        ClaimResult c = only(r, "recovery");
        assertThat(c.verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(c.evidence()).isEqualTo(Evidence.PROVED_BOUND);
        assertThat(c.error()).isLessThan(1e-20);
        assertThat(r.prediction().unmet()).isNull();
        assertThat(r.prediction().certificate())
                .containsKeys("strict margin 1 - ||P_T-perp(A* nu)||_op / mu", "radius");
    }

    @Test
    void withARowUnobservedTheGroundTruthIsRefutedByAFeasiblePointOfSmallerNuclearNorm() {
        SpecResult r = check(TWIN);
        ClaimResult c = only(r, "recovery");
        assertThat(c.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(c.evidence()).isEqualTo(Evidence.PROVED_BOUND);
        assertThat(c.error()).isGreaterThan(1);
        assertThat(c.certifiedBy()).contains("so M is not a minimizer");
        assertThat(c.message()).contains("not certified");
        assertThat(r.prediction().unmet()).contains("not injective");
    }

    @Test
    void aClaimOnTheRunIsUndecidedWhenThePredictionIsNotCertified() {
        SpecResult r =
                check(
                        replaceOnce(
                                TWIN,
                                "  - kind: recovery\n    tolerance: 1e-20\n",
                                "  - kind: limit\n    tolerance: 1e-6\n"));
        ClaimResult c = only(r, "limit");
        assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(c.message()).startsWith("precondition not met: no strict dual certificate");
    }

    /** The ground truth with its unobserved entry (0, 0) moved by 1e-6: still consistent, wrong. */
    @Test
    void aPlantedWrongGroundTruthFails() {
        SpecResult r =
                check(
                        replaceOnce(
                                CR, "ground-truth: [[1, 0, 2,", "ground-truth: [[1.000001, 0, 2,"));
        ClaimResult c = only(r, "recovery");
        assertThat(c.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(c.evidence()).isEqualTo(Evidence.PROVED_BOUND);
        assertThat(c.error()).isGreaterThan(0.99e-6).isLessThanOrEqualTo(1e-6);
    }

    @Test
    void recoveryNeedsAPredictionThatNamesAGroundTruth() {
        String truth =
                "  ground-truth: [[1, 0, 2, 1, 1, -1],\n                 [3, 1, 4, 1, 4, -1],\n"
                        + "                 [1, 1, 0, -1, 2, 1],\n                 [0, -1, 2, 2, -1, -2],\n"
                        + "                 [4, 1, 6, 2, 5, -2],\n                 [3, 2, 2, -1, 5, 1]]\n";
        SpecResult r = check(replaceOnce(CR, truth, ""));
        ClaimResult c = only(r, "recovery");
        assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(c.message()).contains("certifies no distance to a ground truth");
    }

    @Test
    void aGroundTruthThatMissesAnObservationIsASpecError() {
        String yaml =
                replaceOnce(
                        CR,
                        "[4, 1, 6, 2, 5, -2],\n                 [3, 2, 2, -1, 5, 1]]",
                        "[4, 1, 6, 2, 5, -2],\n                 [3, 2, 2, -1, 5, 2]]");
        assertThatThrownBy(() -> Planner.plan(CheckTestSupport.spec(yaml)))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("prediction.ground-truth")
                .hasMessageContaining("M does not satisfy measurement 25");
    }

    @Test
    void aGroundTruthOfTheWrongShapeIsASpecError() {
        String yaml = replaceOnce(CR, ",\n                 [3, 2, 2, -1, 5, 1]]", "]");
        assertThatThrownBy(() -> Planner.plan(CheckTestSupport.spec(yaml)))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("expected a 6x6 matrix (problem.shape), got 5x6");
    }

    @Test
    void theSensingKindOnACompletionProblemIsASpecError() {
        String yaml =
                replaceOnce(CR, "kind: nuclear-norm-completion", "kind: nuclear-norm-sensing");
        assertThatThrownBy(() -> Planner.plan(CheckTestSupport.spec(yaml)))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("prediction.kind")
                .hasMessageContaining(
                        "nuclear-norm-sensing needs problem.kind matrix-sensing, got matrix-completion");
    }
}
