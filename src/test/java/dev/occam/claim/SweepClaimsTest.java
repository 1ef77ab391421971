package dev.occam.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.certify.Evidence;
import dev.occam.check.CheckOptions;
import dev.occam.check.Checker;
import dev.occam.check.Progress;
import dev.occam.plan.Planner;
import dev.occam.result.ClaimResult;
import dev.occam.result.PointResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;
import dev.occam.spec.SpecLoader;
import dev.occam.symbolic.Symbolic;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

/**
 * trend and ordered across sweep points. The runs stop after one step of 1e-12 from the balanced
 * start alpha I of a depth-2 factorization, so ||W|| = alpha^2 sqrt(2) (to 1e-11) by hand: a law c
 * x^2 in x = alpha with c = sqrt(2), increasing in alpha.
 */
class SweepClaimsTest {
    private static final SpecLoader LOADER =
            new SpecLoader(text -> Symbolic.get().number(text, Duration.ofSeconds(5)));

    private static ClaimResult check(String claim, int point) {
        String yaml =
                """
                id: sweep-claims
                title: sweep claims
                expect: holds
                problem:
                  kind: matrix-completion
                  shape: [2, 2]
                  observed: [[0, 0, 1]]
                algorithm:
                  kind: factorized-gradient-descent
                  depth: 2
                  init-scale: "1/2"
                  step: 1e-12
                prediction: {kind: none}
                claims:
                  - %s
                sweep:
                  algorithm.init-scale: ["1/4", "1/2", 1, 2]
                run:
                  max-iterations: 1
                """
                        .formatted(claim);
        SpecResult r =
                new Checker(CheckOptions.defaults())
                        .check(Planner.plan(LOADER.load(null, yaml)), Progress.NONE);
        PointResult p = r.points().get(point);
        return p.claims().get(0);
    }

    @ParameterizedTest
    @CsvSource({"2, HOLDS", "3, FAILS", "1.9, FAILS"})
    void aPowerLawInTheSweptParameter(String k, Verdict expected) {
        for (int point = 0; point < 4; point++) {
            ClaimResult c =
                    check(
                            "{kind: trend, quantity: norm, over: algorithm.init-scale, law: \"c*x^k\", expect: {k: "
                                    + k
                                    + ", c: 1.41421356}, tolerance: 0.05}",
                            point);
            assertThat(c.verdict()).as(c.message()).isEqualTo(expected);
            assertThat(c.evidence()).isEqualTo(Evidence.TREND);
        }
    }

    @ParameterizedTest
    @CsvSource({"increasing, HOLDS", "decreasing, FAILS"})
    void anOrderInTheSweptParameter(String direction, Verdict expected) {
        ClaimResult c =
                check(
                        "{kind: ordered, quantity: norm, over: algorithm.init-scale, direction: "
                                + direction
                                + "}",
                        2);
        assertThat(c.verdict()).as(c.message()).isEqualTo(expected);
        assertThat(c.evidence()).isEqualTo(Evidence.ESTIMATE);
    }

    @ParameterizedTest
    @CsvSource({"trend, law: \"c*x^k\"", "ordered, direction: increasing"})
    void aKeyThatIsNotSweptIsRejectedAtTheKey(String kind, String rest) {
        String yaml =
                """
                id: sweep-claims
                title: sweep claims
                expect: holds
                problem: {kind: matrix-completion, shape: [2, 2], observed: [[0, 0, 1]]}
                algorithm: {kind: factorized-gradient-descent, init-scale: "1/2", step: 0.1}
                prediction: {kind: none}
                claims:
                  - {kind: %s, quantity: norm, over: algorithm.step, %s}
                """
                        .formatted(kind, rest);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Planner.plan(LOADER.load(null, yaml)))
                .hasMessageContaining("over")
                .hasMessageContaining("is not swept");
    }
}
