package dev.occam.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.certify.Evidence;
import dev.occam.check.CheckOptions;
import dev.occam.check.Checker;
import dev.occam.check.Progress;
import dev.occam.plan.Planner;
import dev.occam.result.ClaimResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;
import dev.occam.spec.SpecLoader;
import dev.occam.symbolic.Symbolic;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

/**
 * A limit FAILS without a tail bound only on a distance the monotone claim saw nondecreasing at
 * every iterate. Razin and Cohen's completion [[?, 1], [1, 0]] by depth-3 factorized GD: the
 * distance to W_11 = 0 first falls (the off-diagonal entries are fitted), then grows for good (an
 * independent numpy run gives W_11 = 26.31 at t = 40000, nondecreasing from t = 3000).
 */
class LimitByMonotoneTest {
    private static final SpecLoader LOADER =
            new SpecLoader(text -> Symbolic.get().number(text, Duration.ofSeconds(5)));

    @ParameterizedTest
    @CsvSource({"3000, FAILS", "0, INCONCLUSIVE"})
    void aGrowingDistanceRefutesTheLimitOnlyWhereItIsSeenGrowing(long after, Verdict expected) {
        String yaml =
                """
                id: razin-cohen
                title: norms diverge
                expect: fails
                problem:
                  kind: matrix-completion
                  shape: [2, 2]
                  observed: [[0, 1, 1], [1, 0, 1], [1, 1, 0]]
                algorithm:
                  kind: factorized-gradient-descent
                  depth: 3
                  init-scale: "1/10"
                  step: "1/100"
                prediction: {kind: min-distance-interpolant}
                claims:
                  - {kind: monotone, quantity: distance, direction: nondecreasing, after: %d}
                  - {kind: limit, tolerance: 1e-2}
                run:
                  max-iterations: 40000
                """
                        .formatted(after);
        SpecResult r =
                new Checker(CheckOptions.defaults())
                        .check(Planner.plan(LOADER.load(null, yaml)), Progress.NONE);
        ClaimResult monotone = r.points().get(0).claims().get(0);
        ClaimResult limit = r.points().get(0).claims().get(1);
        assertThat(monotone.verdict())
                .as(monotone.message())
                .isEqualTo(after == 0 ? Verdict.FAILS : Verdict.HOLDS);
        assertThat(limit.verdict()).as(limit.message()).isEqualTo(expected);
        if (expected == Verdict.FAILS) {
            assertThat(limit.evidence()).isEqualTo(Evidence.ESTIMATE);
            assertThat(limit.error()).isBetween(26.3, 26.32);
        }
    }

    /**
     * At depth 2 the determinant of Razin and Cohen's run decays geometrically: it sinks into
     * double's rounding (about 1e-13 after some 2,000 steps) and double-double's much later. The
     * invariant says "cannot resolve" in each tier, never FAILS, and the higher tier resolves it
     * longer.
     */
    @org.junit.jupiter.api.Test
    void aDeterminantSinkingIntoRoundingIsUnresolvedNotAFlip() {
        long[] lost = new long[2];
        int[] precisions = {16, 32};
        for (int k = 0; k < 2; k++) {
            String yaml =
                    """
                    id: razin-cohen-depth-2
                    title: det at depth 2
                    expect: fails
                    problem:
                      kind: matrix-completion
                      shape: [2, 2]
                      observed: [[0, 1, 1], [1, 0, 1], [1, 1, 0]]
                    algorithm:
                      kind: factorized-gradient-descent
                      depth: 2
                      init-scale: "1/10"
                      step: "1/100"
                    prediction: {kind: none}
                    claims:
                      - {kind: invariant, quantity: det, sign: positive}
                    run:
                      max-iterations: 12000
                      precision: %d
                    """
                            .formatted(precisions[k]);
            ClaimResult det =
                    new Checker(CheckOptions.defaults())
                            .check(Planner.plan(LOADER.load(null, yaml)), Progress.NONE)
                            .points()
                            .get(0)
                            .claims()
                            .get(0);
            assertThat(det.verdict()).as(det.message()).isEqualTo(Verdict.INCONCLUSIVE);
            assertThat(det.message()).contains("cannot resolve");
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("at t = (\\d+)").matcher(det.message());
            assertThat(m.find()).isTrue();
            lost[k] = Long.parseLong(m.group(1));
        }
        assertThat(lost[1]).isGreaterThan(3 * lost[0]);
    }
}
