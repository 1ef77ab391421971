package dev.occam.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.algorithm.Optimizer;
import dev.occam.numeric.LogSpacedSchedule;
import dev.occam.result.ClaimResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;
import dev.occam.spec.SpecError;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The plug-in and the harness, end to end on the bundled least-squares spec's data. */
class OccamTest {
    @TempDir Path dir;

    /**
     * theorems/gd-least-squares-min-distance.yaml with the algorithm as a custom plug-in, in
     * double.
     */
    static String gdSpec(String id, String plugin, String timeLimit) {
        return """
                id: %s
                title: A plug-in reaches the interpolant nearest its start
                expect: holds
                problem:
                  kind: least-squares
                  X: [[2, -1, 0, 3], [1, 1, -2, 0]]
                  y: [1, "1/3"]
                algorithm:
                  kind: custom
                  class: %s
                  parameters: {step: 0.01}
                  init: [1, 0, -1, "1/2"]
                prediction:
                  kind: min-distance-interpolant
                claims:
                  - kind: limit
                    tolerance: 1e-10
                  - kind: rate
                    quantity: distance
                    law: "c*r^t"
                  - kind: step-size-invariant
                    tolerance: 1e-10
                sweep:
                  algorithm.parameters.step: [0.01, 0.03]
                run:
                  precision: 16
                  max-iterations: 100000
                  time-limit: %s
                """
                .formatted(id, plugin, timeLimit);
    }

    Path write(String id, String plugin, String timeLimit) throws IOException {
        Path file = dir.resolve(id + ".yaml");
        Files.writeString(file, gdSpec(id, plugin, timeLimit));
        return file;
    }

    @Test
    void referencePluginFromSpecHolds() throws IOException {
        SpecResult r =
                Occam.check(
                        write(
                                "plugin-gd",
                                Plugins.ReferenceGradientDescent.class.getName(),
                                "30s"));
        OccamAssertions.assertThat(r).holds().agreesWithin(1e-10).hasRate("distance");
        assertThat(r.tier()).isEqualTo("double");
        assertThatThrownBy(() -> OccamAssertions.assertThat(r).hasRate("loss"))
                .hasMessageContaining("to have a rate claim on loss")
                .hasMessageContaining("its rate claims are on: [distance]");
    }

    @Test
    void referencePluginReplacesTheBundledAlgorithm() {
        SpecResult r =
                Occam.spec(Path.of("theorems/gd-least-squares-min-distance.yaml"))
                        .with(Plugins.ReferenceGradientDescent::new)
                        .check();
        // the bundled spec asks for 1e-28 at 34 digits: in double the claims are undecided, never
        // wrong
        assertThat(r.tier()).isEqualTo("double");
        assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(r.points()).allSatisfy(p -> assertThat(p.stopped()).isEqualTo("floor"));
        assertThat(r.message()).contains("precision floor");
    }

    @Test
    void plantedBugFailsWithReadableMessage() throws IOException {
        SpecResult r =
                Occam.spec(
                                write(
                                        "plugin-gd",
                                        Plugins.ReferenceGradientDescent.class.getName(),
                                        "30s"))
                        .with(new Plugins.SkipsLastCoordinate())
                        .check();
        assertThat(r.verdict()).isEqualTo(Verdict.FAILS);
        assertThatThrownBy(() -> OccamAssertions.assertThat(r).holds())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting spec plugin-gd")
                .hasMessageContaining("but its verdict is FAILS")
                .hasMessageContaining("limit at {algorithm.parameters.step=0.01}: FAILS")
                .hasMessageContaining("limit at {algorithm.parameters.step=0.03}: FAILS")
                .hasMessageContaining("measured   : [")
                .hasMessageContaining("predicted  : [")
                .hasMessageContaining("FAILS [evidence: estimate]")
                .hasMessageContaining("premises   : estimate: steps contracted geometrically")
                .hasMessageContaining("gap at least");
        OccamAssertions.assertThat(r).fails().hasCounterexample();
        assertThatThrownBy(() -> OccamAssertions.assertThat(r).agreesWithin(1e-6))
                .hasMessageContaining("error + bound");
        assertThatThrownBy(() -> OccamAssertions.assertThat(r).hasRate("distance"))
                .hasMessageContaining("to have a holding rate claim on distance")
                .hasMessageContaining("rate (distance) at {algorithm.parameters.step=0.01}");
    }

    /**
     * A rise of the loss between two recorded samples still refutes "monotone": every iterate is
     * watched.
     */
    @Test
    void monotoneIsCheckedAtEveryIterateNotOnlyAtRecordedSamples() throws IOException {
        assertThat(LogSpacedSchedule.standard().record(13))
                .as("iterate 13 is not recorded")
                .isFalse();
        Path spec = dir.resolve("monotone-loss.yaml");
        Files.writeString(
                spec,
                gdSpec("monotone-loss", Plugins.ReferenceGradientDescent.class.getName(), "30s")
                        // only the monotone claim, and no sweep
                        .replaceAll(
                                "(?s)claims:.*run:",
                                "claims:\n  - {kind: monotone, quantity: loss, direction: nonincreasing}\nrun:"));
        SpecResult reference = Occam.check(spec);
        assertThat(monotoneClaim(reference).verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(monotoneClaim(reference).certifiedBy()).contains("every iterate");
        SpecResult bumped = Occam.spec(spec).with(new Plugins.RisesBetweenSamples()).check();
        var monotone = monotoneClaim(bumped);
        assertThat(monotone.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(monotone.message()).contains("at t = 12, then").contains("at t = 13");
    }

    private static ClaimResult monotoneClaim(SpecResult r) {
        return r.points().get(0).claims().stream()
                .filter(c -> c.kind().equals("monotone"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void softAssertionsReportEveryFailure() throws IOException {
        Path spec = write("plugin-gd", Plugins.ReferenceGradientDescent.class.getName(), "30s");
        SpecResult bad = Occam.spec(spec).with(new Plugins.SkipsLastCoordinate()).check();
        OccamSoftAssertions softly = new OccamSoftAssertions();
        softly.assertThat(bad).holds();
        softly.assertThat(bad).agreesWithin(1e-10);
        assertThatThrownBy(softly::assertAll)
                .hasMessageContaining("Multiple Failures (2 failures)")
                .hasMessageContaining("to hold")
                .hasMessageContaining("within 1.0E-10");
    }

    @Test
    void misbehavingPluginsGetClearVerdicts() throws IOException {
        Path spec = write("plugin-gd", Plugins.ReferenceGradientDescent.class.getName(), "1s");
        record Case(Object plugin, String expected) {}
        for (Case c :
                List.of(
                        new Case(
                                new Plugins.Throws(),
                                "Plugins$Throws threw at iteration 5: java.lang.IllegalStateException: student bug"),
                        new Case(
                                new Plugins.ReturnsNaN(),
                                "Plugins$ReturnsNaN returned a non-finite iterate at iteration 3: w[1] = NaN"),
                        new Case(
                                new Plugins.WrongLength(),
                                "Plugins$WrongLength returned an iterate of length 5 at iteration 0; the problem has dimension 4"),
                        new Case(
                                new Plugins.Endless(),
                                "Plugins$Endless did not return from step at iteration 2 within the time limit"))) {
            long start = System.nanoTime();
            SpecResult r = Occam.spec(spec).with((Optimizer) c.plugin()).check();
            assertThat(r.verdict()).as(c.expected()).isEqualTo(Verdict.ERROR);
            assertThat(r.message()).contains(c.expected());
            assertThat((System.nanoTime() - start) / 1e9).isLessThan(8);
        }
    }

    @Test
    void specNamingAMissingClassIsASpecError() throws IOException {
        Path spec = write("plugin-gd", "no.such.Optimizer", "30s");
        assertThatThrownBy(() -> Occam.check(spec))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining("cannot load class 'no.such.Optimizer'");
    }

    @Test
    void forFolderGivesOneNamedTestPerSpec() throws Throwable {
        write("plugin-a", Plugins.ReferenceGradientDescent.class.getName(), "30s");
        write("plugin-b", Plugins.SkipsLastCoordinate.class.getName(), "30s");
        Files.writeString(dir.resolve("notes.txt"), "not a spec");
        List<DynamicTest> tests = OccamTests.forFolder(dir).toList();
        assertThat(tests)
                .extracting(DynamicTest::getDisplayName)
                .containsExactly("plugin-a", "plugin-b");
        tests.get(0).getExecutable().execute();
        assertThatThrownBy(() -> tests.get(1).getExecutable().execute())
                .hasMessageContaining("Expecting spec plugin-b");
        // graded with a student's optimizer: both specs now pass
        for (DynamicTest t :
                OccamTests.forFolder(dir, Plugins.ReferenceGradientDescent::new).toList())
            t.getExecutable().execute();
    }
}
