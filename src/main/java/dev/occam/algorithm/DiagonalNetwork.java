package dev.occam.algorithm;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.LogDomainObjective;
import dev.occam.problem.Objective;

import java.util.Arrays;
import java.util.Map;

/**
 * Gradient descent on a diagonal linear network: beta = u^D - v^D (elementwise), both factors
 * started at alpha 1, so beta_0 = 0. Each factor moves by its own gradient, dL/du = D u^(D-1) o
 * grad l(beta) and dL/dv = -D v^(D-1) o grad l(beta) (the chain rule in closed form, never
 * differences); the iterate that claims and predictions see is beta. A loss-scaled step multiplies
 * the normalized gradient grad l / l by eta_t l (the log-domain objective's), so classification
 * runs go on far below double's range of the loss.
 *
 * @param step the step size
 * @param depth D >= 2 (D = 2: Woodworth et al.'s u o u - v o v)
 * @param alpha the scale of the start, exact: u_0 = v_0 = alpha 1
 */
public record DiagonalNetwork(StepSize step, int depth, Value alpha) implements Algorithm {

    public DiagonalNetwork {
        if (depth < 2) throw new IllegalArgumentException("depth must be at least 2");
    }

    @Override
    public String kind() {
        return "diagonal-network";
    }

    /** Starts from u = v = alpha 1 whatever w0 holds (its tier and size only): beta_0 = 0. */
    @Override
    public Stepper start(Objective objective, Vec w0) {
        Tier tier = w0.tier();
        int d = w0.size();
        Value[] start = new Value[d];
        Arrays.fill(start, alpha);
        Vec u = tier.of(start);
        Vec v = tier.of(start);
        return new Stepper() {
            private final Vec w = tier.zeros(d);
            private final Vec g = tier.zeros(d);
            private final Vec du = tier.zeros(d);
            private final Vec dv = tier.zeros(d);

            {
                endToEnd(u, v, depth, w, du);
            }

            @Override
            public void step(long t) {
                double eta;
                if (step.scalesWithLoss()) {
                    double logLoss =
                            ((LogDomainObjective) objective).normalizedGradient(w, g).doubleValue();
                    eta = step.timesLoss(t, logLoss);
                } else {
                    objective.gradient(w, g);
                    eta = step.at(t);
                }
                factorGradients(u, v, g, depth, du, dv);
                u.axpy(-eta, du);
                v.axpy(-eta, dv);
                // in place: the runner holds on to the iterate; du is free again as scratch
                endToEnd(u, v, depth, w, du);
            }

            @Override
            public Vec iterate() {
                return w;
            }

            /** The factors "u" and "v", live, for factor-level quantities. */
            @Override
            public Map<String, Vec> state() {
                return Map.of("u", u, "v", v);
            }
        };
    }

    /** out = u^D - v^D; scratch is overwritten. */
    static void endToEnd(Vec u, Vec v, int depth, Vec out, Vec scratch) {
        power(u, depth, out);
        power(v, depth, scratch);
        out.axpy(-1, scratch);
    }

    /**
     * du = D u^(D-1) o g and dv = -D v^(D-1) o g: the gradients of L(u^D - v^D) in u and v for g =
     * grad l at beta.
     */
    static void factorGradients(Vec u, Vec v, Vec g, int depth, Vec du, Vec dv) {
        power(u, depth - 1, du);
        du.multiplyElements(g);
        du.scale(depth);
        power(v, depth - 1, dv);
        dv.multiplyElements(g);
        dv.scale(-depth);
    }

    /** out = x^k elementwise, k >= 1, by repeated products (exact signs, no pow). */
    private static void power(Vec x, int k, Vec out) {
        out.set(x);
        for (int i = 1; i < k; i++) out.multiplyElements(x);
    }
}
