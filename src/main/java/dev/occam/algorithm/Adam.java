package dev.occam.algorithm;

import dev.occam.numeric.ElementFunction;
import dev.occam.numeric.Scalar;
import dev.occam.numeric.SqrtPlus;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;
import dev.occam.problem.LogDomainObjective;
import dev.occam.problem.Objective;

import java.util.Arrays;

/**
 * Adam (Kingma and Ba 2015) with bias correction, per coordinate: m_t = b1 m_{t-1} + (1 - b1) g_t,
 * v_t = b2 v_{t-1} + (1 - b2) g_t^2 (m_0 = v_0 = 0, g_t = grad L(w_{t-1})), w_t = w_{t-1} - eta_t
 * (m_t / (1 - b1^t)) / (sqrt(v_t / (1 - b2^t)) + epsilon), t = 1, 2, ... A 1e-300 guard is added to
 * the denominator (as in {@link AdaGrad}) so that a coordinate whose gradient has always been 0
 * moves by 0/guard = 0 instead of 0/0 = NaN.
 *
 * <p><b>Log domain.</b> On separable classification data Adam's loss goes to 0 exponentially, and
 * in double the gradients underflow: once g_t^2 drops below 1e-308 the second moment v_t freezes in
 * the subnormal range and plain double Adam stalls (or produces 0/0) while the true method keeps
 * going. When the objective is a {@link LogDomainObjective} the moments are therefore stored
 * scaled: M = m / s and V = v / s^2 for a scale s = exp(lambda) kept only as its logarithm, and the
 * gradient enters as g / s = exp(log L - lambda) * (grad L / L), from the normalized gradient and
 * log L that the objective computes without forming L. This is exactly Adam, not an approximation:
 * the recurrences are linear in (m, g) and in (v, g^2), so dividing all of them by s (resp. s^2)
 * commutes with them, and the step is (M / (1 - b1^t)) / (sqrt(V / (1 - b2^t)) + epsilon / s), the
 * same number as (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + epsilon) since s cancels. Only rounding
 * differs, and it is relative, as in the plain recurrences.
 *
 * <p>The scale moves only in two cases, so no ratio L_{t-1} / L_t is ever formed (it can overflow
 * after one large step): (1) when log L rises above lambda, the moments are multiplied by 2^-k
 * (resp. 2^-2k) with k = ceil((log L - lambda) / ln 2) and lambda grows by k ln 2, so the new
 * gradient enters with a weight exp(log L - lambda) <= 1 (a history that underflows there is below
 * 2^-1074 of the new term, i.e. negligible); (2) when the largest entry of V leaves [2^-256,
 * 2^256], both moments are rescaled by a power of two (exact in binary) so that it is about 1, and
 * lambda moves accordingly. Between such events the stored moments are the plain moments divided by
 * one fixed s. epsilon / s is computed as exp(log epsilon - lambda); when it overflows the step is
 * 0, as in plain Adam once the gradient is far below epsilon.
 *
 * <p>Other objectives (least squares) use the plain update. The double tier computes its few
 * per-iteration scalars in double (no allocation beyond the Vec operations); other tiers carry
 * them, the bias corrections and lambda in the tier's precision.
 */
public record Adam(StepSize step, double beta1, double beta2, double epsilon) implements Algorithm {
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    static final double GUARD = 1e-300;
    private static final double LN2 = Math.log(2);

    /** The largest entry of V is kept in [2^-RANGE, 2^RANGE]. */
    private static final int RANGE = 256;

    public Adam {
        if (!(beta1 >= 0 && beta1 < 1))
            throw new IllegalArgumentException("beta1 must lie in [0, 1), got " + beta1);
        if (!(beta2 >= 0 && beta2 < 1))
            throw new IllegalArgumentException("beta2 must lie in [0, 1), got " + beta2);
        if (!(epsilon >= 0) || Double.isInfinite(epsilon))
            throw new IllegalArgumentException("epsilon must be finite and >= 0, got " + epsilon);
        if (step.scalesWithLoss())
            throw new IllegalArgumentException(
                    "Adam takes a number or a schedule in t as its step, not a loss-scaled rule");
    }

    @Override
    public String kind() {
        return "adam";
    }

    @Override
    public Stepper start(Objective objective, Vec w0) {
        LogDomainObjective logDomain = objective instanceof LogDomainObjective l ? l : null;
        return w0.tier().digits() <= 16
                ? new DoubleStepper(objective, logDomain, w0)
                : new TierStepper(objective, logDomain, w0);
    }

    /** State shared by both tiers' steppers. */
    private abstract class Base implements Stepper {
        final Objective objective;
        final LogDomainObjective logDomain;
        final Tier tier;
        final Vec w;
        final Vec g;
        final Vec m;
        final Vec v;
        final Vec scratch;
        final Vec update;
        final Vec ones;
        boolean started;

        Base(Objective objective, LogDomainObjective logDomain, Vec w0) {
            this.objective = objective;
            this.logDomain = logDomain;
            this.tier = w0.tier();
            int d = w0.size();
            this.w = w0.copy();
            this.g = tier.zeros(d);
            this.m = tier.zeros(d);
            this.v = tier.zeros(d);
            this.scratch = tier.zeros(d);
            this.update = tier.zeros(d);
            this.ones = tier.of(filled(d));
        }

        @Override
        public Vec iterate() {
            return w;
        }

        /**
         * 2^k for the rescaling of the moments: the exponent of sqrt(max V), 0 when it lies within
         * range.
         */
        int renormalizationExponent() {
            double max = v.normInf().doubleValue();
            if (max == 0 || (max >= Math.scalb(1.0, -RANGE) && max <= Math.scalb(1.0, RANGE)))
                return 0;
            return Math.getExponent(max) / 2;
        }

        /**
         * m *= 2^-k, v *= 2^-2k (exact in binary tiers); beyond 2^-2200 both are 0 in double
         * anyway.
         */
        void shiftMoments(int k) {
            if (k > 1100) {
                m.setZero();
                v.setZero();
                return;
            }
            scalePow2(m, -k);
            scalePow2(v, -2 * k);
        }
    }

    private final class DoubleStepper extends Base {
        private final double logEpsilon = Math.log(epsilon);
        private double lambda;

        DoubleStepper(Objective objective, LogDomainObjective logDomain, Vec w0) {
            super(objective, logDomain, w0);
        }

        @Override
        public void step(long t) {
            double weight = 1;
            if (logDomain != null) {
                double logL = logDomain.normalizedGradient(w, g).doubleValue();
                if (!started) lambda = logL;
                double a = logL - lambda;
                if (a > 0) {
                    int k = (int) Math.min(2000, Math.ceil(a / LN2));
                    shiftMoments(k);
                    lambda += k * LN2;
                    a = logL - lambda;
                }
                weight = Math.exp(a);
            } else {
                objective.gradient(w, g);
            }
            started = true;
            m.combine(beta1, (1 - beta1) * weight, g);
            scratch.set(g);
            scratch.multiplyElements(g);
            v.combine(beta2, (1 - beta2) * weight * weight, scratch);
            if (logDomain != null) {
                int k = renormalizationExponent();
                if (k != 0) {
                    shiftMoments(k);
                    lambda += k * LN2;
                }
            }
            double c1 = 1 - Math.pow(beta1, t + 1);
            double c2 = 1 - Math.pow(beta2, t + 1);
            double add =
                    (epsilon == 0 ? 0 : logDomain == null ? epsilon : Math.exp(logEpsilon - lambda))
                            + GUARD;
            if (add == Double.POSITIVE_INFINITY) return; // epsilon / s overflows: the step is 0
            // update = m / (sqrt(v / c2) + epsilon / s + guard)
            scratch.set(v);
            scratch.scale(1 / c2);
            scratch.map(SQRT, scratch);
            scratch.axpy(add, ones);
            update.set(m);
            update.divideElements(scratch);
            w.axpy(-step.at(t) / c1, update);
        }
    }

    private final class TierStepper extends Base {
        private final Scalar one;
        private final Scalar ln2;
        private final Scalar logEpsilon;
        private final Scalar b1;
        private final Scalar b2;
        private final Scalar oneMinusB1;
        private final Scalar oneMinusB2;
        private Scalar power1;
        private Scalar power2;
        private Scalar lambda;

        TierStepper(Objective objective, LogDomainObjective logDomain, Vec w0) {
            super(objective, logDomain, w0);
            one = tier.scalar(1);
            ln2 = tier.scalar(2).log();
            logEpsilon = epsilon == 0 ? null : tier.scalar(epsilon).log();
            b1 = tier.scalar(beta1);
            b2 = tier.scalar(beta2);
            oneMinusB1 = one.subtract(b1);
            oneMinusB2 = one.subtract(b2);
            power1 = one;
            power2 = one;
            lambda = tier.scalar(0);
        }

        @Override
        public void step(long t) {
            Scalar weight = one;
            if (logDomain != null) {
                Scalar logL = logDomain.normalizedGradient(w, g);
                if (!started) lambda = logL;
                Scalar a = logL.subtract(lambda);
                if (a.signum() > 0) {
                    int k = (int) Math.min(2000, Math.ceil(a.doubleValue() / LN2));
                    if (k < 1) k = 1;
                    shiftMoments(k);
                    lambda = lambda.add(ln2.multiply(k));
                    a = logL.subtract(lambda);
                }
                weight = a.exp();
            } else {
                objective.gradient(w, g);
            }
            started = true;
            m.scale(b1);
            m.axpy(oneMinusB1.multiply(weight), g);
            scratch.set(g);
            scratch.multiplyElements(g);
            v.scale(b2);
            v.axpy(oneMinusB2.multiply(weight.multiply(weight)), scratch);
            if (logDomain != null) {
                int k = renormalizationExponent();
                if (k != 0) {
                    shiftMoments(k);
                    lambda = lambda.add(ln2.multiply(k));
                }
            }
            power1 = power1.multiply(b1);
            power2 = power2.multiply(b2);
            Scalar c1 = one.subtract(power1);
            Scalar c2 = one.subtract(power2);
            Scalar add = tier.scalar(GUARD);
            if (logEpsilon != null) {
                Scalar e =
                        logDomain == null
                                ? tier.scalar(epsilon)
                                : logEpsilon.subtract(lambda).exp();
                if (!Double.isFinite(e.doubleValue()))
                    return; // epsilon / s overflows: the step is 0
                add = add.add(e);
            }
            scratch.set(v);
            scratch.scale(one.divide(c2));
            scratch.map(SQRT, scratch);
            scratch.axpy(add, ones);
            update.set(m);
            update.divideElements(scratch);
            w.axpy(tier.scalar(step.at(t)).divide(c1).negate(), update);
        }
    }

    private static double[] filled(int d) {
        double[] x = new double[d];
        Arrays.fill(x, 1.0);
        return x;
    }

    /** x *= 2^e in steps that stay within double's exponent range. */
    private static void scalePow2(Vec x, int e) {
        while (e != 0) {
            int part = Math.max(-1000, Math.min(1000, e));
            x.scale(Math.scalb(1.0, part));
            e -= part;
        }
    }

    /**
     * sqrt on double-double pairs and quad-doubles without objects ({@link SqrtPlus}; v is never
     * -0.0).
     */
    private static final ElementFunction SQRT = new SqrtPlus(0);
}
