package dev.occam.search.reproducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.occam.certify.Evidence;
import dev.occam.check.CheckOptions;
import dev.occam.check.CheckTestSupport;
import dev.occam.check.Checker;
import dev.occam.check.Progress;
import dev.occam.plan.Planner;
import dev.occam.plan.SpecPlan;
import dev.occam.result.ClaimResult;
import dev.occam.result.PointResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Real specs through the real pipeline (plan, check), their reproducer scripts run by python3 with
 * numpy: the gap the script prints is an independent float64 computation (its own loop, data read
 * from exact rationals) and must agree with the failing claim's error to 6 significant digits. The
 * scripts' own checks (the iterate interpolates; the prediction meets the KKT conditions of the
 * min-l_P interpolant) confirm that a FAILS is not an artefact of a wrong prediction. Tests that
 * run python are skipped when python3 or numpy is missing.
 */
class ReproducerTest {
    private static final boolean NUMPY = Scripts.NUMPY;
    private static final String NO_NUMPY = Scripts.NO_NUMPY;

    private static final String LS = "{kind: least-squares, X: [[1, 1, 1], [1, 2, 0]], y: [1, 10]}";
    private static final String LIMIT = "[{kind: limit, tolerance: 1e-6}]";
    private static final String RUN =
            "run: {precision: 16, max-iterations: 200000, time-limit: 20s}";

    @TempDir Path dir;

    @Test
    void theL43CounterexampleIsReproducedToSixDigits() throws Exception {
        SpecPlan plan =
                plan(
                        CheckTestSupport.bundled(
                                "counterexamples/steepest-descent-l43-step-size.yaml"));
        SpecResult result = check(plan);
        String out = reproduces(plan, result, "limit");
        assertThat(result.points().get(0).claims().get(0).evidence())
                .isEqualTo(Evidence.PROVED_BOUND);
        predictionIsTheMinLpInterpolant(out);
        assertThat(Scripts.printed(out, "interpolation residual of the iterate ||X w_T - y||"))
                .isLessThan(1e-12);
    }

    /**
     * Steepest descent in l_3 on a 2x3 integer least-squares problem ends at an interpolant 1.5
     * away from the min-l_3 interpolant: the script confirms both ends without occam.
     */
    @Test
    void steepestDescentInL3DoesNotReachTheMinL3Interpolant() throws Exception {
        SpecPlan plan =
                plan(
                        spec(
                                LS,
                                "{kind: steepest-descent, norm: \"lp:3\", step: 0.05}",
                                "{kind: min-distance-interpolant, norm: \"lp:3\"}",
                                LIMIT,
                                RUN));
        SpecResult result = check(plan);
        String out = reproduces(plan, result, "limit");
        predictionIsTheMinLpInterpolant(out);
        assertThat(Scripts.printed(out, "interpolation residual of the iterate ||X w_T - y||"))
                .isLessThan(1e-12);
        assertThat(Scripts.printed(out, "gap")).isGreaterThan(1.5);
    }

    /**
     * Every update, with the gap of its last iterate (no exact fate decides: an irrational start,
     * or a method without one). Gradient descent, heavy ball and Nesterov share their limit, so
     * they stop after 40 iterations, where the gap depends on every step (their proved tail bounds
     * still decide); steepest descent's limit depends on its path, so it runs to the rounding
     * floor.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{kind: gradient-descent, step: 0.05, init: [\"Sqrt(2)\", 0, -1]} | 40",
                "{kind: momentum, beta: 0.5, step: 0.02, init: [\"Sqrt(2)\", 0, -1]} | 40",
                "{kind: nesterov, beta: 0.5, step: 0.02, init: [\"Sqrt(2)\", 0, -1]} | 40",
                "{kind: steepest-descent, norm: linf, step: 0.01} | 200000",
                "{kind: coordinate-descent, step: 0.05} | 200000",
                "{kind: steepest-descent, norm: \"lp:3/2\", step: 0.05, init: [1, \"1/3\", 0]} | 200000"
            })
    void eachUpdateIsReproducedToSixDigits(String algorithm, long budget) throws Exception {
        SpecPlan plan =
                plan(
                        spec(
                                LS,
                                algorithm,
                                "{kind: min-distance-interpolant, norm: \"lp:3\"}",
                                LIMIT,
                                "run: {precision: 16, max-iterations: " + budget + "}"));
        SpecResult result = check(plan);
        assertThat(result.points().get(0).claims().get(0).evidence()).isNotEqualTo(Evidence.EXACT);
        String out = reproduces(plan, result, "limit");
        predictionIsTheMinLpInterpolant(out);
    }

    /**
     * Gradient descent from a rational start: occam decides the limit exactly (double-double run,
     * exact fate); the script's gap is from the closed-form limit, and its float64 loop reaches it.
     */
    @Test
    void anExactlyDecidedLimitIsReproducedFromTheClosedFormLimit() throws Exception {
        String yaml =
                CheckTestSupport.replaceOnce(
                        CheckTestSupport.bundled("theorems/gd-least-squares-min-distance.yaml"),
                        "kind: min-distance-interpolant",
                        "kind: min-distance-interpolant\n  norm: \"lp:3\"");
        SpecPlan plan = plan(yaml);
        SpecResult result = check(plan);
        assertThat(result.tier()).isNotEqualTo("double");
        assertThat(result.points().get(0).claims().get(0).evidence()).isEqualTo(Evidence.EXACT);
        String out = reproduces(plan, result, "limit");
        assertThat(Scripts.printed(out, "distance of the iterate to the limit")).isLessThan(1e-12);
        predictionIsTheMinLpInterpolant(out);
    }

    /** AdaGrad's bundled counterexample, run by occam in double-double (132,073 iterations). */
    @Test
    void theAdagradCounterexampleIsReproducedToSixDigits() throws Exception {
        SpecPlan plan = plan(CheckTestSupport.bundled("counterexamples/adagrad-step-size.yaml"));
        reproduces(plan, check(plan), "limit");
    }

    @Test
    void aQuadraticIsReproducedToSixDigits() throws Exception {
        SpecPlan plan =
                plan(
                        spec(
                                "{kind: quadratic, A: [[2, -1, -1], [-1, 2, -1], [-1, -1, 2]], b: [-1, 0, 1]}",
                                "{kind: steepest-descent, norm: linf, step: 0.01, init: [1, 2, 4]}",
                                "{kind: stability-threshold}",
                                LIMIT,
                                RUN));
        String out = reproduces(plan, check(plan), "limit");
        assertThat(Scripts.printed(out, "stationarity of the iterate ||A w_T + b||"))
                .isLessThan(1e-12);
        assertThat(Scripts.printed(out, "stationarity of the prediction ||A w* + b||"))
                .isLessThan(1e-12);
    }

    /** The gap between two sweep points' limits: both loops run in one script. */
    @Test
    void aStepSizeDependentLimitIsReproducedToSixDigits() throws Exception {
        SpecPlan plan =
                plan(
                        spec(
                                LS,
                                "{kind: steepest-descent, norm: \"lp:4/3\", step: 0.1}",
                                "{kind: min-distance-interpolant, norm: \"lp:4/3\"}",
                                "[{kind: step-size-invariant, tolerance: 1e-6}]",
                                "sweep: {algorithm.step: [0.1, 0.05]}\n" + RUN));
        reproduces(plan, check(plan), "step-size-invariant");
    }

    @Test
    void unsupportedCombinationsGetAReasonAndNoScript() {
        assertUnsupported(
                spec(
                        LS,
                        "{kind: steepest-descent, norm: \"lp:4/3\", step: flow}",
                        "{kind: min-distance-interpolant, norm: \"lp:4/3\"}",
                        LIMIT,
                        RUN),
                "ODE solver");
        // above the stability threshold: limit FAILS exactly, with no limit and so no gap
        String diverging = "{kind: gradient-descent, step: 1, init: [0, 0, 0]}";
        assertUnsupported(
                spec(LS, diverging, "{kind: min-distance-interpolant}", LIMIT, RUN), "no gap");
        assertUnsupported(
                spec(LS, diverging, "{kind: min-distance-interpolant}", "[{kind: converges}]", RUN),
                "limit and step-size-invariant claims only");
        assertUnsupported(
                spec(
                        LS,
                        "{kind: gradient-descent, step: 0.05, init: [1, 0, -1]}",
                        "{kind: min-distance-interpolant}",
                        LIMIT,
                        RUN),
                "no claim FAILS");
    }

    /**
     * A point that overflowed double was re-run by occam in a wider tier (its claims carry the
     * note): float64 cannot repeat that run, so no script is written.
     */
    @Test
    void aRunReRunInAWiderTierIsNotReproduced() {
        SpecPlan plan =
                plan(
                        spec(
                                LS,
                                "{kind: steepest-descent, norm: \"lp:3\", step: 0.05}",
                                "{kind: min-distance-interpolant, norm: \"lp:3\"}",
                                LIMIT,
                                RUN));
        SpecResult r = check(plan);
        PointResult p = r.points().get(0);
        String note =
                "the run overflowed double at iteration 12 (floating-point blow-up, not divergence);"
                        + " it was re-run in arbitrary(40)";
        PointResult rerun =
                new PointResult(
                        p.parameters(),
                        p.iterations(),
                        p.stopped(),
                        p.finalIterate(),
                        p.claims().stream().map(c -> c.noted(note)).toList(),
                        p.series(),
                        p.verdict());
        SpecResult noted =
                new SpecResult(
                        r.spec(),
                        r.verdict(),
                        r.asExpected(),
                        r.seconds(),
                        r.message(),
                        r.prediction(),
                        List.of(rerun),
                        r.precision(),
                        r.tier(),
                        r.derived(),
                        r.limits(),
                        r.series());
        assertThat(Reproducer.of(plan, r).supported()).isTrue();
        Reproduction reproduction = Reproducer.of(plan, noted);
        assertThat(reproduction.script()).isNull();
        assertThat(reproduction.unsupported()).contains("wider tier");
    }

    private static void assertUnsupported(String yaml, String reason) {
        SpecPlan plan = plan(yaml);
        Reproduction r = Reproducer.of(plan, check(plan));
        assertThat(r.script()).isNull();
        assertThat(r.unsupported()).contains(reason);
    }

    /**
     * Runs the script of the result's first failing claim, which must be of {@code kind}, and
     * checks its printed gap against the claim's error; returns what the script printed.
     */
    private String reproduces(SpecPlan plan, SpecResult result, String kind) throws Exception {
        ClaimResult failing =
                result.points().stream()
                        .flatMap(p -> p.claims().stream())
                        .filter(c -> c.verdict() == Verdict.FAILS)
                        .findFirst()
                        .orElseThrow();
        assertThat(failing.kind()).isEqualTo(kind);
        Reproduction r = Reproducer.of(plan, result);
        assertThat(r.unsupported()).isNull();
        assertThat(r.script()).contains(result.id(), "gap");
        assumeTrue(NUMPY, NO_NUMPY);
        String out = python(r.script(), result.id());
        assertThat(Scripts.printed(out, "gap"))
                .as(out)
                .isCloseTo(failing.error(), withinPercentage(1e-4));
        return out;
    }

    private static void predictionIsTheMinLpInterpolant(String out) {
        assertThat(Scripts.printed(out, "interpolation residual of the prediction ||X w* - y||"))
                .isLessThan(1e-12);
        assertThat(Scripts.printed(out, "row-space residual of sign(w*-w0)|w*-w0|^(P-1)"))
                .isLessThan(1e-12);
    }

    private String python(String script, String id) throws IOException, InterruptedException {
        Path file = dir.resolve(id + ".py");
        Files.writeString(file, script);
        return Scripts.run(file);
    }

    private static SpecPlan plan(String yaml) {
        return Planner.plan(CheckTestSupport.spec(yaml));
    }

    private static SpecResult check(SpecPlan plan) {
        return new Checker(CheckOptions.defaults()).check(plan, Progress.NONE);
    }

    private static String spec(
            String problem, String algorithm, String prediction, String claims, String rest) {
        return """
                id: reproduced
                title: a reproducer case
                expect: fails
                problem: %s
                algorithm: %s
                prediction: %s
                claims: %s
                %s
                """
                .formatted(problem, algorithm, prediction, claims, rest);
    }
}
