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

import java.time.Duration;
import java.util.List;

/**
 * Value claims with a target, on named and formula quantities. Truths: Razin and Cohen's depth-3
 * run in double by an independent numpy loop (|W_11| sqrt(L) = 0.998641 at t = 40000, rising at
 * every iterate; nuclear norm 26.3); least squares (w_1 - 1)^2 from w = 0 by hand (limit w = (1,
 * 0), loss (1 - 2 eta)^(2t) = 4^-t nonincreasing for eta = 1/4).
 */
class ValueTargetTest {
    private static final SpecLoader LOADER =
            new SpecLoader(text -> Symbolic.get().number(text, Duration.ofSeconds(5)));

    private static List<ClaimResult> check(String yaml) {
        SpecResult r =
                new Checker(CheckOptions.defaults())
                        .check(Planner.plan(LOADER.load(null, yaml)), Progress.NONE);
        return r.points().get(0).claims();
    }

    private static final String RAZIN_COHEN =
            """
            id: razin-cohen
            title: growth law
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
            %s
            run:
              max-iterations: 40000
            """;

    @Test
    void theGrowthLawHoldsWhileTheNuclearNormMovesAwayAndAPassingTargetDoesNotHold() {
        List<ClaimResult> c =
                check(
                        RAZIN_COHEN.formatted(
                                """
                                  - {kind: value, quantity: "Abs(W11)*Sqrt(L)", target: 1, tolerance: 1e-2}
                                  - {kind: value, quantity: "Abs(W11)*Sqrt(L)", target: "9/10", tolerance: "1/5"}
                                  - {kind: monotone, quantity: nuclear-norm, direction: nondecreasing, after: 3000}
                                  - {kind: value, quantity: nuclear-norm, target: 2, tolerance: 1e-2}
                                  - {kind: value, quantity: sigma-1, target: 2, tolerance: 1e-2}
                                """));
        ClaimResult law = c.get(0);
        assertThat(law.verdict()).as(law.message()).isEqualTo(Verdict.HOLDS);
        assertThat(law.evidence()).isEqualTo(Evidence.ESTIMATE);
        assertThat(((dev.occam.result.Figure.Scalar) law.measured()).value())
                .isBetween(0.99864, 0.99865);
        // planted: |q - 0.9| is within 0.2 at t = 40000 (0.0986) but has grown since q passed 0.9
        ClaimResult passing = c.get(1);
        assertThat(passing.verdict()).as(passing.message()).isNotEqualTo(Verdict.HOLDS);
        ClaimResult nuclear = c.get(3);
        assertThat(nuclear.verdict()).as(nuclear.message()).isEqualTo(Verdict.FAILS);
        assertThat(nuclear.evidence()).isEqualTo(Evidence.ESTIMATE);
        assertThat(nuclear.certifiedBy()).contains("nondecreasing at every iterate from t = 3000");
        // no monotone claim on sigma-1: nothing refutes it without a limit
        assertThat(c.get(4).verdict()).as(c.get(4).message()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    private static final String LINE =
            """
            id: line
            title: one equation, two unknowns
            expect: holds
            problem:
              kind: least-squares
              X: [[1, 0]]
              y: [1]
            algorithm:
              kind: gradient-descent
              step: "1/4"
              init: [0, 0]
            prediction: {kind: min-distance-interpolant}
            claims:
            %s
            run:
              max-iterations: 200
            """;

    @Test
    void aTailBoundDecidesAFormulaOfTheEntriesAndAProvedMonotoneLossRefutesATarget() {
        List<ClaimResult> c =
                check(
                        LINE.formatted(
                                """
                                  - {kind: value, quantity: "w1^2", target: 1, tolerance: 1e-6}
                                  - {kind: value, quantity: "3*w1", target: 2, tolerance: 1e-6}
                                  - {kind: monotone, quantity: loss, direction: nonincreasing}
                                  - {kind: value, quantity: loss, target: 1, tolerance: "1/10"}
                                  - {kind: value, quantity: "L", target: 1, tolerance: "1/10"}
                                """));
        // the limit is w = 1: w^2 -> 1, 3 w -> 3, not 2
        assertThat(c.get(0).verdict()).as(c.get(0).message()).isEqualTo(Verdict.HOLDS);
        assertThat(c.get(0).evidence()).isEqualTo(Evidence.PROVED_BOUND);
        assertThat(c.get(1).verdict()).as(c.get(1).message()).isEqualTo(Verdict.FAILS);
        assertThat(c.get(1).evidence()).isEqualTo(Evidence.PROVED_BOUND);
        // L(0) = 1 and L nonincreasing for every t (descent lemma): L ends far below 9/10
        assertThat(c.get(2).evidence()).isEqualTo(Evidence.PROVED_BOUND);
        assertThat(c.get(3).verdict()).as(c.get(3).message()).isEqualTo(Verdict.FAILS);
        assertThat(c.get(3).evidence()).isEqualTo(Evidence.PROVED_BOUND);
        // the formula "L" is another quantity: the monotone claim on loss is not its premise
        assertThat(c.get(4).evidence()).isNotEqualTo(Evidence.PROVED_BOUND);
    }

    @Test
    void anUnknownSymbolIsAnErrorAtTheKeyListingTheVariables() {
        assertThatThrownBy(
                        () ->
                                check(
                                        RAZIN_COHEN.formatted(
                                                "  - {kind: value, quantity: \"Abs(W13)*Sqrt(L)\", target: 1, tolerance: 1e-2}")))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("claims[0].quantity")
                .hasMessageContaining("unknown symbol")
                .hasMessageContaining("(variables: W11, W12, W21, W22, L, t)");
        assertThatThrownBy(
                        () ->
                                check(
                                        LINE.formatted(
                                                "  - {kind: monotone, quantity: nuclear-nrom, direction: nondecreasing}")))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("claims[0].quantity")
                .hasMessageContaining("neither a quantity name")
                .hasMessageContaining("(variables: w1, w2, L, t)");
    }

    @Test
    void aValueWithoutTargetIsStillTheMarginsAndAfterNeedsATarget() {
        assertThatThrownBy(
                        () ->
                                check(
                                        LINE.formatted(
                                                "  - {kind: value, quantity: \"w1\", tolerance: 1e-2}")))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("claims[0].quantity");
        assertThatThrownBy(
                        () ->
                                check(
                                        LINE.formatted(
                                                "  - {kind: value, quantity: margin, tolerance: 1e-2, after: 5}")))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("claims[0].after");
    }
}
