package dev.occam.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.certify.Evidence;
import dev.occam.result.ClaimResult;
import dev.occam.result.Verdict;
import dev.occam.spec.RunSettings;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * The multi-seed rule on counts whose Clopper-Pearson ends are known (ClopperPearsonTest): 20/20
 * holds has lower end 0.832 > 0.8; 17/20 has [0.621, 0.968], which contains 0.8; 3 holds and 7
 * fails of 10 give an upper end of the not-failing fraction of 0.652 < 0.8.
 */
class SeedVerdictsTest {
    private static final RunSettings.Seeds P80 = new RunSettings.Seeds(0, 0.8, 0.95);

    private static List<ClaimResult> results(int holds, int fails, int undecided, Evidence e) {
        List<ClaimResult> out = new ArrayList<>();
        for (int i = 0; i < holds; i++)
            out.add(ClaimResult.of("diverges", Verdict.HOLDS, null, "h").graded(e));
        for (int i = 0; i < fails; i++)
            out.add(ClaimResult.of("diverges", Verdict.FAILS, null, "f").graded(e));
        for (int i = 0; i < undecided; i++)
            out.add(ClaimResult.of("diverges", Verdict.INCONCLUSIVE, null, "u"));
        return out;
    }

    @Test
    void holdsWhenTheIntervalLiesAboveP() {
        ClaimResult c = SeedVerdicts.claim(results(20, 0, 0, Evidence.EXACT), 1, P80);
        assertThat(c.verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(c.evidence())
                .as("a confidence interval is not a proof")
                .isEqualTo(Evidence.ESTIMATE);
        assertThat(c.message()).contains("holds for 20 of 20 seeds (1..20)");
    }

    @Test
    void inconclusiveWhenTheIntervalContainsP() {
        assertThat(SeedVerdicts.claim(results(17, 3, 0, Evidence.EXACT), 1, P80).verdict())
                .isEqualTo(Verdict.INCONCLUSIVE);
        // undecided seeds count against HOLDS and against FAILS alike
        assertThat(SeedVerdicts.claim(results(17, 0, 3, Evidence.EXACT), 1, P80).verdict())
                .isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void failsWhenEvenUndecidedSeedsCannotReachP() {
        ClaimResult c = SeedVerdicts.claim(results(3, 7, 0, Evidence.TREND), 5, P80);
        assertThat(c.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(c.evidence()).isEqualTo(Evidence.TREND);
        assertThat(c.message()).contains("seed 8: f");
    }

    @Test
    void anErrorAtOneSeedIsAnError() {
        List<ClaimResult> r = results(19, 0, 0, Evidence.EXACT);
        r.add(ClaimResult.error("diverges", "boom"));
        assertThat(SeedVerdicts.claim(r, 1, P80).verdict()).isEqualTo(Verdict.ERROR);
    }
}
