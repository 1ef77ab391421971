package dev.occam.problem;

import dev.occam.numeric.Interval;
import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;

/**
 * The scalar network of Kreisler, Nacson, Soudry and Carmon (2023): L(w) = 1/2 (w_1 ... w_D - c)^2
 * with target c != 0. Its Hessian has the closed form H_ii = P_i^2, H_ij = P_i P_j + (P - c) P_ij
 * (P the product, P_i without w_i, P_ij without w_i and w_j), and gradient flow conserves every
 * w_i^2 - w_j^2, so the gradient-flow solution from w is the point of {P = c} with w_i^2 + tau for
 * one tau: its sharpness is sum_i c^2 / (w_i^2 + tau).
 */
public record ScalarNetwork(int depth, Value target) implements Problem {

    @Override
    public String kind() {
        return "scalar-network";
    }

    @Override
    public int dimension() {
        return depth;
    }

    /** The loss and its gradient as math for reports. */
    @Override
    public java.util.Map<String, java.util.function.Supplier<java.util.Map<String, String>>>
            renderings(java.time.Duration limit) {
        java.util.List<String> w = LossText.variables(depth);
        String residual = "(" + String.join("*", w) + " - (" + target.text() + "))";
        java.util.List<String> gradient = new java.util.ArrayList<>();
        for (int i = 0; i < depth; i++) {
            java.util.List<String> others = new java.util.ArrayList<>(w);
            others.remove(i);
            gradient.add(residual + "*" + String.join("*", others));
        }
        return LossText.explicit("1/2*" + residual + "^2", gradient, limit);
    }

    @Override
    public Objective objective(Tier tier) {
        Scalar c = tier.scalar(target);
        return new Objective() {
            @Override
            public Tier tier() {
                return tier;
            }

            @Override
            public int dimension() {
                return depth;
            }

            @Override
            public Scalar loss(Vec w) {
                Scalar r = product(w, -1).subtract(c);
                return r.multiply(r).multiply(0.5);
            }

            @Override
            public void gradient(Vec w, Vec out) {
                Scalar r = product(w, -1).subtract(c);
                for (int i = 0; i < depth; i++) out.set(i, r.multiply(product(w, i)));
            }
        };
    }

    /** prod_{k != skip} w_k in the tier (skip = -1: every factor). */
    private static Scalar product(Vec w, int skip) {
        Scalar p = w.tier().scalar(1);
        for (int k = 0; k < w.size(); k++) if (k != skip) p = p.multiply(w.element(k));
        return p;
    }

    @Override
    public Curvature curvature() {
        return new Curvature() {
            @Override
            public int dimension() {
                return depth;
            }

            @Override
            public void hessian(double[] w, double[][] out) {
                double r = product(w, -1, -1) - target.doubleValue();
                for (int i = 0; i < depth; i++) {
                    for (int j = 0; j < depth; j++) {
                        double pij = product(w, i, -1) * product(w, j, -1);
                        out[i][j] = i == j ? pij : pij + r * product(w, i, j);
                    }
                }
            }

            @Override
            public Interval[][] enclose(double[] w) {
                Interval r = enclosedProduct(w, -1, -1).subtract(targetInterval());
                Interval[][] out = new Interval[depth][depth];
                for (int i = 0; i < depth; i++) {
                    for (int j = 0; j < depth; j++) {
                        Interval pij =
                                enclosedProduct(w, i, -1).multiply(enclosedProduct(w, j, -1));
                        out[i][j] = i == j ? pij : pij.add(r.multiply(enclosedProduct(w, i, j)));
                    }
                }
                return out;
            }
        };
    }

    @Override
    public FlowSolution flowSolution() {
        return this::flowSharpness;
    }

    /**
     * Gradient flow moves P monotonically toward c (dP/dt = -(P - c) ||grad P||^2), so when P and c
     * have the same sign no w_i crosses 0 and the flow ends at the point of {P = c} with the
     * invariants of w: w_i^2 + tau, tau the root of prod (w_i^2 + tau) = c^2, increasing in tau on
     * (-min w_i^2, inf). The root is bracketed by bisection on interval evaluations, and the
     * sharpness there, sum_i c^2/(w_i^2 + tau), decreases in tau. Null when P c <= 0.
     */
    Interval flowSharpness(double[] w) {
        Interval c = targetInterval();
        Interval p = enclosedProduct(w, -1, -1);
        if (!(c.positive() && p.positive()) && !(c.negative() && p.negative())) return null;
        Interval c2 = c.multiply(c);
        Interval[] s = new Interval[depth];
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < depth; i++) {
            s[i] = Interval.point(w[i]).pow(2);
            smallest = Math.min(smallest, s[i].lo());
        }
        double lo = -smallest, hi = 1;
        while (excess(s, hi, c2).hi() <= 0) hi *= 2;
        for (int step = 0; step < 2000; step++) {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) break;
            Interval f = excess(s, mid, c2);
            if (f.lo() > 0) hi = mid;
            else if (f.hi() < 0) lo = mid;
            else break; // rounding cannot resolve the sign at mid: [lo, hi] is the bracket
        }
        return Interval.of(sharpnessAt(s, hi, c2).lo(), sharpnessAt(s, lo, c2).hi());
    }

    /** prod (s_i + tau) - c^2, enclosed. */
    private static Interval excess(Interval[] s, double tau, Interval c2) {
        Interval prod = Interval.point(1);
        for (Interval si : s) prod = prod.multiply(si.add(Interval.point(tau)));
        return prod.subtract(c2);
    }

    /** sum_i c^2 / (s_i + tau), enclosed; +infinity above when a term's denominator may be 0. */
    private static Interval sharpnessAt(Interval[] s, double tau, Interval c2) {
        Interval sum = Interval.point(0);
        for (Interval si : s) {
            Interval d = si.add(Interval.point(tau));
            if (!d.positive()) return Interval.of(0, Double.POSITIVE_INFINITY);
            sum = sum.add(c2.divide(d));
        }
        return sum;
    }

    private Interval targetInterval() {
        return Interval.enclosing(target);
    }

    private static double product(double[] w, int skip, int skip2) {
        double p = 1;
        for (int k = 0; k < w.length; k++) if (k != skip && k != skip2) p *= w[k];
        return p;
    }

    private static Interval enclosedProduct(double[] w, int skip, int skip2) {
        Interval p = Interval.point(1);
        for (int k = 0; k < w.length; k++)
            if (k != skip && k != skip2) p = p.multiply(Interval.point(w[k]));
        return p;
    }
}
