package dev.occam.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.certify.Evidence;
import dev.occam.check.CheckOptions;
import dev.occam.check.Checker;
import dev.occam.check.Progress;
import dev.occam.plan.Planner;
import dev.occam.result.ClaimResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;
import dev.occam.spec.SpecError;
import dev.occam.spec.SpecLoader;
import dev.occam.symbolic.Symbolic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

/**
 * reaches, band and window-trend, with the cases that could fool them. Truths: lambda_max = 3 of
 * [[2, 1], [1, 2]] by hand; the scalar network's sharpness and loss along GD from numpy (float64,
 * the same update), e.g. from w0 = (2, 0.6, 0.9) with eta = 0.5 the sharpness alternates between
 * 4.05..4.14 at even t and 3.78..3.87 at odd t for t in [100, 130], and the loss rises at 8 of
 * those 30 steps although L(w_t) falls along every other iterate.
 */
class SampledClaimsTest {
    private static final SpecLoader LOADER =
            new SpecLoader(text -> Symbolic.get().number(text, Duration.ofSeconds(5)));

    private static final String QUADRATIC =
            """
            id: sampled
            title: sampled
            expect: holds
            problem: {kind: quadratic, A: [[2, 1], [1, 2]], b: [-1, 0]}
            algorithm: {kind: gradient-descent, step: 0.3, init: [1, 1]}
            prediction: {kind: none}
            claims:
              - %s
            run: {max-iterations: 40}
            """;

    private static final String NETWORK =
            """
            id: sampled
            title: sampled
            expect: holds
            problem: {kind: scalar-network, depth: 3}
            algorithm: {kind: gradient-descent, step: 0.5, init: [2, 0.6, 0.9]}
            prediction: {kind: none}
            claims:
              - %s
            run: {max-iterations: 130}
            """;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // lambda_max = 3 exactly: a level at 3 is touched only within rounding, never
                // decided
                "{kind: reaches, level: 3, every: 1} | INCONCLUSIVE",
                "{kind: reaches, level: 3, direction: below, every: 1} | INCONCLUSIVE",
                "{kind: reaches, level: 2.9999, every: 1} | HOLDS",
                // 0.4 * 2/0.3 = 8/3 < 3; 0.5 * 2/0.3 = 10/3 > 3
                "{kind: reaches, level: \"0.4*2/eta\", every: 5} | HOLDS",
                "{kind: reaches, level: \"0.5*2/eta\", direction: below, every: 5} | HOLDS",
                // never above 3.0001 at any of the iterates up to 5: a certified miss
                "{kind: reaches, level: 3.0001, within: 5, every: 1} | FAILS",
                // sampled every 2 iterations: a miss is not certified, whatever the samples say
                "{kind: reaches, level: 3.0001, within: 5, every: 2} | INCONCLUSIVE",
                "{kind: band, lower: 2.9999, upper: 3.0001} | HOLDS",
                "{kind: band, lower: 2.9, upper: 2.99} | FAILS",
                // the band's upper end at lambda_max itself: rounding cannot tell
                "{kind: band, lower: 2, upper: 3} | INCONCLUSIVE",
            })
    void quadraticSharpnessIsThree(String claim, Verdict expected) {
        ClaimResult c = check(QUADRATIC.formatted(claim));
        assertThat(c.verdict()).as(c.message()).isEqualTo(expected);
        if (expected == Verdict.HOLDS && claim.contains("reaches"))
            assertThat(c.evidence()).isEqualTo(Evidence.ESTIMATE);
        if (expected == Verdict.HOLDS && claim.contains("band"))
            assertThat(c.evidence()).isEqualTo(Evidence.ESTIMATE);
    }

    @Test
    void aBandExitShorterThanTheCadenceIsNotSeen() {
        // odd iterates leave [4, 4.2] (3.78 .. 3.87), even ones stay in it (4.05 .. 4.14)
        ClaimResult every2 =
                check(NETWORK.formatted("{kind: band, lower: 4, upper: 4.2, from: 100, every: 2}"));
        assertThat(every2.verdict()).as(every2.message()).isEqualTo(Verdict.HOLDS);
        assertThat(every2.certifiedBy()).contains("between samples");
        ClaimResult every1 =
                check(NETWORK.formatted("{kind: band, lower: 4, upper: 4.2, from: 100, every: 1}"));
        assertThat(every1.verdict()).as(every1.message()).isEqualTo(Verdict.FAILS);
        assertThat(every1.message()).contains("at t = 101");
        // a fact about the rounded run, not a proof about exact GD
        assertThat(every1.evidence()).isEqualTo(Evidence.ESTIMATE);
    }

    @Test
    void lossFallsAcrossWindowsAlthoughNotInside() {
        ClaimResult windows =
                check(NETWORK.formatted("{kind: window-trend, window: 2, from: 100}"));
        assertThat(windows.verdict()).as(windows.message()).isEqualTo(Verdict.HOLDS);
        assertThat(windows.message()).contains("8 steps inside the windows moved it the other way");
        ClaimResult steps = check(NETWORK.formatted("{kind: window-trend, window: 1, from: 100}"));
        assertThat(steps.verdict()).as(steps.message()).isEqualTo(Verdict.FAILS);
        assertThat(steps.message()).contains("at t = 100").contains("at t = 101");
    }

    @Test
    void aQuantityTheProblemDoesNotOfferIsAnErrorAtItsKey() {
        assertThatThrownBy(
                        () ->
                                Planner.plan(
                                        LOADER.load(
                                                null,
                                                QUADRATIC.formatted(
                                                        "{kind: reaches, quantity: gfs-sharpness, level: 1}"))))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("quantity")
                .hasMessageContaining("gradient-flow solution");
    }

    private static ClaimResult check(String yaml) {
        SpecResult r =
                new Checker(CheckOptions.defaults())
                        .check(Planner.plan(LOADER.load(null, yaml)), Progress.NONE);
        return r.points().get(0).claims().get(0);
    }
}
