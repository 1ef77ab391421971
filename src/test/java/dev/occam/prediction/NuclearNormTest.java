package dev.occam.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.occam.numeric.RationalLinearAlgebra;
import dev.occam.numeric.Value;
import dev.occam.problem.DfpVectors;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.MatrixLeastSquares;

import org.hipparchus.dfp.DfpField;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;

/**
 * nuclear-norm-completion and nuclear-norm-sensing: against minimizers derived by hand, against an
 * independent numpy computation, on instances whose certificate cannot be strict, and with planted
 * wrong numbers that the exact certificate must refuse.
 */
class NuclearNormTest {
    /** A completion problem from [i, j, value] triples, values as exact text ("1.89", "3"). */
    static MatrixLeastSquares completion(int m, int n, String[][] observed) {
        Value[][] x = new Value[observed.length][];
        Value[] y = new Value[observed.length];
        for (int k = 0; k < observed.length; k++) {
            x[k] = new Value[m * n];
            Arrays.fill(x[k], Value.of(0));
            x[k][Integer.parseInt(observed[k][0]) * n + Integer.parseInt(observed[k][1])] =
                    Value.of(1);
            y[k] = exact(observed[k][2]);
        }
        return new MatrixLeastSquares("matrix-completion", m, n, new LeastSquares(x, y));
    }

    static MatrixLeastSquares completion(int m, int n, long[][] observed) {
        String[][] s = new String[observed.length][];
        for (int k = 0; k < observed.length; k++)
            s[k] = new String[] {"" + observed[k][0], "" + observed[k][1], "" + observed[k][2]};
        return completion(m, n, s);
    }

    static Value exact(String text) {
        return Value.of(Fractions.of(new BigDecimal(text)), text);
    }

    static Value[][] matrix(double[][] a) {
        Value[][] out = new Value[a.length][a[0].length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < a[0].length; j++)
                out[i][j] = exact(BigDecimal.valueOf(a[i][j]).toPlainString());
        return out;
    }

    static Prediction completionPrediction(MatrixLeastSquares p, Value[][] truth, int digits) {
        return new NuclearNorm("nuclear-norm-completion", "matrix-completion", truth)
                .predict(p, zeros(p), digits);
    }

    static Value[] zeros(MatrixLeastSquares p) {
        Value[] w0 = new Value[p.dimension()];
        Arrays.fill(w0, Value.of(0));
        return w0;
    }

    static double[] doubles(BigDecimal[] v) {
        return Arrays.stream(v).mapToDouble(BigDecimal::doubleValue).toArray();
    }

    static double quantity(Prediction p, String name) {
        return p.quantities().get(name)[0].doubleValue();
    }

    /**
     * [[1, 2, ?], [2, 4, 6]]: by hand, with ? = x, W W^T = [[5 + x^2, 10 + 6x], [10 + 6x, 56]] has
     * determinant 20 (x - 3)^2, so ||W||_*^2 = ||W||_F^2 + 2 sigma_1 sigma_2 = 61 + x^2 + 2
     * sqrt(20) |x - 3|, whose minimum is at the kink x = 3 (slopes 6 - 2 sqrt 20 < 0 < 6 + 2 sqrt
     * 20): the rank-one completion, ||W||_* = sqrt 70. The least-norm dual, also by hand: Y = U V^T
     * + u' g^T with g orthogonal to v = (1, 2, 3)/sqrt 14 and Y_02 = 0, least ||g||, gives
     * ||P_T-perp(Y)||_op = ||g|| = 3 sqrt(5)/10 = 0.6708203932499369. numpy (the same least-norm
     * certificate on the ADMM solution) gives sigma_min(A on T) = 0.5345224838248488 = sqrt(2/7).
     */
    @Test
    void theRankOneCompletionOfATwoByThreeIsCertifiedAsTheMinimizer() {
        MatrixLeastSquares p =
                completion(
                        2, 3, new long[][] {{0, 0, 1}, {0, 1, 2}, {1, 0, 2}, {1, 1, 4}, {1, 2, 6}});
        Prediction pr = completionPrediction(p, null, 16);
        assertThat(pr.available()).as(pr.unmet()).isTrue();
        double radius = quantity(pr, "radius");
        assertThat(radius).isLessThan(1e-20);
        double[] w = doubles(pr.value());
        double[] want = {1, 2, 3, 2, 4, 6};
        for (int k = 0; k < 6; k++) assertThat(w[k]).isCloseTo(want[k], within(1e-20));
        BigDecimal[] nuclear = pr.quantities().get("nuclear-norm-bounds");
        BigDecimal sqrt70 = new BigDecimal(70).sqrt(new java.math.MathContext(40));
        assertThat(nuclear[0]).isLessThanOrEqualTo(sqrt70);
        assertThat(nuclear[1]).isGreaterThanOrEqualTo(sqrt70);
        assertThat(nuclear[1].subtract(nuclear[0]).doubleValue()).isLessThan(1e-20);
        // the exact check proves ||P_T-perp Y|| below a constant just above 3 sqrt(5)/10
        assertThat(quantity(pr, "perp-norm"))
                .isGreaterThan(0.6708203932499369)
                .isLessThan(0.6708203932499369 + 1e-8);
        assertThat(quantity(pr, "injectivity"))
                .isLessThanOrEqualTo(Math.sqrt(2.0 / 7))
                .isGreaterThan(Math.sqrt(2.0 / 7) - 1e-6);
        assertThat(pr.certificate().get("primal feasibility ||A(W) - y||")).startsWith("0 (exact");
        assertThat(pr.preconditions())
                .anyMatch(s -> s.startsWith("strict dual certificate: exact"));
    }

    /**
     * [[1, 1], [1, ?]]: for ? = x >= 1 the matrix is PSD with ||W||_* = 1 + x, for x < 1 it is
     * indefinite with ||W||_* = sqrt((x - 1)^2 + 4) > 2; the unique minimizer is x = 1, ||W||_* =
     * 2, but its growth is quadratic on the left. By hand the only dual with P_T(Y) = U V^T and
     * Y_11 = 0 is Y = [[0, 1], [1, 0]], whose P_T-perp part has norm exactly 1: no strict
     * certificate, so the prediction is not certified, although the duality gap shows the point is
     * optimal.
     */
    @Test
    void aMarginOfExactlyOneIsNotCertified() {
        Prediction pr =
                completionPrediction(
                        completion(2, 2, new long[][] {{0, 0, 1}, {0, 1, 1}, {1, 0, 1}}), null, 16);
        assertThat(pr.available()).isFalse();
        assertThat(pr.unmet()).contains("not strict").contains("1.00000");
        assertThat(pr.quantities()).doesNotContainKey("radius");
        BigDecimal[] nuclear = pr.quantities().get("nuclear-norm-bounds");
        assertThat(nuclear[0].doubleValue()).isCloseTo(2, within(1e-20));
        assertThat(nuclear[1].doubleValue()).isCloseTo(2, within(1e-20));
    }

    /**
     * [[1, ?], [?, 1]]: ||W||_* >= |trace W| = 2, with equality at every [[1, a], [a, 1]], |a| <=
     * 1: the minimizer is not unique, so nothing may certify one.
     */
    @Test
    void aMinimizerThatIsNotUniqueIsNotCertified() {
        Prediction pr =
                completionPrediction(
                        completion(2, 2, new long[][] {{0, 0, 1}, {1, 1, 1}}), null, 16);
        assertThat(pr.available()).isFalse();
        assertThat(pr.unmet()).contains("injective");
        assertThat(pr.quantities().get("nuclear-norm-bounds")[1].doubleValue())
                .isCloseTo(2, within(1e-12));
    }

    /**
     * [[1, 2], [2, ?]]: symmetric, so ||W||_* is the sum of |eigenvalues|: 1 + x for x >= 4 and
     * sqrt((1 - x)^2 + 16) for x < 4, minimal (4) at x = 1, a full-rank minimizer. A full-rank T is
     * every matrix, and 3 observations cannot be injective on it: not certified, but the point ADMM
     * found is reported with its nuclear norm.
     */
    @Test
    void aFullRankMinimizerCannotBeCertifiedButIsReported() {
        Prediction pr =
                completionPrediction(
                        completion(2, 2, new long[][] {{0, 0, 1}, {0, 1, 2}, {1, 0, 2}}), null, 16);
        assertThat(pr.available()).isFalse();
        assertThat(pr.unmet()).contains("dim T").contains("exceeds the 3 measurements");
        assertThat(pr.value()[3].doubleValue()).isCloseTo(1, within(1e-8));
        assertThat(pr.quantities().get("nuclear-norm-bounds")[1].doubleValue())
                .isCloseTo(4, within(1e-8));
    }

    /**
     * A random rank-one 5 x 5 matrix u v^T with one-decimal factors, 14 entries observed, both
     * drawn with numpy's default_rng(14): u = (-2.1, 2, 0.9, -0.8, -2.5), v = (1.2, -0.9, 2.2, -1,
     * 0.9). Independent computation (python3, numpy 2.4): ADMM on min ||Z||_* s.t. W = Z, A(W) = y
     * (rho = 1, 18340 iterations to residuals 1e-15) reaches M to 8.4e-16, ||W||_* =
     * 11.974097043201212 (= |u| |v|); the least-norm certificate on its SVD gives ||P_T-perp(A*
     * nu)||_op = 0.8893089256013692 and sigma_min(A on T) = 0.31080885872928765.
     */
    @Test
    void aRandomRankOneCompletionAgreesWithAnIndependentNumpyRun() {
        String[][] observed = {
            {"0", "1", "1.89"},
            {"0", "2", "-4.62"},
            {"1", "2", "4.4"},
            {"1", "3", "-2"},
            {"2", "1", "-0.81"},
            {"2", "2", "1.98"},
            {"2", "3", "-0.9"},
            {"3", "0", "-0.96"},
            {"3", "2", "-1.76"},
            {"3", "4", "-0.72"},
            {"4", "0", "-3"},
            {"4", "1", "2.25"},
            {"4", "3", "2.5"},
            {"4", "4", "-2.25"}
        };
        double[] u = {-2.1, 2, 0.9, -0.8, -2.5}, v = {1.2, -0.9, 2.2, -1, 0.9};
        double[][] m = new double[5][5];
        for (int i = 0; i < 5; i++)
            for (int j = 0; j < 5; j++)
                m[i][j] = BigDecimal.valueOf(u[i]).multiply(BigDecimal.valueOf(v[j])).doubleValue();
        Prediction pr = completionPrediction(completion(5, 5, observed), matrix(m), 16);
        assertThat(pr.available()).as(pr.unmet()).isTrue();
        double[] w = doubles(pr.value());
        for (int k = 0; k < 25; k++) assertThat(w[k]).isCloseTo(m[k / 5][k % 5], within(1e-14));
        BigDecimal[] nuclear = pr.quantities().get("nuclear-norm-bounds");
        assertThat(nuclear[0].doubleValue()).isCloseTo(11.974097043201212, within(1e-13));
        assertThat(nuclear[1].doubleValue()).isCloseTo(11.974097043201212, within(1e-13));
        assertThat(quantity(pr, "perp-norm"))
                .isCloseTo(0.8893089256013692, within(1e-8))
                .isGreaterThan(0.8893089256013);
        assertThat(quantity(pr, "injectivity"))
                .isCloseTo(0.31080885872928765, within(1e-6))
                .isLessThan(0.3108088587292877);
        // the ground truth is the minimizer: the certified interval is within the radius of 0
        assertThat(quantity(pr, NuclearNorm.GROUND_TRUTH_UPPER)).isLessThan(1e-20);
    }

    /**
     * Matrix sensing: M = (1, 2, -1)^T (1, 0, 2), ||M||_* = sqrt 30, six integer measurements A_i
     * drawn with numpy's default_rng(2). numpy's ADMM reaches M to 1.8e-14 (||W||_* =
     * 5.477225575051656) and the least-norm certificate gives ||P_T-perp(A* nu)||_op =
     * 0.7911074298196241, sigma_min(A on T) = 0.8424918203735772, ||A||_op = 9.371803788306288.
     */
    @Test
    void aSensingInstanceAgreesWithAnIndependentNumpyRun() {
        long[][] a = {
            {2, -2, -3, -1, -1, 2, 0, -3, -1},
            {1, 2, 2, 3, -2, 3, -3, 0, -2},
            {-2, 1, -1, 0, -2, -2, 2, 0, 1},
            {1, 3, -1, -2, 1, 3, 3, 3, 1},
            {-1, -1, -3, -2, -1, -1, 1, 0, 1},
            {3, 3, 2, 3, -1, 3, 3, -2, 0}
        };
        long[] y = {4, 30, -16, 2, -18, 22};
        Value[][] x = new Value[6][9];
        Value[] yv = new Value[6];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 9; j++) x[i][j] = Value.of(a[i][j]);
            yv[i] = Value.of(y[i]);
        }
        MatrixLeastSquares p =
                new MatrixLeastSquares("matrix-sensing", 3, 3, new LeastSquares(x, yv));
        Value[][] truth = matrix(new double[][] {{1, 0, 2}, {2, 0, 4}, {-1, 0, -2}});
        Prediction pr =
                new NuclearNorm("nuclear-norm-sensing", "matrix-sensing", truth)
                        .predict(p, zeros(p), 16);
        assertThat(pr.available()).as(pr.unmet()).isTrue();
        assertThat(quantity(pr, "perp-norm")).isCloseTo(0.7911074298196241, within(1e-8));
        assertThat(quantity(pr, "injectivity")).isCloseTo(0.8424918203735772, within(1e-6));
        assertThat(pr.certificate().get("||A||_op"))
                .contains("9.37180379")
                .contains("positive definite");
        BigDecimal[] nuclear = pr.quantities().get("nuclear-norm-bounds");
        assertThat(nuclear[0].doubleValue()).isCloseTo(Math.sqrt(30), within(1e-14));
        assertThat(quantity(pr, NuclearNorm.GROUND_TRUTH_UPPER)).isLessThan(1e-20);
        // on a completion problem this kind is unavailable and says why
        Prediction wrong =
                new NuclearNorm("nuclear-norm-sensing", "matrix-sensing", null)
                        .predict(completion(2, 2, new long[][] {{0, 0, 1}}), new Value[4], 16);
        assertThat(wrong.unmet()).contains("needs problem.kind matrix-sensing");
    }

    /** The instance of counterexamples/candes-recht-row-unobserved: the last row has no entry. */
    static final long[][] ROW_UNOBSERVED = {
        {0, 1, 0},
        {0, 2, 2},
        {0, 5, -1},
        {1, 0, 3},
        {1, 1, 1},
        {1, 3, 1},
        {1, 4, 4},
        {1, 5, -1},
        {2, 0, 1},
        {2, 3, -1},
        {2, 5, 1},
        {3, 0, 0},
        {3, 1, -1},
        {3, 2, 2},
        {3, 3, 2},
        {3, 4, -1},
        {3, 5, -2},
        {4, 0, 4},
        {4, 1, 1},
        {4, 2, 6},
        {4, 3, 2},
        {4, 4, 5}
    };

    static final double[][] RANK_TWO = {
        {1, 0, 2, 1, 1, -1}, {3, 1, 4, 1, 4, -1}, {1, 1, 0, -1, 2, 1},
        {0, -1, 2, 2, -1, -2}, {4, 1, 6, 2, 5, -2}, {3, 2, 2, -1, 5, 1}
    };

    /**
     * With a row unobserved the minimizer sets it to 0 (numpy's ADMM: ||W||_* = 16.28801929789824
     * against ||M||_* = 18.874928621994687), and A is not injective on that minimizer's tangent
     * space, which contains e_5 v^T: not certified, yet M is refuted by the feasible point's
     * nuclear norm.
     */
    @Test
    void aRowUnobservedIsNotCertifiedButRefutesTheGroundTruth() {
        Prediction pr =
                completionPrediction(completion(6, 6, ROW_UNOBSERVED), matrix(RANK_TWO), 16);
        assertThat(pr.available()).isFalse();
        assertThat(pr.unmet()).contains("not injective");
        double[] w = doubles(pr.value());
        for (int j = 0; j < 6; j++) assertThat(w[30 + j]).isCloseTo(0, within(1e-9));
        assertThat(pr.quantities().get("nuclear-norm-bounds")[1].doubleValue())
                .isCloseTo(16.28801929789824, within(1e-9));
        double lower = quantity(pr, NuclearNorm.GROUND_TRUTH_LOWER);
        assertThat(lower)
                .isCloseTo((18.874928621994687 - 16.28801929789824) / Math.sqrt(6), within(1e-5))
                .isGreaterThan(1);
        assertThat(pr.quantities()).doesNotContainKey(NuclearNorm.GROUND_TRUTH_UPPER);
    }

    /** The stages up to the certificate, for the planted tests: the instance of the 2 x 3 test. */
    private static final class Stages {
        final MatrixLeastSquares problem =
                completion(
                        2, 3, new long[][] {{0, 0, 1}, {0, 1, 2}, {1, 0, 2}, {1, 1, 4}, {1, 2, 6}});
        final BigFraction[][] a = RationalLinearAlgebra.fractions(problem.squaredResiduals().x());
        final BigFraction[] y = RationalLinearAlgebra.fractions(problem.squaredResiduals().y());
        final NuclearNorm.Instance instance =
                new NuclearNorm.Instance(
                        a,
                        y,
                        2,
                        3,
                        Fractions.of(
                                new Value[] {
                                    Value.of(1),
                                    Value.of(2),
                                    Value.of(3),
                                    Value.of(2),
                                    Value.of(4),
                                    Value.of(6)
                                }),
                        16);
        final NuclearCertificate.Input input;

        Stages() {
            double[][] ad = new double[a.length][];
            for (int i = 0; i < a.length; i++) ad[i] = Fractions.toDouble(a[i]);
            NuclearAdmm.Result admm = NuclearAdmm.solve(ad, Fractions.toDouble(y), 2, 3);
            int digits = instance.polishDigits();
            DfpField field = new DfpField(digits);
            NuclearPolish.Result polish =
                    NuclearPolish.polish(
                            DfpVectors.of(field, problem.squaredResiduals().x()),
                            DfpVectors.of(field, problem.squaredResiduals().y()),
                            2,
                            3,
                            admm.rank(),
                            admm.w(),
                            digits);
            input = NuclearNorm.input(admm, polish, admm.rank(), 2, 3, digits);
        }

        Prediction judge(NuclearCertificate.Input in) {
            return new NuclearNorm("nuclear-norm-completion", "matrix-completion", null)
                    .judge(
                            instance,
                            1,
                            in,
                            null,
                            new LinkedHashMap<>(),
                            new ArrayList<>(),
                            new LinkedHashMap<>());
        }
    }

    private static BigDecimal[] plus(BigDecimal[] v, int k, String delta) {
        BigDecimal[] out = v.clone();
        out[k] = out[k].add(new BigDecimal(delta));
        return out;
    }

    /**
     * Planted wrong primal: W* moved by 1e-6 in its unobserved entry (an observed one would be
     * projected back exactly). The exact checks still hold, but the radius they prove is about
     * 1e-6: far above 1e-16, so the prediction is refused; and what is proved stays true (the true
     * minimizer M is within the radius of the wrong point).
     */
    @Test
    void aPrimalMovedBy1eMinus6IsRefused() {
        Stages s = new Stages();
        assertThat(s.judge(s.input).available()).isTrue();
        NuclearCertificate.Input in = s.input;
        Prediction pr =
                s.judge(
                        new NuclearCertificate.Input(
                                in.r(),
                                plus(in.w(), 2, "1e-6"),
                                in.u(),
                                in.v(),
                                in.sigma(),
                                in.nu()));
        assertThat(pr.available()).isFalse();
        assertThat(pr.unmet()).contains("radius").contains("exceeds 1e-16");
        double radius = quantity(pr, "radius-not-accepted");
        assertThat(radius).isGreaterThan(1e-7);
        assertThat(radius).isGreaterThanOrEqualTo(1e-6); // sound: ||W - M|| = 1e-6 <= radius
    }

    /** Planted wrong dual: nu moved by 1e-6 in one coordinate breaks P_T(A* nu) = U V^T. */
    @Test
    void aDualMovedBy1eMinus6IsRefused() {
        Stages s = new Stages();
        NuclearCertificate.Input in = s.input;
        Prediction pr =
                s.judge(
                        new NuclearCertificate.Input(
                                in.r(),
                                in.w(),
                                in.u(),
                                in.v(),
                                in.sigma(),
                                plus(in.nu(), 0, "1e-6")));
        assertThat(pr.available()).isFalse();
        assertThat(pr.unmet()).contains("radius");
        assertThat(quantity(pr, "radius-not-accepted")).isGreaterThan(1e-7);
    }

    /** Planted wrong tangent space: a singular vector turned by 1e-6. */
    @Test
    void aSingularVectorTurnedBy1eMinus6IsRefused() {
        Stages s = new Stages();
        NuclearCertificate.Input in = s.input;
        BigDecimal[][] u = in.u().clone();
        u[0] = plus(u[0], 1, "1e-6");
        Prediction pr =
                s.judge(
                        new NuclearCertificate.Input(
                                in.r(), in.w(), u, in.v(), in.sigma(), in.nu()));
        assertThat(pr.available()).isFalse();
        assertThat(pr.unmet()).contains("radius");
    }

    /**
     * Planted wrong ground truth: M with its one unobserved entry moved by 1e-6 (still consistent
     * with the observations). The certified interval excludes it.
     */
    @Test
    void aGroundTruthMovedBy1eMinus6IsExcludedByTheInterval() {
        MatrixLeastSquares p =
                completion(
                        2, 3, new long[][] {{0, 0, 1}, {0, 1, 2}, {1, 0, 2}, {1, 1, 4}, {1, 2, 6}});
        Value[][] wrong = {
            {Value.of(1), Value.of(2), exact("3.000001")}, {Value.of(2), Value.of(4), Value.of(6)}
        };
        Prediction pr = completionPrediction(p, wrong, 16);
        assertThat(pr.available()).isTrue();
        assertThat(quantity(pr, NuclearNorm.GROUND_TRUTH_LOWER))
                .isLessThanOrEqualTo(1e-6)
                .isGreaterThan(0.99999e-6);
        assertThat(quantity(pr, NuclearNorm.GROUND_TRUTH_UPPER))
                .isGreaterThanOrEqualTo(1e-6)
                .isLessThan(1.00001e-6);
    }

    /**
     * Every entry observed: the only feasible point is M, full rank here, so T is every matrix and
     * T-perp is {0}; the certificate holds with nothing to bound.
     */
    @Test
    void aFullyObservedMatrixIsCertifiedEvenAtFullRank() {
        Prediction pr =
                completionPrediction(
                        completion(2, 2, new long[][] {{0, 0, 3}, {0, 1, 1}, {1, 0, 0}, {1, 1, 2}}),
                        null,
                        16);
        assertThat(pr.available()).as(pr.unmet()).isTrue();
        assertThat(doubles(pr.value())).containsExactly(3, 1, 0, 2);
        assertThat(quantity(pr, "perp-norm")).isZero();
        assertThat(quantity(pr, "radius")).isLessThan(1e-20);
    }

    /** y = 0: W = 0 is the only minimizer, without any solver. */
    @Test
    void zeroMeasurementsGiveZero() {
        Prediction pr =
                completionPrediction(
                        completion(2, 2, new long[][] {{0, 0, 0}, {1, 1, 0}}), null, 16);
        assertThat(pr.available()).isTrue();
        assertThat(doubles(pr.value())).containsOnly(0.0);
        assertThat(quantity(pr, "radius")).isZero();
    }

    /** At 32 digits the same certificate proves a radius below 1e-32. */
    @Test
    void moreDigitsGiveASmallerRadius() {
        Prediction pr =
                completionPrediction(
                        completion(
                                2,
                                3,
                                new long[][] {
                                    {0, 0, 1}, {0, 1, 2}, {1, 0, 2}, {1, 1, 4}, {1, 2, 6}
                                }),
                        null,
                        32);
        assertThat(pr.available()).isTrue();
        assertThat(quantity(pr, "radius")).isLessThan(1e-36);
    }

    @Test
    void irrationalDataAreRefused() {
        Value[][] x = {{Value.of(1), Value.of(0), Value.of(0), Value.of(0)}};
        Value sqrt2 = Value.irrational(new BigDecimal("1.4142135623730950488"), "Sqrt(2)");
        MatrixLeastSquares p =
                new MatrixLeastSquares(
                        "matrix-completion", 2, 2, new LeastSquares(x, new Value[] {sqrt2}));
        assertThat(completionPrediction(p, null, 16).unmet()).contains("rational");
    }
}
