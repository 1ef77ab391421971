package dev.occam.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.Classification;
import dev.occam.problem.LeastSquares;
import dev.occam.problem.LogDomainObjective;
import dev.occam.problem.Objective;

import org.assertj.core.data.Offset;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

/**
 * Adam against a hand-written double loop of the textbook method, and its log-domain form against
 * the plain one: equal while the loss stays in double's range, finite (and still Adam) far beyond
 * it.
 */
class AdamTest {
    private static final Tier DOUBLE = Tier.forDigits(16);
    private static final Tier DD = Tier.forDigits(32);

    /** Signed points z_n = y_n x_n of counterexamples/adam-not-l2-max-margin.yaml. */
    private static final double[][] Z = {{1, 0.25}, {1, 2}, {2, 3}};

    // ---------------------------------------------------------------- problems

    private static Classification classification(double[][] z) {
        Value[][] x = new Value[z.length][];
        int[] labels = new int[z.length];
        for (int n = 0; n < z.length; n++) {
            x[n] = new Value[z[n].length];
            for (int j = 0; j < z[n].length; j++)
                x[n][j] = Value.of(new BigFraction(z[n][j]), Double.toString(z[n][j]));
            labels[n] = 1;
        }
        return new Classification(x, labels, null, Classification.Loss.EXPONENTIAL);
    }

    private static Vec zeros(Tier tier, int d) {
        return tier.zeros(d);
    }

    /** The same objective without its log-domain face, so Adam takes its plain path. */
    private static Objective plainView(Objective o) {
        return new Objective() {
            @Override
            public Tier tier() {
                return o.tier();
            }

            @Override
            public int dimension() {
                return o.dimension();
            }

            @Override
            public Scalar loss(Vec w) {
                return o.loss(w);
            }

            @Override
            public void gradient(Vec w, Vec out) {
                o.gradient(w, out);
            }
        };
    }

    private static Adam adam(double eta, double beta1, double beta2, double eps) {
        return new Adam(StepSize.constant(eta, Double.toString(eta)), beta1, beta2, eps);
    }

    // ---------------------------------------------------------------- the textbook loop

    /** Plain double Adam on L(w) = sum_n exp(-z_n.w), as Kingma and Ba write it. */
    private static final class PlainAdam {
        final double[][] z;
        final double eta, b1, b2, eps;
        final double[] w, m, v;

        PlainAdam(double[][] z, double eta, double b1, double b2, double eps) {
            this.z = z;
            this.eta = eta;
            this.b1 = b1;
            this.b2 = b2;
            this.eps = eps;
            int d = z[0].length;
            w = new double[d];
            m = new double[d];
            v = new double[d];
        }

        void step(int t) {
            double[] g = new double[w.length];
            for (double[] zn : z) {
                double margin = 0;
                for (int j = 0; j < w.length; j++) margin += zn[j] * w[j];
                double l = Math.exp(-margin);
                for (int j = 0; j < w.length; j++) g[j] -= zn[j] * l;
            }
            for (int j = 0; j < w.length; j++) {
                m[j] = b1 * m[j] + (1 - b1) * g[j];
                v[j] = b2 * v[j] + (1 - b2) * g[j] * g[j];
                double mHat = m[j] / (1 - Math.pow(b1, t + 1));
                double vHat = v[j] / (1 - Math.pow(b2, t + 1));
                w[j] -= eta * mHat / (Math.sqrt(vHat) + eps);
            }
        }
    }

    /**
     * An independent log-domain loop in the other scaling: moments relative to the current loss,
     * M_t = m_t / L_t and V_t = v_t / L_t^2, carried over with the ratio L_{t-1}/L_t (fine while
     * the loss never falls by e^350 in one step).
     */
    private static final class RatioAdam {
        final double[][] z;
        final double eta, b1, b2;
        final double[] w, m, v;
        double previousLogLoss = Double.NaN;

        RatioAdam(double[][] z, double eta, double b1, double b2) {
            this.z = z;
            this.eta = eta;
            this.b1 = b1;
            this.b2 = b2;
            int d = z[0].length;
            w = new double[d];
            m = new double[d];
            v = new double[d];
        }

        void step(int t) {
            double[] a = new double[z.length];
            double max = Double.NEGATIVE_INFINITY;
            for (int n = 0; n < z.length; n++) {
                for (int j = 0; j < w.length; j++) a[n] -= z[n][j] * w[j];
                max = Math.max(max, a[n]);
            }
            double sum = 0;
            for (double an : a) sum += Math.exp(an - max);
            double logLoss = max + Math.log(sum);
            double[] g = new double[w.length]; // grad L / L
            for (int n = 0; n < z.length; n++) {
                double q = Math.exp(a[n] - logLoss);
                for (int j = 0; j < w.length; j++) g[j] -= z[n][j] * q;
            }
            double ratio = t == 0 ? 1 : Math.exp(previousLogLoss - logLoss);
            previousLogLoss = logLoss;
            for (int j = 0; j < w.length; j++) {
                m[j] = b1 * ratio * m[j] + (1 - b1) * g[j];
                v[j] = b2 * ratio * ratio * v[j] + (1 - b2) * g[j] * g[j];
                w[j] -=
                        eta
                                * (m[j] / (1 - Math.pow(b1, t + 1)))
                                / Math.sqrt(v[j] / (1 - Math.pow(b2, t + 1)));
            }
        }
    }

    private static double relative(double[] expected, Vec actual) {
        double diff = 0, norm = 0;
        for (int j = 0; j < expected.length; j++) {
            diff += Math.pow(expected[j] - actual.get(j), 2);
            norm += expected[j] * expected[j];
        }
        return Math.sqrt(diff / norm);
    }

    private static double norm(double[] x) {
        double s = 0;
        for (double v : x) s += v * v;
        return Math.sqrt(s);
    }

    private static boolean finite(double[] x) {
        for (double v : x) if (!Double.isFinite(v)) return false;
        return true;
    }

    // ---------------------------------------------------------------- tests

    @ParameterizedTest(name = "epsilon {0}")
    @ValueSource(doubles = {0, 1e-8, 0.1})
    void logDomainAdamIsTextbookAdamWhileTheLossIsInRange(double eps) {
        Objective objective = classification(Z).objective(DOUBLE);
        assertThat(objective).isInstanceOf(LogDomainObjective.class);
        Stepper stepper = adam(0.05, 0.9, 0.999, eps).start(objective, zeros(DOUBLE, 2));
        PlainAdam plain = new PlainAdam(Z, 0.05, 0.9, 0.999, eps);
        for (int t = 0; t < 400; t++) {
            stepper.step(t);
            plain.step(t);
            assertThat(relative(plain.w, stepper.iterate())).as("step %d", t).isLessThan(1e-12);
        }
        assertThat(objective.logLoss(stepper.iterate()).doubleValue())
                .isLessThan(-2); // the loss did move
    }

    @Test
    void logDomainAndPlainPathsAgreeOverThousandsOfSteps() {
        Objective objective = classification(Z).objective(DOUBLE);
        Stepper logDomain = adam(0.01, 0.9, 0.999, 0).start(objective, zeros(DOUBLE, 2));
        Stepper plain =
                adam(0.01, 0.9, 0.999, 0)
                        .start(plainView(classification(Z).objective(DOUBLE)), zeros(DOUBLE, 2));
        for (int t = 0; t < 5000; t++) {
            logDomain.step(t);
            plain.step(t);
        }
        assertThat(
                        logDomain.iterate().distance(plain.iterate())
                                / Math.sqrt(plain.iterate().dot(plain.iterate()).doubleValue()))
                .isLessThan(1e-12);
    }

    @Test
    void plainPathIsTextbookAdamOnLeastSquares() {
        double[][] x = {{2, -1, 0, 3}, {1, 1, -2, 0}};
        double[] y = {1, 0.5};
        Value[][] xv = new Value[2][4];
        Value[] yv = new Value[2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 4; j++)
                xv[i][j] = Value.of(new BigFraction(x[i][j]), Double.toString(x[i][j]));
            yv[i] = Value.of(new BigFraction(y[i]), Double.toString(y[i]));
        }
        Stepper stepper =
                adam(0.01, 0.9, 0.999, 1e-8)
                        .start(new LeastSquares(xv, yv).objective(DOUBLE), zeros(DOUBLE, 4));
        double[] w = new double[4], m = new double[4], v = new double[4];
        for (int t = 0; t < 300; t++) {
            stepper.step(t);
            double[] r = new double[2];
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 4; j++) r[i] += x[i][j] * w[j];
                r[i] -= y[i];
            }
            for (int j = 0; j < 4; j++) {
                double g = 2 * (x[0][j] * r[0] + x[1][j] * r[1]);
                m[j] = 0.9 * m[j] + 0.1 * g;
                v[j] = 0.999 * v[j] + (1 - 0.999) * g * g;
                w[j] -=
                        0.01
                                * (m[j] / (1 - Math.pow(0.9, t + 1)))
                                / (Math.sqrt(v[j] / (1 - Math.pow(0.999, t + 1))) + 1e-8);
            }
            assertThat(relative(w, stepper.iterate())).as("step %d", t).isLessThan(1e-12);
        }
    }

    @Test
    void doubleDoubleTierAgreesWithDouble() {
        Stepper d =
                adam(0.05, 0.9, 0.999, 1e-3)
                        .start(classification(Z).objective(DOUBLE), zeros(DOUBLE, 2));
        Stepper dd =
                adam(0.05, 0.9, 0.999, 1e-3).start(classification(Z).objective(DD), zeros(DD, 2));
        for (int t = 0; t < 400; t++) {
            d.step(t);
            dd.step(t);
        }
        assertThat(relative(d.iterate().toDoubleArray(), dd.iterate())).isLessThan(1e-12);
        assertThat(dd.iterate().isFinite()).isTrue();
    }

    /**
     * beta2 = 0.9 lets the loss fall by up to about e^-0.05 per step: after 20000 steps it is near
     * e^-1000, far below double. The textbook loop in double breaks down once g^2 underflows (log L
     * below about -372): its second moment freezes in the subnormal range, so it stalls (or divides
     * 0 by 0). The log-domain form agrees with it before that and keeps going after, in agreement
     * with an independent log-domain loop that rescales by L_{t-1}/L_t every step.
     */
    @Test
    void logDomainAdamKeepsGoingWherePlainDoubleAdamBreaksDown() {
        double eta = 0.1, b1 = 0.9, b2 = 0.9;
        Objective objective = classification(Z).objective(DOUBLE);
        Stepper stepper = adam(eta, b1, b2, 0).start(objective, zeros(DOUBLE, 2));
        PlainAdam plain = new PlainAdam(Z, eta, b1, b2, 0);
        RatioAdam ratio = new RatioAdam(Z, eta, b1, b2);
        double[] plainAt15000 = null;
        int steps = 20000;
        for (int t = 0; t < steps; t++) {
            stepper.step(t);
            plain.step(t);
            ratio.step(t);
            if (t + 1 == 3000) {
                // log L is about -150 here: both are in range and agree
                assertThat(objective.logLoss(stepper.iterate()).doubleValue())
                        .isBetween(-300.0, -50.0);
                assertThat(relative(plain.w, stepper.iterate())).isLessThan(1e-10);
            }
            if (t + 1 == 15000) plainAt15000 = plain.w.clone();
        }
        Vec w = stepper.iterate();
        double logLoss = objective.logLoss(w).doubleValue();
        assertThat(w.isFinite()).isTrue();
        assertThat(logLoss)
                .as("log L after %d steps", steps)
                .isLessThan(-745); // exp(log L) == 0 in double
        // still Adam: the independent loop in the other scaling agrees
        assertThat(relative(ratio.w, w)).isLessThan(1e-10);
        double adamNorm = Math.sqrt(w.dot(w).doubleValue());
        // the textbook loop has either produced inf/NaN or stalled: its iterate stopped growing
        boolean broken = !finite(plain.w) || norm(plain.w) < 0.5 * adamNorm;
        assertThat(broken)
                .as(
                        "plain double Adam at %s vs log-domain norm %s",
                        Arrays.toString(plain.w), adamNorm)
                .isTrue();
        if (finite(plain.w)) {
            double moved = 0;
            for (int j = 0; j < 2; j++)
                moved = Math.max(moved, Math.abs(plain.w[j] - plainAt15000[j]));
            assertThat(moved)
                    .as("plain Adam's progress over its last 5000 steps")
                    .isLessThan(10 * eta);
            // while the log-domain run still moves by about eta per step and coordinate
            assertThat(adamNorm).isGreaterThan(0.5 * eta * steps);
        }
    }

    /**
     * One huge step drops the loss by e^-1250; the next step is still exact Adam, because no ratio
     * L_{t-1}/L_t (here e^1250, beyond double) is ever formed. With the fresh gradient negligible,
     * Adam's second step is eta sign(g_1) (b1/(1+b1)) / sqrt(b2/(1+b2)) per coordinate.
     */
    @Test
    void aHugeDropOfTheLossInOneStepStaysExact() {
        double eta = 1000, b1 = 0.9, b2 = 0.999;
        for (Tier tier : new Tier[] {DOUBLE, DD}) {
            Objective objective = classification(Z).objective(tier);
            Stepper stepper = adam(eta, b1, b2, 0).start(objective, zeros(tier, 2));
            stepper.step(0);
            // -eta sign(g_0), g_0 = -sum z_n
            assertThat(stepper.iterate().get(0)).isCloseTo(eta, Offset.offset(1e-13 * eta));
            assertThat(stepper.iterate().get(1)).isCloseTo(eta, Offset.offset(1e-13 * eta));
            assertThat(objective.logLoss(stepper.iterate()).doubleValue()).isLessThan(-1000);
            stepper.step(1);
            double second = eta * (b1 / (1 + b1)) / Math.sqrt(b2 / (1 + b2));
            assertThat(stepper.iterate().get(0))
                    .isCloseTo(eta + second, Offset.offset(1e-12 * eta));
            assertThat(stepper.iterate().get(1))
                    .isCloseTo(eta + second, Offset.offset(1e-12 * eta));
            for (int t = 2; t < 1000; t++) stepper.step(t);
            assertThat(stepper.iterate().isFinite()).as(tier.name()).isTrue();
        }
    }

    @Test
    void rejectsLossScaledStepsAndBadMoments() {
        assertThatThrownBy(
                        () ->
                                new Adam(
                                        new LossScaledStep(1, Double.POSITIVE_INFINITY, "1/L"),
                                        0.9,
                                        0.999,
                                        0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> adam(0.1, 1, 0.999, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> adam(0.1, 0.9, -0.1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> adam(0.1, 0.9, 0.999, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
