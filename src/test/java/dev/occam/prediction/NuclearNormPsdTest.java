package dev.occam.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.occam.check.CheckTestSupport;
import dev.occam.plan.Planner;
import dev.occam.plan.PointPlan;
import dev.occam.spec.SpecError;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * symmetric: true on the matrix problems and the nuclear-norm-psd prediction (min trace over PSD
 * W): minimizers and duals derived by hand, the exact certificate on hand-built exact inputs, and
 * planted wrong numbers it must refuse.
 */
class NuclearNormPsdTest {
    private static final String SPEC =
            """
            id: psd
            title: t
            expect: holds
            problem:
              kind: matrix-completion
              shape: [3, 3]
              symmetric: true
              observed: [[0, 1, 1], [0, 2, 1], [1, 2, "1/10"]]
            algorithm:
              kind: symmetric-factorization
              init-scale: "1/100"
              step: "1/100"
            prediction:
              kind: nuclear-norm-psd
            claims:
              - {kind: limit, tolerance: 1e-3}
            """;

    private static PointPlan first(String yaml) {
        return Planner.plan(CheckTestSupport.spec(yaml)).points().get(0);
    }

    private static Prediction predict(String yaml) {
        PointPlan p = first(yaml);
        return p.predictor().predict(p.problem(), p.init(), 16);
    }

    private static void assertValue(Prediction p, double... expected) {
        assertThat(p.unmet()).isNull();
        assertThat(p.value()).hasSize(expected.length);
        for (int k = 0; k < expected.length; k++)
            assertThat(p.value()[k].doubleValue()).isCloseTo(expected[k], within(1e-15));
        assertThat(p.quantities().get("radius")[0].doubleValue()).isLessThan(1e-16);
    }

    private static void assertError(String yaml, String key, String words) {
        assertThatThrownBy(() -> first(yaml))
                .isInstanceOf(SpecError.class)
                .hasMessageContaining(key)
                .hasMessageContaining(words);
    }

    @Test
    void symmetricCompletionObservesBothMirroredEntries() {
        PointPlan p = first(SPEC);
        assertThat(p.problem().symmetricMatrix()).isTrue();
        // three observed pairs, six terms of the loss: (0,1), (1,0), (0,2), (2,0), (1,2), (2,1)
        assertThat(p.problem().squaredResiduals().x()).hasNumberOfRows(6);
        assertThat(p.problem().squaredResiduals().x()[1][3].doubleValue()).isEqualTo(1);
        // the mirror listed as well, with the same value, is the same observation
        assertThat(
                        first(SPEC.replace("[1, 2, \"1/10\"]]", "[1, 2, \"1/10\"], [2, 1, 0.1]]"))
                                .problem()
                                .squaredResiduals()
                                .x())
                .hasNumberOfRows(6);
    }

    @Test
    void asymmetricDataAreErrorsAtTheirKey() {
        assertError(
                SPEC.replace("[1, 2, \"1/10\"]]", "[1, 2, \"1/10\"], [2, 1, 0.2]]"),
                "problem.observed",
                "entry 3 gives W_21 = 0.2 but entry 2 gives W_12 = 1/10");
        assertError(
                SPEC.replace("[1, 2, \"1/10\"]]", "[1, 2, \"1/10\"], [1, 2, \"1/10\"]]"),
                "problem.observed",
                "observed twice");
        assertError(SPEC.replace("shape: [3, 3]", "shape: [3, 4]"), "problem.symmetric", "square");
        assertError(
                SPEC.replace(
                        "  kind: matrix-completion\n  shape: [3, 3]\n  symmetric: true\n  observed: [[0, 1, 1], [0, 2, 1], [1, 2, \"1/10\"]]\n",
                        "  kind: matrix-sensing\n  shape: [2, 2]\n  symmetric: true\n  A: [[1, 0, 0, 0], [0, 1, 2, 0]]\n  y: [1, 4]\n"),
                "problem.A",
                "A_1 (row 2) has (0, 1) = 1 and (1, 0) = 2");
        assertError(
                SPEC.replace("  symmetric: true\n", ""),
                "prediction.kind",
                "needs a symmetric matrix problem");
    }

    @Test
    void greedyCounterexampleMinimumIsTheRankTwoCompletionByHand() {
        // W = [[a, 1, 1], [1, b, 1/10], [1, 1/10, b]] (symmetric in 2 <-> 3): PSD iff b >= 1/10 and
        // a (b + 1/10) >= 2; min a + 2b at a = 2, b = 9/10, trace 3.8, eigenvalues 3, 4/5, 0. The
        // dual Z = z z^T, z = (1, -1, -1), has Z W = 0 and margin 3 on the complement.
        Prediction p = predict(SPEC);
        assertValue(p, 2, 1, 1, 1, 0.9, 0.1, 1, 0.1, 0.9);
        assertThat(p.quantities().get("margin")[0].doubleValue()).isCloseTo(3, within(1e-9));
        BigDecimal[] trace = p.quantities().get(NuclearNormPsd.TRACE_BOUNDS);
        assertThat(trace[0].doubleValue()).isCloseTo(3.8, within(1e-15));
        assertThat(trace[1].doubleValue()).isCloseTo(3.8, within(1e-15));
    }

    @Test
    void psdMinimumDiffersFromTheNuclearNormMinimum() {
        // [[1, 2], [2, ?]]: PSD needs ? >= 4, so ? = 4, rank one (trace 5), where the
        // nuclear-norm minimizer is the indefinite ? = 1. Dual Y = [[-3, 2], [2, 0]]: Z = I - Y =
        // [[4, -2], [-2, 1]] = (2, -1)(2, -1)^T, margin 5. The same as sensing with A_1 = E_11,
        // A_2 = E_12 + E_21, y = (1, 4).
        String completion =
                SPEC.replace("shape: [3, 3]", "shape: [2, 2]")
                        .replace(
                                "observed: [[0, 1, 1], [0, 2, 1], [1, 2, \"1/10\"]]",
                                "observed: [[0, 0, 1], [0, 1, 2]]");
        Prediction p = predict(completion);
        assertValue(p, 1, 2, 2, 4);
        assertThat(p.quantities().get("margin")[0].doubleValue()).isCloseTo(5, within(1e-9));
        String sensing =
                completion.replace(
                        "  kind: matrix-completion\n  shape: [2, 2]\n  symmetric: true\n  observed: [[0, 0, 1], [0, 1, 2]]\n",
                        "  kind: matrix-sensing\n  shape: [2, 2]\n  symmetric: true\n  A: [[1, 0, 0, 0], [0, 1, 1, 0]]\n  y: [1, 4]\n");
        assertValue(predict(sensing), 1, 2, 2, 4);
    }

    @Test
    void rankOneCompletionOfTheBundledTheoremByHand() {
        // x = (2, 1, 1, 1) on (0,1), (0,2), (1,2), (0,3): Y x = x forces Y_03 = 1/2, Y_01 = Y_02 =
        // 3/4, Y_12 = -1/2, and Z = I - Y has eigenvalues 0, 1/2, (7 -+ sqrt 7)/4: margin 1/2.
        String yaml =
                SPEC.replace("shape: [3, 3]", "shape: [4, 4]")
                        .replace(
                                "observed: [[0, 1, 1], [0, 2, 1], [1, 2, \"1/10\"]]",
                                "observed: [[0, 1, 2], [0, 2, 2], [1, 2, 1], [0, 3, 2]]");
        Prediction p = predict(yaml);
        assertValue(p, 4, 2, 2, 2, 2, 1, 1, 1, 2, 1, 1, 1, 2, 1, 1, 1);
        assertThat(p.quantities().get("margin")[0].doubleValue()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aFamilyOfDualsGivesTheLeastNormOne() {
        // the 4-cycle (0,1), (1,2), (2,3), (0,3) of x = (1, 2, -1, 1): the rank-one completions are
        // v = (x_0 t, x_1 / t, x_2 t, x_3 / t), of trace 2 t^2 + 5 / t^2, least at t^2 = sqrt(5/2):
        // trace 2 sqrt(10). The equations Y v = v have rank 3 (the two sides of the bipartition
        // give
        // the same sum), so the duals form a line; Newton's least-norm steps still converge, and
        // the
        // least-norm dual has margin 1 (an independent numpy computation: along the line the margin
        // is 1 - |c|, c the offset from the least-norm point).
        String yaml =
                SPEC.replace("shape: [3, 3]", "shape: [4, 4]")
                        .replace(
                                "observed: [[0, 1, 1], [0, 2, 1], [1, 2, \"1/10\"]]",
                                "observed: [[0, 1, 2], [1, 2, -2], [2, 3, -1], [0, 3, 1]]");
        Prediction p = predict(yaml);
        double t2 = Math.sqrt(2.5);
        assertValue(
                p, t2, 2, -t2, 1, 2, 4 / t2, -2, 2 / t2, -t2, -2, t2, -1, 1, 2 / t2, -1, 1 / t2);
        assertThat(p.quantities().get("margin")[0].doubleValue()).isCloseTo(1, within(1e-9));
        assertThat(p.quantities().get(NuclearNormPsd.TRACE_BOUNDS)[1].doubleValue())
                .isCloseTo(2 * Math.sqrt(10), within(1e-15));
    }

    @Test
    void noPsdCompletionIsNotCertified() {
        // [[?, 1], [1, 0]]: every completion has determinant -1, none is PSD
        String yaml =
                SPEC.replace("shape: [3, 3]", "shape: [2, 2]")
                        .replace(
                                "observed: [[0, 1, 1], [0, 2, 1], [1, 2, \"1/10\"]]",
                                "observed: [[0, 1, 1], [1, 1, 0]]");
        assertThat(predict(yaml).unmet()).isNotNull();
    }

    /** The counterexample's rows: (E_ij + E_ji) / 2 for (0,1), (0,2), (1,2). */
    private static BigFraction[][] rows() {
        int[][] entries = {{0, 1}, {0, 2}, {1, 2}};
        BigFraction[][] s = new BigFraction[3][9];
        for (int k = 0; k < 3; k++) {
            Arrays.fill(s[k], BigFraction.ZERO);
            s[k][entries[k][0] * 3 + entries[k][1]] = new BigFraction(1, 2);
            s[k][entries[k][1] * 3 + entries[k][0]] = new BigFraction(1, 2);
        }
        return s;
    }

    private static final BigFraction[] Y = {
        BigFraction.ONE, BigFraction.ONE, new BigFraction(1, 10)
    };

    private static BigDecimal[] decimals(String... v) {
        BigDecimal[] out = new BigDecimal[v.length];
        for (int k = 0; k < v.length; k++) out[k] = new BigDecimal(v[k]);
        return out;
    }

    /** W, the basis (2, 1, 1), (0, 1, -1) of its range, nu = 2 Y_ij = (2, 2, -2): all by hand. */
    private static PsdCertificate certify(String[] w, String[][] u, String[] nu) {
        BigDecimal[][] ud = new BigDecimal[u.length][];
        for (int k = 0; k < u.length; k++) ud[k] = decimals(u[k]);
        return PsdCertificate.of(
                rows(), Y, 3, new PsdCertificate.Input(decimals(w), ud, decimals(nu)), 52);
    }

    private static final String[] W = {"2", "1", "1", "1", "0.9", "0.1", "1", "0.1", "0.9"};
    private static final String[][] U = {{"2", "1", "1"}, {"0", "1", "-1"}};
    private static final String[] NU = {"2", "2", "-2"};

    @Test
    void theCertificateProvesTheHandDerivedMinimum() {
        PsdCertificate c = certify(W, U, NU);
        assertThat(c.failure).isNull();
        assertThat(c.radius.doubleValue()).isLessThan(1e-20);
        assertThat(c.margin.doubleValue()).isCloseTo(3, within(1e-9));
        // ||A(X)|| = ||X_01, X_02, X_12|| on X = s1 u1 u1^T + s2 (u1 u2^T + u2 u1^T) + s3 u2 u2^T
        assertThat(c.sigmaFace.doubleValue()).isGreaterThan(0);
        assertThat(c.dualLower.doubleValue()).isCloseTo(3.8, within(1e-15));
    }

    @Test
    void plantedErrorsAreRefused() {
        // the unobserved W_11 moved by 1e-6: feasible and PSD-near, but its trace is 1e-6 above the
        // dual bound, so the radius cannot be below that
        String[] w = W.clone();
        w[0] = "2.000001";
        PsdCertificate c = certify(w, U, NU);
        assertThat(c.radius == null || c.radius.doubleValue() > 1e-7).isTrue();
        // a dual moved by 1e-6: Y U = U fails by 1e-6
        PsdCertificate d = certify(W, U, new String[] {"2.000001", "2", "-2"});
        assertThat(d.radius == null || d.radius.doubleValue() > 1e-7).isTrue();
        // a range vector moved by 1e-6
        PsdCertificate e = certify(W, new String[][] {U[0], {"0", "1", "-0.999999"}}, NU);
        assertThat(e.radius == null || e.radius.doubleValue() > 1e-7).isTrue();
    }
}
