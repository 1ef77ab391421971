package dev.occam.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.spec.SpecLoader;
import dev.occam.symbolic.Symbolic;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GD's loss decreases below the stability threshold and increases above it (the iterates blow up). */
class MonotoneClaimTest {
    private static final SpecLoader LOADER = new SpecLoader(text -> Symbolic.get().number(text, Duration.ofSeconds(5)));

    @ParameterizedTest
    @CsvSource({"0.01, HOLDS", "0.08, FAILS"})
    void lossIsMonotoneExactlyWhenTheStepIsStable(String step, Verdict expected) {
        // lambda_max(X X^T) = 10 + sqrt(17) = 14.12: GD on sum (x.w - y)^2 is stable iff eta < 1/14.12 = 0.0708
        String yaml = """
                id: monotone
                title: loss monotone
                expect: holds
                problem:
                  kind: least-squares
                  X: [[2, -1, 0, 3], [1, 1, -2, 0]]
                  y: [1, "1/3"]
                algorithm:
                  kind: gradient-descent
                  step: %s
                  init: [1, 0, -1, "1/2"]
                prediction:
                  kind: min-distance-interpolant
                claims:
                  - {kind: monotone, quantity: loss, direction: nonincreasing}
                run:
                  max-iterations: 3000
                """.formatted(step);
        SpecResult r = new Checker(CheckOptions.defaults()).check(LOADER.load(null, yaml), Progress.NONE);
        ClaimResult c = r.points().get(0).claims().get(0);
        assertThat(c.verdict()).as(c.message()).isEqualTo(expected);
        if (expected == Verdict.FAILS) assertThat(c.message()).contains("is not nonincreasing").contains("at t = ");
    }
}
