package dev.occam.plan.kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.check.CheckTestSupport;
import dev.occam.plan.Planner;
import dev.occam.plan.PointPlan;
import dev.occam.prediction.Prediction;
import dev.occam.spec.SpecError;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Matrix sensing and completion as least squares on vec(W), with limits derived by hand. */
class MatrixKindsTest {
    private static final String COMPLETION =
            CheckTestSupport.bundled("theorems/gd-matrix-completion-no-low-rank-bias.yaml");

    private static PointPlan first(String yaml) {
        return Planner.plan(CheckTestSupport.spec(yaml)).points().get(0);
    }

    private static Prediction predict(PointPlan p) {
        return p.predictor().predict(p.problem(), p.init(), 16);
    }

    @Test
    void completionKeepsTheUnobservedEntryAtItsStart() {
        // vec(W0) = (1/10, -1/5, 3/10, 1/2); the observed entries become 1, 2, 2 and W_11 stays 1/2
        PointPlan p = first(COMPLETION);
        assertThat(p.problem().matrixShape()).containsExactly(2, 2);
        assertThat(predict(p).exact())
                .containsExactly(
                        new BigFraction(1),
                        new BigFraction(2),
                        new BigFraction(2),
                        new BigFraction(1, 2));
    }

    @Test
    void sensingReachesTheMinimumFrobeniusNormSolution() {
        // tr W = 2 and W_01 + W_10 = 0 from W0 = 0: W = a I + b (E_01 + E_10) with 2a = 2, 2b = 0,
        // so W = I
        String yaml =
                CheckTestSupport.replaceOnce(
                        CheckTestSupport.replaceOnce(
                                COMPLETION,
                                "  kind: matrix-completion\n  shape: [2, 2]\n  observed: [[0, 0, 1], [0, 1, 2], [1, 0, 2]]\n",
                                "  kind: matrix-sensing\n  shape: [2, 2]\n  A: [[1, 0, 0, 1], [0, 1, 1, 0]]\n  y: [2, 0]\n"),
                        "init: [\"1/10\", \"-1/5\", \"3/10\", \"1/2\"]",
                        "init: zeros");
        assertThat(predict(first(yaml)).exact())
                .containsExactly(
                        BigFraction.ONE, BigFraction.ZERO, BigFraction.ZERO, BigFraction.ONE);
    }

    @Test
    void badEntriesAreErrorsAtTheirKey() {
        assertError(
                COMPLETION.replace("[1, 0, 2]]", "[0, 0, 5]]"),
                "problem.observed",
                "observed twice");
        assertError(
                COMPLETION.replace("[1, 0, 2]]", "[2, 0, 5]]"),
                "problem.observed",
                "row index of entry 2 must be an integer in [0, 1]");
        assertError(
                COMPLETION.replace("[1, 0, 2]]", "[1, 0.5, 5]]"),
                "problem.observed",
                "column index");
        assertError(
                COMPLETION.replace("shape: [2, 2]", "shape: [2, 0]"),
                "problem.shape",
                "positive integers");
        assertError(
                COMPLETION
                        .replace("shape: [2, 2]", "shape: [100, 100]")
                        .replace(
                                "[[0, 0, 1], [0, 1, 2], [1, 0, 2]]",
                                "{random: uniform, shape: [500, 3], seed: 1}"),
                "problem.observed",
                "stored densely");
        assertError(
                COMPLETION.replace("shape: [2, 2]", "shape: [200, 200]"),
                "problem.shape",
                "at most 10000");
    }

    private static String sensing(String y) {
        return CheckTestSupport.replaceOnce(
                COMPLETION,
                "  kind: matrix-completion\n  shape: [2, 2]\n  observed: [[0, 0, 1], [0, 1, 2], [1, 0, 2]]\n",
                "  kind: matrix-sensing\n  shape: [2, 2]\n  A: [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]\n  y: "
                        + y
                        + "\n");
    }

    /**
     * Measuring every entry of a seeded rank-one W* gives y = vec(W*): its 2 x 2 determinant is 0
     * exactly (and nonzero for rank 2), whatever the draws; the same seed gives the same data.
     */
    @Test
    void lowRankMeasurementsAreExactMeasurementsOfALowRankMatrix() {
        for (int r = 1; r <= 2; r++) {
            BigFraction[] y =
                    java.util.Arrays.stream(
                                    first(sensing("{low-rank: " + r + ", seed: 7}"))
                                            .problem()
                                            .squaredResiduals()
                                            .y())
                            .map(v -> v.rational())
                            .toArray(BigFraction[]::new);
            BigFraction det = y[0].multiply(y[3]).subtract(y[1].multiply(y[2]));
            if (r == 1) assertThat(det).isEqualTo(BigFraction.ZERO);
            else assertThat(det).isNotEqualTo(BigFraction.ZERO);
        }
        assertError(
                sensing("{low-rank: 3, seed: 7}"),
                "problem.y.low-rank",
                "expected a rank in [1, 2]");
        assertError(sensing("{low-rank: 1}"), "problem.y", "seed");
    }

    private static void assertError(String yaml, String key, String message) {
        assertThatThrownBy(() -> first(yaml))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining(key)
                .hasMessageContaining(message);
    }
}
