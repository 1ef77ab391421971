package dev.occam.check;

import static dev.occam.check.CheckTestSupport.bundled;
import static dev.occam.check.CheckTestSupport.check;
import static dev.occam.check.CheckTestSupport.claims;
import static dev.occam.check.CheckTestSupport.replaceOnce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.certify.Evidence;
import dev.occam.result.ClaimResult;
import dev.occam.result.Verdict;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Factorized GD from a small start has no proved tail bound, so its limit rests on a contraction
 * measured over the run's last windows. From 1e-3 I it first crawls near the saddle at 0 (the
 * iterate grows like alpha^2 e^{ct}) before it converges: a run cut in that transient must not
 * extrapolate it into a limit, so the counterexample's FAILS appears only once the run has
 * converged, and then as an estimate.
 */
class FactorizedTransientTest {
    private static final String SPEC =
            bundled("counterexamples/factorized-gd-not-min-frobenius.yaml");

    @ParameterizedTest(name = "cut after {0} iterations")
    @ValueSource(ints = {60, 200, 400})
    void aRunCutInTheTransientDecidesNothing(int iterations) {
        ClaimResult limit =
                claims(
                                check(
                                        replaceOnce(
                                                SPEC,
                                                "max-iterations: 20000",
                                                "max-iterations: " + iterations)),
                                "limit")
                        .get(0);
        assertThat(limit.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void theConvergedRunFailsAsAnEstimateNotAProof() {
        ClaimResult limit = claims(check(SPEC), "limit").get(0);
        assertThat(limit.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(limit.evidence()).isEqualTo(Evidence.ESTIMATE);
    }
}
