package dev.occam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.check.CheckOptions;
import dev.occam.check.Progress;
import dev.occam.result.ClaimResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Data that cannot be separated, given to a separable-data theorem: INCONCLUSIVE naming the
 * precondition, no exception.
 */
class SeparabilityPreconditionTest {
    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"max-margin", "max-margin-offset"})
    void nonSeparableDataIsInconclusiveWithTheFailedPrecondition(String prediction)
            throws IOException {
        Path file = dir.resolve("not-separable.yaml");
        Files.writeString(
                file,
                """
                id: not-separable
                title: GD on data that no hyperplane through the origin separates
                expect: holds
                problem:
                  kind: classification
                  X: [[1, 2], [1, 2], [-1, 1]]
                  y: [1, -1, 1]
                algorithm:
                  kind: gradient-descent
                  step: 0.05
                prediction:
                  kind: %s
                claims:
                  - {kind: direction, tolerance: 1e-12}
                  - {kind: value, quantity: margin, tolerance: 1e-6}
                run:
                  max-iterations: 2000
                """
                        .formatted(prediction));
        PipelineEngine engine = new PipelineEngine();
        SpecResult result = engine.check(engine.load(file), CheckOptions.defaults(), Progress.NONE);
        assertThat(result.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(result.message())
                .contains("precondition not met")
                .contains("not linearly separable");
        for (ClaimResult c : result.points().get(0).claims()) {
            assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
            assertThat(c.message()).contains("not linearly separable");
        }
        assertThat(result.prediction().unmet()).contains("points 0, 1");
    }

    @Test
    void aStepAboveShnBoundIsInconclusiveNotHolds() throws IOException {
        Path file = dir.resolve("big-step.yaml");
        // sigma_max(X)^2 = 23.75 and L(0) = 4, so the bound is 2 / (4 * 23.75) = 0.021
        Files.writeString(
                file,
                """
                id: big-step
                title: GD with a step above SHN+18's condition
                expect: holds
                problem:
                  kind: classification
                  X: [[2, "1/2"], ["1/2", -1], [3, 2], [-1, -3]]
                  y: [1, -1, 1, -1]
                algorithm:
                  kind: gradient-descent
                  step: 0.03
                prediction:
                  kind: max-margin-offset
                claims:
                  - {kind: direction, tolerance: 1e-12}
                run:
                  max-iterations: 2000
                """);
        PipelineEngine engine = new PipelineEngine();
        SpecResult result = engine.check(engine.load(file), CheckOptions.defaults(), Progress.NONE);
        assertThat(result.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(result.message()).contains("step condition fails").contains("0.0210526");
    }
}
