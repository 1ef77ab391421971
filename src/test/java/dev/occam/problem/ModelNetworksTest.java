package dev.occam.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Interval;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.function.BiFunction;

/**
 * The built-in networks and a formula model against an independent implementation in the test: f
 * written out by hand in Dfp (60 digits) in the documented parameter order, the loss summed by
 * hand, and its gradient by central differences at h = 1e-22 (error about h^2 = 1e-44 plus rounding
 * 1e-60 / h = 1e-38). occam's gradient must match to its tier's precision.
 */
class ModelNetworksTest {
    private static final DfpField FIELD = new DfpField(60);
    private static final String X = "[[0.5, -1.25], [-0.75, 0.375], [1.5, 0.25], [-0.25, -1]]";
    private static final double[][] XD = {{0.5, -1.25}, {-0.75, 0.375}, {1.5, 0.25}, {-0.25, -1}};
    private static final int[] Y = {1, -1, 1, -1};

    private static Dfp d(double v) {
        return FIELD.newDfp(v);
    }

    /** Two-layer: w = (b_1, ..., b_m, a_1, ..., a_m), f = sum_j a_j s(b_j . x). */
    private static Dfp twoLayer(
            Dfp[] w, double[] x, int m, java.util.function.UnaryOperator<Dfp> s) {
        int dim = x.length;
        Dfp f = FIELD.getZero();
        for (int j = 0; j < m; j++) {
            Dfp u = FIELD.getZero();
            for (int i = 0; i < dim; i++) u = u.add(w[j * dim + i].multiply(d(x[i])));
            f = f.add(w[m * dim + j].multiply(s.apply(u)));
        }
        return f;
    }

    /** Deep linear depth 3 width 2, d = 2: W1 (2x2), W2 (2x2), W3 (1x2), row by row. */
    private static Dfp deepLinear3(Dfp[] w, double[] x) {
        Dfp[] v = {d(x[0]), d(x[1])};
        int next = 0;
        for (int layer = 1; layer <= 3; layer++) {
            int rows = layer == 3 ? 1 : 2;
            Dfp[] out = new Dfp[rows];
            for (int r = 0; r < rows; r++) {
                out[r] = FIELD.getZero();
                for (Dfp u : v) out[r] = out[r].add(w[next++].multiply(u));
            }
            v = out;
        }
        return v[0];
    }

    private static Dfp loss(Model.Loss loss, BiFunction<Dfp[], double[], Dfp> f, Dfp[] w) {
        Dfp sum = FIELD.getZero();
        for (int n = 0; n < XD.length; n++) {
            Dfp fn = f.apply(w, XD[n]);
            Dfp m = fn.multiply(Y[n]);
            sum =
                    sum.add(
                            switch (loss) {
                                case EXPONENTIAL -> m.negate().exp();
                                case LOGISTIC -> FIELD.getOne().add(m.negate().exp()).log();
                                case SQUARED -> fn.subtract(Y[n]).multiply(fn.subtract(Y[n]));
                            });
        }
        return sum;
    }

    private static Dfp[] centralDifferences(
            Model.Loss loss, BiFunction<Dfp[], double[], Dfp> f, double[] w0) {
        Dfp h = FIELD.newDfp("1e-22");
        Dfp[] g = new Dfp[w0.length];
        for (int i = 0; i < w0.length; i++) {
            Dfp[] plus = new Dfp[w0.length];
            Dfp[] minus = new Dfp[w0.length];
            for (int j = 0; j < w0.length; j++) {
                plus[j] = d(w0[j]);
                minus[j] = d(w0[j]);
            }
            plus[i] = plus[i].add(h);
            minus[i] = minus[i].subtract(h);
            g[i] = loss(loss, f, plus).subtract(loss(loss, f, minus)).divide(h.multiply(2));
        }
        return g;
    }

    private static double[] start(int k) {
        double[] w = new double[k];
        for (int i = 0; i < k; i++) w[i] = 0.25 * ((i * 5) % 7 - 3) + 0.125; // no zero entry
        return w;
    }

    /** occam's gradient in double, double-double and Dfp(40) against the central differences. */
    private static void assertGradient(
            String problemYaml, Model.Loss loss, BiFunction<Dfp[], double[], Dfp> f) {
        Problem p = ModelSmokeTest.problem(problemYaml);
        double[] w0 = start(p.dimension());
        Dfp[] truth = centralDifferences(loss, f, w0);
        double scale = 0;
        for (Dfp t : truth) scale = Math.max(scale, Math.abs(t.toDouble()));
        for (int digits : new int[] {16, 32, 40}) {
            Tier tier = Tier.forDigits(digits);
            Objective o = p.objective(tier);
            Vec g = tier.zeros(w0.length);
            o.gradient(tier.of(w0), g);
            double tolerance = digits == 16 ? 1e-13 : digits == 32 ? 1e-28 : 1e-33;
            for (int i = 0; i < w0.length; i++) {
                BigDecimal error = g.decimal(i).subtract(new BigDecimal(truth[i].toString())).abs();
                assertThat(error.doubleValue())
                        .as("%s component %d in %s", problemYaml, i, tier.name())
                        .isLessThanOrEqualTo(tolerance * Math.max(1, scale));
            }
            assertThat(
                            o.loss(tier.of(w0))
                                    .decimal()
                                    .subtract(new BigDecimal(loss(loss, f, dfp(w0)).toString()))
                                    .abs()
                                    .doubleValue())
                    .isLessThanOrEqualTo(tolerance * 10);
        }
    }

    private static Dfp[] dfp(double[] w) {
        Dfp[] out = new Dfp[w.length];
        for (int i = 0; i < w.length; i++) out[i] = d(w[i]);
        return out;
    }

    private static String model(String source, String loss) {
        return "problem:\n  kind: model\n  "
                + source
                + "\n  X: "
                + X
                + "\n  y: [1, -1, 1, -1]\n  loss: "
                + loss
                + "\n";
    }

    @Test
    void twoLayerTanh() {
        assertGradient(
                model("network: {kind: two-layer, activation: tanh, width: 3}", "logistic"),
                Model.Loss.LOGISTIC,
                (w, x) -> twoLayer(w, x, 3, Dfp::tanh));
    }

    @Test
    void twoLayerRelu() {
        // the start has no b_j . x_n at 0, where ReLU's kink is
        assertGradient(
                model("network: {kind: two-layer, activation: relu, width: 3}", "exponential"),
                Model.Loss.EXPONENTIAL,
                (w, x) -> twoLayer(w, x, 3, u -> u.negativeOrNull() ? FIELD.getZero() : u));
    }

    @Test
    void twoLayerSquaredRelu() {
        assertGradient(
                model("network: {kind: two-layer, activation: squared-relu, width: 3}", "squared"),
                Model.Loss.SQUARED,
                (w, x) ->
                        twoLayer(
                                w,
                                x,
                                3,
                                u -> u.negativeOrNull() ? FIELD.getZero() : u.multiply(u)));
    }

    @Test
    void twoLayerPolynomial() {
        assertGradient(
                model(
                        "network: {kind: two-layer, activation: \"polynomial:3\", width: 2}",
                        "logistic"),
                Model.Loss.LOGISTIC,
                (w, x) -> twoLayer(w, x, 2, u -> u.multiply(u).multiply(u)));
    }

    @Test
    void deepLinear() {
        assertGradient(
                model("network: {kind: deep-linear, depth: 3, width: 2}", "exponential"),
                Model.Loss.EXPONENTIAL,
                ModelNetworksTest::deepLinear3);
    }

    @Test
    void formulaModel() {
        assertGradient(
                model("model: \"w3*Tanh(w1*x1 - w2*x2) + w4*x1*x2*w1\"", "squared"),
                Model.Loss.SQUARED,
                (w, x) ->
                        w[2].multiply(
                                        w[0].multiply(d(x[0]))
                                                .subtract(w[1].multiply(d(x[1])))
                                                .tanh())
                                .add(w[3].multiply(d(x[0] * x[1])).multiply(w[0])));
    }

    /**
     * The hand gradient of the formula model w3 (w1 x1 + w2 x2)^2 with the exponential loss at w =
     * (1, 1, 1) on x = (1, 2), y = 1 and x = (-1, 0), y = -1: f = 9 and 1, grad f = (6, 12, 9) and
     * (2, 0, 1), so grad L = -e^-9 (6, 12, 9) + e (2, 0, 1).
     */
    @Test
    void formulaModelHandGradient() {
        Problem p =
                ModelSmokeTest.problem(
                        "problem:\n  kind: model\n  model: \"w3*(w1*x1 + w2*x2)^2\"\n"
                                + "  X: [[1, 2], [-1, 0]]\n  y: [1, -1]\n");
        Dfp e9 = FIELD.newDfp(-9).exp();
        Dfp e = FIELD.getE();
        Dfp[] truth = {
            e9.multiply(-6).add(e.multiply(2)), e9.multiply(-12), e9.multiply(-9).add(e)
        };
        for (int digits : new int[] {16, 32}) {
            Tier tier = Tier.forDigits(digits);
            Vec g = tier.zeros(3);
            p.objective(tier).gradient(tier.of(new double[] {1, 1, 1}), g);
            for (int i = 0; i < 3; i++)
                assertThat(
                                g.decimal(i)
                                        .subtract(new BigDecimal(truth[i].toString()))
                                        .abs()
                                        .doubleValue())
                        .isLessThanOrEqualTo(digits == 16 ? 4e-15 : 1e-30);
        }
    }

    /**
     * The model Hessian of the same instance by hand: sum_n [e^(-q_n) grad f grad f^T - y_n
     * e^(-q_n) Hess f], Hess f = [[2 w3 x1^2, 2 w3 x1 x2, 2 u x1], [., 2 w3 x2^2, 2 u x2], [., .,
     * 0]] with u = w1 x1 + w2 x2, at the rational point w = (1/2, -3/4, 5/4); the enclosure must
     * contain it and be tight (relative width below 1e-12).
     */
    @Test
    void modelHessianEnclosureContainsTheHandHessian() {
        Problem p =
                ModelSmokeTest.problem(
                        "problem:\n  kind: model\n  model: \"w3*(w1*x1 + w2*x2)^2\"\n"
                                + "  X: [[1, 2], [-1, 0]]\n  y: [1, -1]\n");
        double[] w = {0.5, -0.75, 1.25};
        double[][] x = {{1, 2}, {-1, 0}};
        int[] y = {1, -1};
        Dfp[][] truth = new Dfp[3][3];
        for (Dfp[] row : truth) java.util.Arrays.fill(row, FIELD.getZero());
        for (int n = 0; n < 2; n++) {
            Dfp u = d(w[0] * x[n][0]).add(d(w[1] * x[n][1]));
            Dfp w3 = d(w[2]);
            Dfp f = w3.multiply(u).multiply(u);
            Dfp[] g = {
                w3.multiply(u).multiply(2 * x[n][0]),
                w3.multiply(u).multiply(2 * x[n][1]),
                u.multiply(u)
            };
            Dfp[][] h = {
                {
                    w3.multiply(2 * x[n][0] * x[n][0]),
                    w3.multiply(2 * x[n][0] * x[n][1]),
                    u.multiply(2 * x[n][0])
                },
                {
                    w3.multiply(2 * x[n][0] * x[n][1]),
                    w3.multiply(2 * x[n][1] * x[n][1]),
                    u.multiply(2 * x[n][1])
                },
                {u.multiply(2 * x[n][0]), u.multiply(2 * x[n][1]), FIELD.getZero()}
            };
            Dfp el = f.multiply(y[n]).negate().exp();
            for (int i = 0; i < 3; i++)
                for (int j = 0; j < 3; j++)
                    truth[i][j] =
                            truth[i][j]
                                    .add(el.multiply(g[i]).multiply(g[j]))
                                    .subtract(el.multiply(y[n]).multiply(h[i][j]));
        }
        Interval[][] enclosed = p.curvature().enclose(w);
        double[][] hd = new double[3][3];
        p.curvature().hessian(w, hd);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double t = truth[i][j].toDouble();
                assertThat(enclosed[i][j].contains(t)).as("H[%d][%d] = %s", i, j, t).isTrue();
                assertThat(enclosed[i][j].hi() - enclosed[i][j].lo())
                        .isLessThanOrEqualTo(1e-12 * Math.max(1, Math.abs(t)));
                assertThat(hd[i][j])
                        .isCloseTo(
                                t,
                                org.assertj.core.data.Offset.offset(
                                        1e-13 * Math.max(1, Math.abs(t))));
            }
        }
    }
}
