package dev.occam.algorithm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.check.CheckOptions;
import dev.occam.check.Checker;
import dev.occam.check.Progress;
import dev.occam.plan.Planner;
import dev.occam.result.ClaimResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;
import dev.occam.spec.SpecLoader;
import dev.occam.symbolic.FormulaException;
import dev.occam.symbolic.Symbolic;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The honest control of counterexamples/adam-not-l2-max-margin.yaml: on the same data and with the
 * same claims, gradient descent is not found to fail (its direction does go to w_hat, SHN+18), so
 * the spec's FAILS is about Adam, not about the data or the claims. (GD's claims stay INCONCLUSIVE
 * within this budget: its gap shrinks like 1/log^2 t. The offset route to HOLDS does not apply
 * here: the single support vector does not span R^2, and the offset's orthogonal part is then set
 * by the whole trajectory, about 1.14 here, not by the SHN+18 formula.)
 */
class AdamCounterexampleControlTest {
    private static final SpecLoader LOADER =
            new SpecLoader(
                    text -> {
                        try {
                            return Symbolic.get().number(text, Duration.ofSeconds(5));
                        } catch (FormulaException e) {
                            throw new IllegalArgumentException(e.getMessage(), e);
                        }
                    });
    private static final String ADAM =
            """
            algorithm:
              kind: adam
              step: 0.0001
              beta1: 0.9
              beta2: 0.999
              epsilon: 0
            """;
    private static final String GD =
            """
            algorithm:
              kind: gradient-descent
              step: 0.03
            """;

    // 0.03 < 2 / (L(0) sigma_max^2) = 0.036, SHN+18's step condition on these data

    private static String spec() throws IOException {
        String text = Files.readString(Path.of("counterexamples/adam-not-l2-max-margin.yaml"));
        assertThat(text).contains(ADAM);
        return text.replace(ADAM, GD).replace("expect: fails", "expect: holds");
    }

    private static List<ClaimResult> claims(String yaml) {
        SpecResult r =
                new Checker(CheckOptions.defaults())
                        .check(Planner.plan(LOADER.load(null, yaml)), Progress.NONE);
        return r.points().get(0).claims();
    }

    @Test
    void adamFailsWhereGradientDescentDoesNot() throws IOException {
        String text = Files.readString(Path.of("counterexamples/adam-not-l2-max-margin.yaml"));
        List<ClaimResult> adam = claims(text);
        assertThat(adam).extracting(ClaimResult::verdict).containsOnly(Verdict.FAILS);

        List<ClaimResult> gd = claims(spec());
        assertThat(gd)
                .extracting(ClaimResult::verdict)
                .doesNotContain(Verdict.FAILS, Verdict.ERROR);
        // the direction gap of GD is still shrinking (like 1/log^2 t), far below Adam's
        ClaimResult direction =
                gd.stream().filter(c -> c.kind().equals("direction")).findFirst().orElseThrow();
        ClaimResult adamDirection =
                adam.stream().filter(c -> c.kind().equals("direction")).findFirst().orElseThrow();
        assertThat(direction.error()).isLessThan(adamDirection.error() / 10);
    }
}
