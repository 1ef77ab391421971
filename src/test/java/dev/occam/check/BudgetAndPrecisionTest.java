package dev.occam.check;

import static dev.occam.check.CheckTestSupport.bundled;
import static dev.occam.check.CheckTestSupport.check;
import static dev.occam.check.CheckTestSupport.claims;
import static dev.occam.check.CheckTestSupport.replaceOnce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.algorithm.Trajectory;
import dev.occam.certify.Evidence;
import dev.occam.result.ClaimResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;

import org.junit.jupiter.api.Test;

/** Verdicts that must not depend on the machine's load or on the tier's last digits. */
class BudgetAndPrecisionTest {

    /**
     * A run the wall clock cuts (where depends on the load) keeps only verdicts a longer run cannot
     * change: the loss's monotonicity rests on the descent lemma, a proof; the direction, offset,
     * margin and rate claims rest on trends and become INCONCLUSIVE (budget).
     */
    @Test
    void aTimeLimitedRunDecidesOnlyOnProvedEvidence() {
        String yaml =
                replaceOnce(
                        replaceOnce(
                                bundled("theorems/gd-separable-max-margin.yaml"),
                                "max-iterations: 1000000",
                                "max-iterations: 1000000000"),
                        "time-limit: 30s",
                        "time-limit: 300ms");
        SpecResult r = check(yaml);
        assertThat(r.points().get(0).stopped()).isEqualTo(Trajectory.TIME_LIMIT);
        assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        for (ClaimResult c : r.points().get(0).claims()) {
            if (c.kind().equals("monotone")) {
                assertThat(c.verdict()).as(c.message()).isEqualTo(Verdict.HOLDS);
                assertThat(c.evidence()).isEqualTo(Evidence.PROVED_BOUND);
            } else if (c.verdict() != Verdict.INCONCLUSIVE) {
                throw new AssertionError(
                        c.label() + " decided on a time-limited run: " + c.message());
            }
        }
        assertThat(claims(r, "direction").get(0).message())
                .contains("time limit")
                .contains("machine's load");
    }

    /**
     * A limit decided within ten times the rounding floor is run again one tier higher; the same
     * verdict there is noted. Steepest descent in l2 is gradient descent without the exact
     * analysis, so the run and its proved bound decide: the interpolant is reached to ~1e-16 in
     * double, and a tolerance of 1e-14 is within 10 x the floor (16 eps ||w|| ~ 3e-15).
     */
    @Test
    void aDecisionNearTheRoundingFloorIsConfirmedOneTierHigher() {
        String yaml =
                replaceOnce(
                        replaceOnce(
                                replaceOnce(
                                        bundled("theorems/gd-least-squares-min-distance.yaml"),
                                        "kind: gradient-descent",
                                        "kind: steepest-descent\n  norm: l2"),
                                "  - kind: limit\n    tolerance: 1e-28",
                                "  - kind: limit\n    tolerance: 1e-14"),
                        "precision: 34",
                        "precision: 16");
        SpecResult r = check(yaml);
        for (ClaimResult c : claims(r, "limit")) {
            assertThat(c.verdict()).as(c.message()).isEqualTo(Verdict.HOLDS);
            assertThat(c.message()).contains("confirmed in double-double");
        }
    }

    @Test
    void aDecisionFarFromTheFloorIsNotRunAgain() {
        String yaml =
                replaceOnce(
                        replaceOnce(
                                bundled("theorems/gd-least-squares-min-distance.yaml"),
                                "kind: gradient-descent",
                                "kind: steepest-descent\n  norm: l2"),
                        "precision: 34",
                        "precision: 16");
        yaml =
                replaceOnce(
                        yaml,
                        "  - kind: limit\n    tolerance: 1e-28",
                        "  - kind: limit\n    tolerance: 1e-9");
        for (ClaimResult c : claims(check(yaml), "limit")) {
            assertThat(c.verdict()).isEqualTo(Verdict.HOLDS);
            assertThat(c.message()).doesNotContain("confirmed");
        }
    }
}
