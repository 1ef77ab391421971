package dev.occam.algorithm;

import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;
import dev.occam.problem.Objective;

import java.util.Map;
import java.util.TreeMap;

/**
 * The factors W_1, ..., W_N (W_j k_j x k_{j-1}, rows as vectors of one tier; see {@link
 * FactorShape}) of a factorized run, with the prefix products and the end-to-end iterate they give;
 * what the GD and flow steppers of {@link FactorizedGradientDescent} share, and the {@link
 * FactorizedModel} claims read.
 */
final class Factors implements FactorizedModel {
    private final Objective objective;
    private final Tier tier;
    private final int depth;

    /** m and n of the end-to-end W = W_N ... W_1. */
    private final int rows;

    private final int cols;
    final Vec[][] factors;

    /** below[j] = W_j ... W_1: the gradients need them, and below[N] is the iterate. */
    private Vec[][] below;

    private final Vec w;
    private final Vec g;

    Factors(Objective objective, Vec[][] factors, Tier tier) {
        this.objective = objective;
        this.factors = factors;
        this.tier = tier;
        this.depth = factors.length;
        this.rows = factors[depth - 1].length;
        this.cols = factors[0][0].size();
        below = Matrices.prefixes(factors);
        w = Matrices.vec(below[depth], tier);
        g = tier.zeros(rows * cols);
    }

    static Factors of(Objective objective, FactorStart start, Tier tier) {
        Vec[][] f = new Vec[start.factors().length][];
        for (int j = 0; j < f.length; j++) {
            f[j] = new Vec[start.factors()[j].length];
            for (int i = 0; i < f[j].length; i++) f[j][i] = tier.of(start.factors()[j][i]);
        }
        return new Factors(objective, f, tier);
    }

    /** After the factors moved: the prefix products and the iterate, in place. */
    void refresh() {
        below = Matrices.prefixes(factors);
        // in place: the runner holds on to the iterate
        w.set(Matrices.vec(below[depth], tier));
    }

    /** The end-to-end iterate, a live view. */
    Vec iterate() {
        return w;
    }

    Tier tier() {
        return tier;
    }

    /** dL/dW_j for the current factors, whose product is the iterate already. */
    Vec[][] gradients() {
        objective.gradient(w, g);
        return FactorizedGradientDescent.factorGradients(
                factors, below, Matrices.rows(g, rows, cols));
    }

    /** The factor gradients at factors f with prefix products p, grad l at their product. */
    Vec[][] gradients(Vec[][] f, Vec[][] p) {
        objective.gradient(Matrices.vec(p[depth], tier), g);
        return FactorizedGradientDescent.factorGradients(f, p, Matrices.rows(g, rows, cols));
    }

    /** Each factor as "W1", "W2", ... (vec, row by row), for factor-level quantities. */
    Map<String, Vec> state() {
        Map<String, Vec> out = new TreeMap<>();
        for (int j = 0; j < depth; j++) out.put("W" + (j + 1), Matrices.vec(factors[j], tier));
        return out;
    }

    @Override
    public int depth() {
        return depth;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public int maxRank() {
        int r = Math.min(rows, cols);
        for (Vec[] factor : factors) r = Math.min(r, factor.length);
        return r;
    }

    @Override
    public Vec lossGradient() {
        Vec out = tier.zeros(rows * cols);
        objective.gradient(w, out);
        return out;
    }

    @Override
    public Vec endToEndVelocity() {
        return FactorizedGradientDescent.endToEnd(factors, below, gradients());
    }

    @Override
    public double balancedness() {
        double worst = 0;
        for (int j = 0; j + 1 < depth; j++) {
            Vec[] upper = Matrices.multiply(Matrices.transpose(factors[j + 1]), factors[j + 1]);
            Vec[] lower = Matrices.multiply(factors[j], Matrices.transpose(factors[j]));
            double s = 0;
            for (int i = 0; i < upper.length; i++) {
                double r = upper[i].distance(lower[i]);
                s += r * r;
            }
            worst = Math.max(worst, Math.sqrt(s));
        }
        return worst;
    }

    @Override
    public double factorScale() {
        double worst = 0;
        for (Vec[] factor : factors) {
            double s = 0;
            for (Vec row : factor) s += row.dot(row).doubleValue();
            worst = Math.max(worst, s);
        }
        return worst;
    }

    /** The factors as one double array, factor by factor, row by row (an ODE's state). */
    double[] pack() {
        double[] y = new double[dimension()];
        int k = 0;
        for (Vec[] f : factors)
            for (Vec row : f) for (int c = 0; c < row.size(); c++) y[k++] = row.get(c);
        return y;
    }

    /** The number of factor entries, sum_j k_j k_{j-1}. */
    int dimension() {
        int n = 0;
        for (Vec[] f : factors) n += f.length * f[0].size();
        return n;
    }

    /** A stepper over these factors: what GD, midpoint and flow steppers share. */
    abstract static class Stepping implements Stepper {
        final Factors f;

        Stepping(Factors f) {
            this.f = f;
        }

        @Override
        public Vec iterate() {
            return f.iterate();
        }

        @Override
        public Map<String, Vec> state() {
            return f.state();
        }

        @Override
        public FactorizedModel factorized() {
            return f;
        }
    }

    /** The factors from {@link #pack()}'s layout, then {@link #refresh()}. */
    void unpack(double[] y) {
        int k = 0;
        for (Vec[] f : factors)
            for (Vec row : f) for (int c = 0; c < row.size(); c++) row.set(c, tier.scalar(y[k++]));
        refresh();
    }
}
