package dev.occam.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.certify.Evidence;
import dev.occam.result.ClaimResult;
import dev.occam.result.PointResult;
import dev.occam.result.SpecIdentity;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;
import dev.occam.spec.SpecLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search's logic against checkers whose truth is known by construction: a pure function of the
 * candidate's step, so what the search reports can be compared with the truth exactly.
 */
class SearchTest {
    private static final Pattern STEP = Pattern.compile("(?m)^  step: \"?([0-9./]+)\"?$");

    @TempDir Path dir;

    private static String spec(String search) {
        return """
                id: s
                title: T
                expect: holds
                problem: {kind: least-squares, X: [[1, 2, 0], [3, 4, 1]], y: [1, 2]}
                algorithm:
                  kind: gradient-descent
                  step: 0.1
                prediction: {kind: min-distance-interpolant}
                claims:
                  - kind: limit
                search:
                """
                + search.indent(2);
    }

    /**
     * A checker whose verdict is a function of the step: HOLDS below lo, FAILS above hi, undecided
     * between.
     */
    private static Function<String, SpecResult> verdicts(
            double lo, double hi, AtomicInteger calls) {
        return verdicts(lo, hi, calls, Evidence.EXACT);
    }

    /** The same, with the FAILS graded {@code failsGrade}. */
    private static Function<String, SpecResult> verdicts(
            double lo, double hi, AtomicInteger calls, Evidence failsGrade) {
        return text -> {
            calls.incrementAndGet();
            Matcher m = STEP.matcher(text);
            assertThat(m.find()).as(text).isTrue();
            double step = new BigDecimal(m.group(1)).doubleValue();
            Verdict v =
                    step < lo ? Verdict.HOLDS : step > hi ? Verdict.FAILS : Verdict.INCONCLUSIVE;
            ClaimResult claim =
                    ClaimResult.of("limit", v, "by construction", "step " + step)
                            .withError(step)
                            .withTolerance("0.5")
                            .graded(
                                    v == Verdict.INCONCLUSIVE
                                            ? Evidence.NONE
                                            : v == Verdict.FAILS ? failsGrade : Evidence.EXACT);
            PointResult p =
                    new PointResult(
                            Map.of(), 1, "converged", List.of(), List.of(claim), List.of(), v);
            return new SpecResult(
                    new SpecIdentity("s", "s.yaml", "T", null, null, "holds", null, List.of()),
                    v,
                    v == Verdict.HOLDS,
                    0,
                    null,
                    null,
                    List.of(p),
                    16,
                    "double",
                    Map.of(),
                    null,
                    List.of());
        };
    }

    private SearchSummary search(String block, Function<String, SpecResult> checker, int jobs) {
        String text = spec(block);
        var settings =
                new SpecLoader(
                                t -> {
                                    throw new IllegalArgumentException(t);
                                })
                        .load(null, text)
                        .search()
                        .orElseThrow();
        Search.Options options =
                new Search.Options(
                        null,
                        null,
                        null,
                        null,
                        jobs,
                        Evidence.PROVED_BOUND,
                        dir.resolve("r.jsonl"),
                        false,
                        true,
                        false);
        return new Search(Path.of("s.yaml"), "s", text, settings, checker, options).run(s -> {});
    }

    @Test
    void theThresholdIsBracketedToTheWidthAndContainsTheChange() {
        AtomicInteger calls = new AtomicInteger();
        double truth = 0.3141592653589793;
        SearchSummary s =
                search(
                        "strategy: adaptive\nbudget: {candidates: 200}\nwidth: 1e-6\nparameters:\n  algorithm.step: {interval: [0.01, 1]}\n",
                        verdicts(truth, truth, calls),
                        2);
        assertThat(s.brackets()).hasSize(1);
        SearchSummary.Bracket b = s.brackets().get(0);
        double lo = new BigDecimal(b.lo()).doubleValue(), hi = new BigDecimal(b.hi()).doubleValue();
        assertThat(lo).isLessThan(truth);
        assertThat(hi).isGreaterThan(truth);
        assertThat((hi - lo) / hi).isLessThanOrEqualTo(1e-6);
        assertThat(b.undecided()).isZero();
        assertThat(b.hiOutcome().counterexample()).isTrue();
        assertThat(s.found()).isEqualTo(b.hiOutcome());
        // about log_4(1 / 1e-6) = 10 rounds of 3 after a grid of 9: far fewer than the budget
        assertThat(calls.get()).isLessThan(60).isEqualTo(s.tried());
    }

    @Test
    void anUndecidedZoneIsNeverNarrowedThrough() {
        AtomicInteger calls = new AtomicInteger();
        SearchSummary s =
                search(
                        "strategy: adaptive\nbudget: {candidates: 200}\nparameters:\n  algorithm.step: {interval: [0.01, 1]}\n",
                        verdicts(0.3, 0.31, calls),
                        2);
        assertThat(s.brackets()).hasSize(1);
        SearchSummary.Bracket b = s.brackets().get(0);
        assertThat(new BigDecimal(b.lo()).doubleValue()).isLessThan(0.3);
        assertThat(new BigDecimal(b.hi()).doubleValue()).isGreaterThan(0.31);
        assertThat(b.undecided()).isPositive();
        assertThat(b.loOutcome().category()).isEqualTo(Outcome.Category.HOLDS);
    }

    /**
     * A FAILS that rests on a trend or an estimate is not a counterexample under the default
     * --require proved-bound: it is counted as undecided, and the search finds nothing.
     */
    @ParameterizedTest
    @EnumSource(
            value = Evidence.class,
            names = {"TREND", "ESTIMATE"})
    void aFailsOnWeakerEvidenceIsNotACounterexample(Evidence grade) {
        AtomicInteger calls = new AtomicInteger();
        SearchSummary s =
                search(
                        "budget: {candidates: 20}\nparameters:\n  algorithm.step: {interval: [0.01, 0.5]}\n",
                        verdicts(0.05, 0.05, calls, grade),
                        2);
        assertThat(s.found()).isNull();
        assertThat(s.count(Outcome.Category.COUNTEREXAMPLE)).isZero();
        assertThat(s.count(Outcome.Category.INCONCLUSIVE))
                .as("every draw above 0.05 FAILS on " + grade)
                .isPositive();
    }

    @Test
    void aTrueClaimUsesTheWholeBudgetAndNothingIsPromoted() {
        AtomicInteger calls = new AtomicInteger();
        SearchSummary s =
                search(
                        "budget: {candidates: 25}\nparameters:\n  algorithm.step: {interval: [0.01, 0.5]}\n",
                        verdicts(0.4, 0.6, calls),
                        2);
        assertThat(s.found()).isNull();
        assertThat(s.tried()).isEqualTo(25).isEqualTo(calls.get());
        assertThat(s.count(Outcome.Category.HOLDS) + s.count(Outcome.Category.INCONCLUSIVE))
                .isEqualTo(25);
        assertThat(s.count(Outcome.Category.INCONCLUSIVE))
                .as("draws in [0.4, 0.5] are undecided")
                .isPositive();
        assertThat(s.stopped()).isEqualTo("budget");
    }

    @Test
    void theCounterexampleIsShrunkToARoundStepThatStillFails() {
        AtomicInteger calls = new AtomicInteger();
        SearchSummary s =
                search(
                        "budget: {candidates: 50}\nparameters:\n  algorithm.step: {interval: [0.01, 0.9]}\n",
                        verdicts(0.5, 0.5, calls),
                        1);
        assertThat(s.found()).isNotNull();
        String minimal = s.minimal().values().get("algorithm.step");
        // the simplest decimal above 0.5 in [0.01, 0.9]: one significant digit
        assertThat(new BigDecimal(minimal).doubleValue()).isGreaterThan(0.5);
        assertThat(new BigDecimal(minimal).precision()).isEqualTo(1);
        assertThat(s.shrinkSteps()).isNotEmpty();
    }

    @Test
    void aTimeBudgetStopsSampling() {
        AtomicInteger calls = new AtomicInteger();
        Function<String, SpecResult> slow =
                text -> {
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return verdicts(1, 1, calls).apply(text);
                };
        SearchSummary s =
                search(
                        "budget: {candidates: 100000, time: 500ms}\nparameters:\n  algorithm.step: {interval: [0.01, 0.9]}\n",
                        slow,
                        2);
        assertThat(s.stopped()).isEqualTo("time");
        assertThat(s.tried()).isLessThan(100);
        assertThat(Duration.ofMillis((long) (s.seconds() * 1000)))
                .isLessThan(Duration.ofSeconds(5));
    }
}
