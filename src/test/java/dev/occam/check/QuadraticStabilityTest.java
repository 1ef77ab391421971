package dev.occam.check;

import static dev.occam.check.CheckTestSupport.bundled;
import static dev.occam.check.CheckTestSupport.check;
import static dev.occam.check.CheckTestSupport.claims;
import static dev.occam.check.CheckTestSupport.replaceOnce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.certify.Evidence;
import dev.occam.result.ClaimResult;
import dev.occam.result.SpecResult;
import dev.occam.result.Verdict;

import org.junit.jupiter.api.Test;

/**
 * The quadratic kind's twins, with truths derived by hand. A = [[2, 1], [1, 2]] has eigenvalues 3
 * (eigenvector (1, 1)) and 1 (eigenvector (1, -1)); b = (-1, 0) gives w* = (2/3, -1/3). Gradient
 * descent multiplies the error's component on an eigenvector by 1 - eta lambda, so the threshold is
 * eta* = 2/3, where the top mode flips sign with modulus 1.
 */
class QuadraticStabilityTest {
    private static final String SPEC = bundled("theorems/quadratic-stability-threshold.yaml");

    private static String at(String step, String init) {
        String s = replaceOnce(SPEC, "sweep:\n  algorithm.step: [0.3, 0.5, 0.66]\n", "");
        s = replaceOnce(s, "step: 0.3", "step: " + step);
        return replaceOnce(s, "init: [1, 1]", "init: " + init);
    }

    private static ClaimResult only(SpecResult r, String kind) {
        assertThat(claims(r, kind)).hasSize(1);
        return claims(r, kind).get(0);
    }

    @Test
    void atTheThresholdTheTopModeOscillatesForever() {
        // w0 - w* = (1/3, 4/3) has a component on (1, 1): it flips sign forever at eta = 2/3
        // exactly
        SpecResult r =
                check(
                        replaceOnce(
                                at("\"2/3\"", "[1, 1]"),
                                "  - kind: converges\n",
                                "  - kind: converges\n  - kind: diverges\n"));
        assertThat(only(r, "converges").verdict()).isEqualTo(Verdict.FAILS);
        assertThat(only(r, "diverges").verdict()).isEqualTo(Verdict.FAILS);
        assertThat(only(r, "converges").evidence()).isEqualTo(Evidence.EXACT);
    }

    @Test
    void aboveTheThresholdAStartOffTheTopEigenvectorStillConverges() {
        // w0 = w* + (1, -1) excites only the mode lambda = 1, which contracts by |1 - 0.9| = 0.1,
        // although
        // eta = 0.9 > 2/3; w0 is not a double, so the run's rounding excites the mode lambda = 3
        // (|1 - 2.7| > 1)
        SpecResult r = check(at("0.9", "[\"5/3\", \"-4/3\"]"));
        assertThat(only(r, "converges").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(only(r, "converges").evidence()).isEqualTo(Evidence.EXACT);
        assertThat(only(r, "limit").verdict()).isEqualTo(Verdict.HOLDS);
    }

    @Test
    void aboveTheThresholdAGenericStartDiverges() {
        SpecResult r =
                check(
                        replaceOnce(
                                at("0.7", "[1, 1]"),
                                "  - kind: converges\n",
                                "  - kind: diverges\n"));
        assertThat(only(r, "diverges").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(only(r, "diverges").evidence()).isEqualTo(Evidence.EXACT);
        assertThat(only(r, "limit").verdict()).isEqualTo(Verdict.FAILS);
    }

    @Test
    void justBelowTheThresholdItConverges() {
        SpecResult r = check(at("\"333/500\"", "[1, 1]"));
        assertThat(only(r, "converges").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(only(r, "limit").verdict()).isEqualTo(Verdict.HOLDS);
    }
}
