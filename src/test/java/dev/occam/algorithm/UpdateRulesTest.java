package dev.occam.algorithm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.occam.numeric.Norm;
import dev.occam.numeric.Norms;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.MirrorMap;
import dev.occam.problem.SeparablePotential;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Every update rule against an independent hand-written loop on a small least-squares problem L(w)
 * = sum_i (x_i.w - y_i)^2 (gradient 2 X^T (Xw - y)): in double to 1e-15 (bit for bit where the
 * operation order is the obvious one), and in double-double against a 50-digit BigDecimal loop.
 */
class UpdateRulesTest {
    private static final int STEPS = 8;
    private static final MathContext MC = new MathContext(50);
    private static final Tier DOUBLE = Tier.forDigits(16);
    private static final Tier DD = Tier.forDigits(32);

    /** Problem A: 2x4, with a y that double-double cannot hold exactly. */
    private static final String[][] XA = {{"2", "-1", "0", "3"}, {"1", "1", "-2", "0"}};

    private static final String[] YA = {"1", "1/3"};
    private static final String[] W0A = {"1", "0", "-1", "1/2"};

    /** Problem B (the deck's steepest-descent data). */
    private static final String[][] XB = {{"1", "1", "1"}, {"1", "2", "0"}};

    private static final String[] YB = {"1", "10"};
    private static final String[] W0B = {"0", "0", "0"};

    /** Problem C: positive start for the entropy potential. */
    private static final String[][] XC = {{"1", "2", "1", "1"}, {"2", "1", "3", "1"}};

    private static final String[] YC = {"2", "3"};
    private static final String[] W0C = {"1", "1/2", "1/4", "1"};

    // ---------------------------------------------------------------- exact data helpers

    private static BigFraction frac(String s) {
        String[] p = s.split("/");
        return p.length == 1
                ? new BigFraction(Long.parseLong(p[0]))
                : new BigFraction(Long.parseLong(p[0]), Long.parseLong(p[1]));
    }

    private static Value[] values(String[] v) {
        Value[] out = new Value[v.length];
        for (int i = 0; i < v.length; i++) out[i] = Value.of(frac(v[i]), v[i]);
        return out;
    }

    private static Value[][] values(String[][] m) {
        Value[][] out = new Value[m.length][];
        for (int i = 0; i < m.length; i++) out[i] = values(m[i]);
        return out;
    }

    private static double[] doubles(String[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = frac(v[i]).doubleValue();
        return out;
    }

    private static double[][] doubles(String[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) out[i] = doubles(m[i]);
        return out;
    }

    private static BigDecimal[] decimals(String[] v) {
        BigDecimal[] out = new BigDecimal[v.length];
        for (int i = 0; i < v.length; i++) {
            BigFraction f = frac(v[i]);
            out[i] =
                    new BigDecimal(f.getNumerator()).divide(new BigDecimal(f.getDenominator()), MC);
        }
        return out;
    }

    private static BigDecimal[][] decimals(String[][] m) {
        BigDecimal[][] out = new BigDecimal[m.length][];
        for (int i = 0; i < m.length; i++) out[i] = decimals(m[i]);
        return out;
    }

    /** The iterates w_1..w_STEPS of the implementation. */
    private static List<BigDecimal[]> run(
            Algorithm algorithm, String[][] x, String[] y, String[] w0, Tier tier) {
        LeastSquares problem = new LeastSquares(values(x), values(y));
        Stepper stepper = algorithm.start(problem.objective(tier), tier.of(values(w0)));
        List<BigDecimal[]> out = new ArrayList<>();
        for (int t = 0; t < STEPS; t++) {
            stepper.step(t);
            out.add(stepper.iterate().decimals());
        }
        return out;
    }

    // ---------------------------------------------------------------- double references

    private static double[] gradient(double[][] x, double[] y, double[] w) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = 0;
            for (int j = 0; j < w.length; j++) s += x[i][j] * w[j];
            r[i] = s - y[i];
        }
        double[] g = new double[w.length];
        for (int i = 0; i < x.length; i++)
            for (int j = 0; j < w.length; j++) g[j] += x[i][j] * r[i];
        for (int j = 0; j < w.length; j++) g[j] *= 2;
        return g;
    }

    /** One update of a reference rule in double: w (and any state it keeps) changes in place. */
    interface DoubleRule {
        void step(double[][] x, double[] y, double[] w, int t);
    }

    private static List<double[]> reference(
            DoubleRule rule, String[][] xs, String[] ys, String[] w0s) {
        double[][] x = doubles(xs);
        double[] y = doubles(ys);
        double[] w = doubles(w0s);
        List<double[]> out = new ArrayList<>();
        for (int t = 0; t < STEPS; t++) {
            rule.step(x, y, w, t);
            out.add(w.clone());
        }
        return out;
    }

    private static void assertDoubleClose(
            List<BigDecimal[]> actual, List<double[]> expected, double relTol) {
        for (int t = 0; t < STEPS; t++) {
            double scale = 1;
            for (double v : expected.get(t)) scale = Math.max(scale, Math.abs(v));
            for (int j = 0; j < expected.get(t).length; j++) {
                double a = actual.get(t)[j].doubleValue();
                assertThat(Math.abs(a - expected.get(t)[j]))
                        .as("w_%d[%d]: %s vs %s", t + 1, j, a, expected.get(t)[j])
                        .isLessThanOrEqualTo(relTol * scale);
            }
        }
    }

    private static void assertBitForBit(List<BigDecimal[]> actual, List<double[]> expected) {
        for (int t = 0; t < STEPS; t++) {
            for (int j = 0; j < expected.get(t).length; j++) {
                assertThat(actual.get(t)[j].doubleValue())
                        .as("w_%d[%d]", t + 1, j)
                        .isEqualTo(expected.get(t)[j]);
            }
        }
    }

    // ---------------------------------------------------------------- BigDecimal references

    private static BigDecimal[] gradient(BigDecimal[][] x, BigDecimal[] y, BigDecimal[] w) {
        BigDecimal[] r = new BigDecimal[x.length];
        for (int i = 0; i < x.length; i++) {
            BigDecimal s = BigDecimal.ZERO;
            for (int j = 0; j < w.length; j++) s = s.add(x[i][j].multiply(w[j], MC), MC);
            r[i] = s.subtract(y[i], MC);
        }
        BigDecimal[] g = new BigDecimal[w.length];
        for (int j = 0; j < w.length; j++) {
            BigDecimal s = BigDecimal.ZERO;
            for (int i = 0; i < x.length; i++) s = s.add(x[i][j].multiply(r[i], MC), MC);
            g[j] = s.multiply(BigDecimal.valueOf(2));
        }
        return g;
    }

    interface BigRule {
        void step(BigDecimal[][] x, BigDecimal[] y, BigDecimal[] w, int t);
    }

    private static List<BigDecimal[]> reference(
            BigRule rule, String[][] xs, String[] ys, String[] w0s) {
        BigDecimal[][] x = decimals(xs);
        BigDecimal[] y = decimals(ys);
        BigDecimal[] w = decimals(w0s);
        List<BigDecimal[]> out = new ArrayList<>();
        for (int t = 0; t < STEPS; t++) {
            rule.step(x, y, w, t);
            out.add(w.clone());
        }
        return out;
    }

    private static void assertBigClose(
            List<BigDecimal[]> actual, List<BigDecimal[]> expected, double relTol) {
        for (int t = 0; t < STEPS; t++) {
            BigDecimal scale = BigDecimal.ONE;
            for (BigDecimal v : expected.get(t)) scale = scale.max(v.abs());
            for (int j = 0; j < expected.get(t).length; j++) {
                BigDecimal err = actual.get(t)[j].subtract(expected.get(t)[j]).abs();
                assertThat(err.compareTo(scale.multiply(new BigDecimal(relTol))) <= 0)
                        .as(
                                "w_%d[%d]: %s vs %s (error %s)",
                                t + 1,
                                j,
                                actual.get(t)[j],
                                expected.get(t)[j],
                                err.round(new MathContext(3)))
                        .isTrue();
            }
        }
    }

    /** The exact double the step size is, as a decimal. */
    private static BigDecimal exact(double eta) {
        return new BigDecimal(eta);
    }

    // ---------------------------------------------------------------- gradient descent

    @Test
    void gradientDescent() {
        double eta = 0.01;
        Algorithm gd = new GradientDescent(StepSize.constant(eta, "0.01"));
        DoubleRule d =
                (x, y, w, t) -> {
                    double[] g = gradient(x, y, w);
                    for (int j = 0; j < w.length; j++) w[j] += -eta * g[j];
                };
        assertBitForBit(run(gd, XA, YA, W0A, DOUBLE), reference(d, XA, YA, W0A));
        BigRule b =
                (x, y, w, t) -> {
                    BigDecimal[] g = gradient(x, y, w);
                    for (int j = 0; j < w.length; j++)
                        w[j] = w[j].subtract(exact(eta).multiply(g[j], MC), MC);
                };
        assertBigClose(run(gd, XA, YA, W0A, DD), reference(b, XA, YA, W0A), 1e-30);
    }

    @Test
    void gradientDescentScheduleIsReadAtEveryIteration() {
        StepSize schedule =
                new StepSize() {
                    @Override
                    public double at(long t) {
                        return 0.02 / (t + 1);
                    }

                    @Override
                    public String describe() {
                        return "0.02/(t+1)";
                    }
                };
        DoubleRule d =
                (x, y, w, t) -> {
                    double[] g = gradient(x, y, w);
                    for (int j = 0; j < w.length; j++) w[j] += -(0.02 / (t + 1)) * g[j];
                };
        assertBitForBit(
                run(new GradientDescent(schedule), XA, YA, W0A, DOUBLE), reference(d, XA, YA, W0A));
    }

    // ---------------------------------------------------------------- momentum and Nesterov

    /** 0.7 = 1.4 - 0.7 exactly in double; 1 + 0.3 and 1 + 0.9 round. */
    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.7, 0.9})
    void heavyBall(double beta) {
        double eta = 0.01;
        Algorithm m = new Momentum(StepSize.constant(eta, "0.01"), beta);
        double[] v = new double[4];
        DoubleRule d =
                (x, y, w, t) -> {
                    double[] g = gradient(x, y, w);
                    for (int j = 0; j < w.length; j++) {
                        v[j] = beta * v[j] - eta * g[j];
                        w[j] += v[j];
                    }
                };
        assertBitForBit(run(m, XA, YA, W0A, DOUBLE), reference(d, XA, YA, W0A));
        BigDecimal[] bv = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        BigRule b =
                (x, y, w, t) -> {
                    BigDecimal[] g = gradient(x, y, w);
                    for (int j = 0; j < w.length; j++) {
                        bv[j] =
                                exact(beta)
                                        .multiply(bv[j], MC)
                                        .subtract(exact(eta).multiply(g[j], MC), MC);
                        w[j] = w[j].add(bv[j], MC);
                    }
                };
        assertBigClose(run(m, XA, YA, W0A, DD), reference(b, XA, YA, W0A), 1e-30);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.7, 0.9})
    void nesterov(double beta) {
        double eta = 0.01;
        Algorithm n = new Nesterov(StepSize.constant(eta, "0.01"), beta);
        double[][] prev = {doubles(W0A)};
        DoubleRule d =
                (x, y, w, t) -> {
                    double[] look = new double[w.length];
                    for (int j = 0; j < w.length; j++) look[j] = w[j] + beta * (w[j] - prev[0][j]);
                    double[] g = gradient(x, y, look);
                    prev[0] = w.clone();
                    for (int j = 0; j < w.length; j++) w[j] = look[j] - eta * g[j];
                };
        assertBitForBit(run(n, XA, YA, W0A, DOUBLE), reference(d, XA, YA, W0A));
        BigDecimal[][] bprev = {decimals(W0A)};
        BigRule b =
                (x, y, w, t) -> {
                    BigDecimal[] look = new BigDecimal[w.length];
                    for (int j = 0; j < w.length; j++)
                        look[j] =
                                w[j].add(exact(beta).multiply(w[j].subtract(bprev[0][j]), MC), MC);
                    BigDecimal[] g = gradient(x, y, look);
                    bprev[0] = w.clone();
                    for (int j = 0; j < w.length; j++)
                        w[j] = look[j].subtract(exact(eta).multiply(g[j], MC), MC);
                };
        assertBigClose(run(n, XA, YA, W0A, DD), reference(b, XA, YA, W0A), 1e-30);
    }

    // ---------------------------------------------------------------- mirror descent

    @Test
    void mirrorDescentWithEntropy() {
        double eta = 0.01;
        MirrorMap entropy = SeparablePotential.of("x*Log(x) - x", Duration.ofSeconds(10));
        Algorithm md = new MirrorDescent(StepSize.constant(eta, "0.01"), entropy);
        // grad psi = log w, its inverse exp: the exponentiated-gradient update w <- w exp(-eta g)
        double[][] theta = {null};
        DoubleRule d =
                (x, y, w, t) -> {
                    if (theta[0] == null) {
                        theta[0] = new double[w.length];
                        for (int j = 0; j < w.length; j++) theta[0][j] = Math.log(w[j]);
                    }
                    double[] g = gradient(x, y, w);
                    for (int j = 0; j < w.length; j++) {
                        theta[0][j] -= eta * g[j];
                        w[j] = Math.exp(theta[0][j]);
                    }
                };
        // exp amplifies the rounding of theta by |theta|, a few ulps of w
        assertDoubleClose(run(md, XC, YC, W0C, DOUBLE), reference(d, XC, YC, W0C), 1e-15);
        DfpField field = new DfpField(60);
        BigDecimal[][] btheta = {null};
        BigRule b =
                (x, y, w, t) -> {
                    if (btheta[0] == null) {
                        btheta[0] = new BigDecimal[w.length];
                        for (int j = 0; j < w.length; j++)
                            btheta[0][j] = big(field.newDfp(w[j].toString()).log());
                    }
                    BigDecimal[] g = gradient(x, y, w);
                    for (int j = 0; j < w.length; j++) {
                        btheta[0][j] = btheta[0][j].subtract(exact(eta).multiply(g[j], MC), MC);
                        w[j] = big(field.newDfp(btheta[0][j].toString()).exp());
                    }
                };
        assertBigClose(run(md, XC, YC, W0C, DD), reference(b, XC, YC, W0C), 1e-30);
    }

    private static BigDecimal big(Dfp x) {
        return new BigDecimal(x.toString().replace("e", "E")).round(MC);
    }

    // ---------------------------------------------------------------- steepest descent

    /** A steepest direction in double and in BigDecimal: out = argmin <g, v> + 1/2 ||v||^2. */
    private record Direction(
            Function<double[], double[]> inDouble, Function<BigDecimal[], BigDecimal[]> inBig) {}

    private static void checkSteepest(Norm norm, Direction dir, double doubleTol) {
        double eta = 0.01;
        Algorithm sd = new SteepestDescent(StepSize.constant(eta, "0.01"), norm);
        DoubleRule d =
                (x, y, w, t) -> {
                    double[] v = dir.inDouble().apply(gradient(x, y, w));
                    for (int j = 0; j < w.length; j++) w[j] += eta * v[j];
                };
        assertDoubleClose(run(sd, XB, YB, W0B, DOUBLE), reference(d, XB, YB, W0B), doubleTol);
        BigRule b =
                (x, y, w, t) -> {
                    BigDecimal[] v = dir.inBig().apply(gradient(x, y, w));
                    for (int j = 0; j < w.length; j++)
                        w[j] = w[j].add(exact(eta).multiply(v[j], MC), MC);
                };
        assertBigClose(run(sd, XB, YB, W0B, DD), reference(b, XB, YB, W0B), 1e-30);
    }

    @Test
    void steepestDescentL1IsGreedyCoordinateDescent() {
        checkSteepest(
                Norms.l1(),
                new Direction(
                        g -> {
                            int i = 0;
                            for (int j = 1; j < g.length; j++)
                                if (Math.abs(g[j]) > Math.abs(g[i])) i = j;
                            double[] v = new double[g.length];
                            v[i] = -g[i];
                            return v;
                        },
                        g -> {
                            int i = 0;
                            for (int j = 1; j < g.length; j++)
                                if (g[j].abs().compareTo(g[i].abs()) > 0) i = j;
                            BigDecimal[] v = new BigDecimal[g.length];
                            Arrays.fill(v, BigDecimal.ZERO);
                            v[i] = g[i].negate();
                            return v;
                        }),
                0);
    }

    @Test
    void steepestDescentLinfIsScaledSignDescent() {
        checkSteepest(
                Norms.linf(),
                new Direction(
                        g -> {
                            double l1 = 0;
                            for (double x : g) l1 += Math.abs(x);
                            double[] v = new double[g.length];
                            for (int j = 0; j < g.length; j++) v[j] = -l1 * Math.signum(g[j]);
                            return v;
                        },
                        g -> {
                            BigDecimal l1 = BigDecimal.ZERO;
                            for (BigDecimal x : g) l1 = l1.add(x.abs());
                            BigDecimal[] v = new BigDecimal[g.length];
                            for (int j = 0; j < g.length; j++)
                                v[j] = l1.multiply(BigDecimal.valueOf(-g[j].signum()));
                            return v;
                        }),
                1e-15);
    }

    @Test
    void steepestDescentL43() {
        // p = 4/3, q = 4: v = -||g||_4^(2-4) sign(g) |g|^3 = -g^3 / sqrt(sum g^4)
        checkSteepest(
                Norms.lp(Value.of(new BigFraction(4, 3), "4/3")),
                new Direction(
                        g -> {
                            double s = 0;
                            for (double x : g) s += x * x * x * x;
                            double[] v = new double[g.length];
                            for (int j = 0; j < g.length; j++)
                                v[j] = -g[j] * g[j] * g[j] / Math.sqrt(s);
                            return v;
                        },
                        g -> {
                            BigDecimal s = BigDecimal.ZERO;
                            for (BigDecimal x : g) s = s.add(x.pow(4));
                            BigDecimal root = s.sqrt(MC);
                            BigDecimal[] v = new BigDecimal[g.length];
                            for (int j = 0; j < g.length; j++)
                                v[j] = g[j].pow(3).negate().divide(root, MC);
                            return v;
                        }),
                1e-14);
    }

    @Test
    void steepestDescentQuadraticNormMovesAlongMinusDInverseG() {
        Value[][] dm = values(new String[][] {{"2", "0", "0"}, {"0", "3", "1"}, {"0", "1", "1"}});
        // D^-1 by hand: the 2x2 block [[3, 1], [1, 1]] has determinant 2
        String[][] inv = {{"1/2", "0", "0"}, {"0", "1/2", "-1/2"}, {"0", "-1/2", "3/2"}};
        double[][] invD = doubles(inv);
        BigDecimal[][] invB = decimals(inv);
        IntFunction<Norm> norm = digits -> Norms.quadratic(dm, Tier.forDigits(digits));
        double eta = 0.01;
        Direction dir =
                new Direction(
                        g -> {
                            double[] v = new double[g.length];
                            for (int i = 0; i < g.length; i++)
                                for (int j = 0; j < g.length; j++) v[i] -= invD[i][j] * g[j];
                            return v;
                        },
                        g -> {
                            BigDecimal[] v = new BigDecimal[g.length];
                            for (int i = 0; i < g.length; i++) {
                                v[i] = BigDecimal.ZERO;
                                for (int j = 0; j < g.length; j++)
                                    v[i] = v[i].subtract(invB[i][j].multiply(g[j], MC), MC);
                            }
                            return v;
                        });
        DoubleRule d =
                (x, y, w, t) -> {
                    double[] v = dir.inDouble().apply(gradient(x, y, w));
                    for (int j = 0; j < w.length; j++) w[j] += eta * v[j];
                };
        Algorithm sd16 = new SteepestDescent(StepSize.constant(eta, "0.01"), norm.apply(16));
        assertDoubleClose(run(sd16, XB, YB, W0B, DOUBLE), reference(d, XB, YB, W0B), 1e-15);
        BigRule b =
                (x, y, w, t) -> {
                    BigDecimal[] v = dir.inBig().apply(gradient(x, y, w));
                    for (int j = 0; j < w.length; j++)
                        w[j] = w[j].add(exact(eta).multiply(v[j], MC), MC);
                };
        Algorithm sd32 = new SteepestDescent(StepSize.constant(eta, "0.01"), norm.apply(32));
        assertBigClose(run(sd32, XB, YB, W0B, DD), reference(b, XB, YB, W0B), 1e-30);
    }

    // ---------------------------------------------------------------- AdaGrad

    @Test
    void adaGrad() {
        double eta = 0.1;
        Algorithm a = new AdaGrad(StepSize.constant(eta, "0.1"), 0);
        double[] sum = new double[3];
        DoubleRule d =
                (x, y, w, t) -> {
                    double[] g = gradient(x, y, w);
                    for (int j = 0; j < w.length; j++) {
                        sum[j] += g[j] * g[j];
                        w[j] -= eta * g[j] / Math.sqrt(sum[j]);
                    }
                };
        assertDoubleClose(run(a, XB, YB, W0B, DOUBLE), reference(d, XB, YB, W0B), 1e-15);
        BigDecimal[] bsum = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        BigRule b =
                (x, y, w, t) -> {
                    BigDecimal[] g = gradient(x, y, w);
                    for (int j = 0; j < w.length; j++) {
                        bsum[j] = bsum[j].add(g[j].multiply(g[j], MC), MC);
                        w[j] =
                                w[j].subtract(
                                        exact(eta).multiply(g[j], MC).divide(bsum[j].sqrt(MC), MC),
                                        MC);
                    }
                };
        assertBigClose(run(a, XB, YB, W0B, DD), reference(b, XB, YB, W0B), 1e-30);
    }

    @Test
    void adaGradEpsilonEntersTheDenominator() {
        double eta = 0.1, eps = 0.5;
        Algorithm a = new AdaGrad(StepSize.constant(eta, "0.1"), eps);
        double[] sum = new double[3];
        DoubleRule d =
                (x, y, w, t) -> {
                    double[] g = gradient(x, y, w);
                    for (int j = 0; j < w.length; j++) {
                        sum[j] += g[j] * g[j];
                        w[j] -= eta * g[j] / (Math.sqrt(sum[j]) + eps);
                    }
                };
        assertDoubleClose(run(a, XB, YB, W0B, DOUBLE), reference(d, XB, YB, W0B), 1e-15);
    }
}
