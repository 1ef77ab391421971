package dev.occam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.certify.Evidence;
import dev.occam.check.CheckOptions;
import dev.occam.check.Progress;
import dev.occam.plan.SpecPlan;
import dev.occam.report.HtmlReport;
import dev.occam.result.ClaimResult;
import dev.occam.result.PointResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;
import dev.occam.spec.Expect;
import dev.occam.spec.Spec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Every bundled spec reaches the verdict it expects, for the reason its claims give. */
class BundledSpecsTest {
    private static final PipelineEngine ENGINE = new PipelineEngine();

    static List<Path> bundled() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String dir : List.of("theorems", "counterexamples")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(all::add);
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void verdictIsAsExpected(Path file) {
        SpecPlan plan = ENGINE.load(file);
        Spec spec = plan.spec();
        SpecResult result = ENGINE.check(plan, CheckOptions.defaults(), Progress.NONE);
        assertThat(result.asExpected()).as(result.message()).isTrue();
        Verdict expected = spec.expect() == Expect.HOLDS ? Verdict.HOLDS : Verdict.FAILS;
        assertThat(result.verdict()).isEqualTo(expected);
        // the page shows the loss as math rendered by Symja, not only as text
        assertThat(result.derived()).containsKey("L(w) (loss)");
        // a model problem writes its loss as a sum over the data in words and f(w; x) as math
        String math = result.derived().get("L(w) (loss)").get("mathml");
        if (math == null && result.derived().containsKey("f(w; x) (model)"))
            math = result.derived().get("f(w; x) (model)").get("mathml");
        assertThat(math).startsWith("<math");
        assertThat(HtmlReport.render(result, List.of())).contains("<math");
        // every decided claim names its evidence, and its premises say which grade they are
        for (PointResult p : result.points()) {
            for (ClaimResult c : p.claims()) {
                if (!c.decided()) continue;
                assertThat(c.evidence()).as(c.label()).isNotEqualTo(Evidence.NONE);
                if (c.kind().equals("limit") && c.verdict() == Verdict.HOLDS) {
                    // a limit that holds rests on a finite bound within its tolerance
                    assertThat(c.error() + c.bound())
                            .isLessThanOrEqualTo(Double.parseDouble(c.tolerance()));
                    assertThat(c.certifiedBy())
                            .startsWith(
                                    c.evidence() == Evidence.PROVED_BOUND
                                            ? "proved:"
                                            : c.evidence().word() + ":");
                }
            }
        }
        assertThat(result.evidence().word())
                .as("the evidence the README states for " + spec.id())
                .isEqualTo(EVIDENCE.get(spec.id()));
    }

    /** Every bundled spec has its row in the README's table of bundled specs. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void theReadmeListsIt(Path file) throws IOException {
        String name = file.getFileName().toString().replace(".yaml", "");
        String row = "| `" + file.getParent().getFileName() + "/" + name + "` |";
        assertThat(Files.readString(Path.of("README.md"))).as("README row " + row).contains(row);
    }

    /** What each bundled verdict rests on, as the README's table states it. */
    static final Map<String, String> EVIDENCE =
            Map.ofEntries(
                    Map.entry("gd-flow-separable-log-time", "trend"),
                    Map.entry("gd-least-squares-divergence", "exact"),
                    Map.entry("quadratic-stability-threshold", "exact"),
                    Map.entry("sgd-trace-stability", "estimate"),
                    Map.entry("sgd-trace-stability-below", "estimate"),
                    Map.entry("sgd-trace-stability-gd", "exact"),
                    Map.entry("normalized-gd-sharpness-drift", "trend"),
                    Map.entry("quadratic-stability-sides", "exact"),
                    Map.entry("quadratic-at-threshold-bounded", "exact"),
                    Map.entry("momentum-stability-threshold", "exact"),
                    Map.entry("nesterov-stability-threshold", "exact"),
                    Map.entry("quadratic-singular-nearest-minimizer", "exact"),
                    Map.entry("quadratic-orthogonal-start-above-threshold", "exact"),
                    Map.entry("gd-matrix-completion-no-low-rank-bias", "exact"),
                    Map.entry("deep-mf-singular-value-dynamics", "estimate"),
                    Map.entry("deep-mf-identities-34-digits", "estimate"),
                    Map.entry("deep-mf-commuting-bregman-limit", "trend"),
                    Map.entry("deep-mf-commuting-rotated-limit", "estimate"),
                    Map.entry("deep-mf-commuting-min-trace-trend", "trend"),
                    Map.entry("deep-mf-commuting-min-trace-trend-depth3", "trend"),
                    Map.entry("razin-cohen-norms-diverge", "estimate"),
                    Map.entry("razin-cohen-depth-2", "estimate"),
                    Map.entry("razin-cohen-gaussian-init", "estimate"),
                    Map.entry("deep-mf-depth-lowers-effective-rank", "estimate"),
                    Map.entry("deep-mf-identity-residual-linear-in-step", "trend"),
                    Map.entry("gd-least-squares-min-distance", "trend"),
                    Map.entry("gd-least-squares-random", "trend"),
                    Map.entry("gd-separable-logistic", "trend"),
                    Map.entry("gd-separable-max-margin", "trend"),
                    Map.entry("gd-separable-random", "trend"),
                    Map.entry("importance-weighted-gd", "trend"),
                    Map.entry("mirror-descent-entropy-bregman", "proved-bound"),
                    Map.entry("mirror-descent-half-squared-lp", "estimate"),
                    Map.entry("mirror-descent-user-potential", "proved-bound"),
                    Map.entry("momentum-least-squares-min-distance", "trend"),
                    Map.entry("momentum-separable-max-margin", "trend"),
                    Map.entry("nesterov-least-squares-min-distance", "trend"),
                    Map.entry("normalized-gd-fast-margin", "trend"),
                    Map.entry("steepest-descent-l1-max-margin", "trend"),
                    Map.entry("steepest-descent-linf-max-margin", "trend"),
                    Map.entry("steepest-descent-lp-max-margin", "trend"),
                    Map.entry("steepest-descent-quadratic-norm", "proved-bound"),
                    Map.entry("diagonal-network-kernel-rich", "estimate"),
                    Map.entry("diagonal-network-flow-q-alpha", "estimate"),
                    Map.entry("factorized-gd-low-rank-sensing", "estimate"),
                    Map.entry("diagonal-network-l1-max-margin", "trend"),
                    Map.entry("homogeneous-margin-kkt", "trend"),
                    Map.entry("deep-linear-network-max-margin", "trend"),
                    Map.entry("non-homogeneous-smoothed-margin", "estimate"),
                    Map.entry("adagrad-step-size", "proved-bound"),
                    Map.entry("factorized-gd-not-min-frobenius", "proved-bound"),
                    Map.entry("adam-not-l2-max-margin", "trend"),
                    Map.entry("degenerate-support-loglog", "trend"),
                    Map.entry("steepest-descent-l43-step-size", "proved-bound"),
                    Map.entry("steepest-descent-l3-min-distance-counterexample", "proved-bound"),
                    Map.entry("steepest-descent-l43-min-distance-counterexample", "proved-bound"),
                    Map.entry("candes-recht-completion", "proved-bound"),
                    Map.entry("candes-recht-row-unobserved", "proved-bound"),
                    Map.entry("gunasekar-factorized-gd-nuclear-norm", "proved-bound"),
                    Map.entry("psd-factorization-min-trace-completion", "estimate"),
                    Map.entry("psd-factorization-balanced-rank-one", "estimate"),
                    Map.entry("li-luo-lyu-greedy-not-nuclear", "estimate"),
                    Map.entry("scalar-network-gfs-sharpness", "estimate"),
                    Map.entry("eos-minimalist", "estimate"),
                    Map.entry("edge-of-stability", "estimate"),
                    Map.entry("descent-lemma-above-2-over-l", "estimate"));
}
