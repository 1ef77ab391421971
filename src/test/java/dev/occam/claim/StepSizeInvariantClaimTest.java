package dev.occam.claim;

import static dev.occam.check.CheckTestSupport.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Tier;
import dev.occam.result.ClaimResult;
import dev.occam.result.Verdict;
import dev.occam.run.PointRun;

import org.junit.jupiter.api.Test;

/**
 * Points of one sweep may end in different tiers: a point whose double run overflowed is re-run in
 * arbitrary precision. Found by the fuzzer (seed 20240601, case 3753): the comparison threw "cannot
 * combine arbitrary(40) with double".
 */
class StepSizeInvariantClaimTest {
    private static final StepSizeInvariantClaim CLAIM = new StepSizeInvariantClaim(1e-6, "1e-6");

    @Test
    void pointsInDifferentTiersAreComparedInTheFinerOne() {
        PointRun reference = run(new double[] {1, 2}, new double[] {1, 2}, 1e-12, 0);
        PointRun wide =
                run(Tier.forDigits(40), new double[] {1, 2.5}, new double[] {1, 2}, 1e-12, 0);
        ClaimResult r = CLAIM.evaluate(wide, reference);
        assertThat(r.verdict()).isEqualTo(Verdict.FAILS); // 0.5 apart, bounds 2e-12
        ClaimResult same =
                CLAIM.evaluate(
                        run(Tier.forDigits(40), new double[] {1, 2}, new double[] {1, 2}, 1e-12, 0),
                        reference);
        assertThat(same.verdict()).isEqualTo(Verdict.HOLDS);
    }
}
