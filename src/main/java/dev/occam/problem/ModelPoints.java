package dev.occam.problem;

import dev.occam.numeric.Interval;
import dev.occam.numeric.Value;
import dev.occam.symbolic.CompiledFormula;

/**
 * A model's f, grad f and Hessian of f at one data point, in double and as interval enclosures at
 * an exact double w (the data enclosed exactly: a rational entry by its tightest double interval).
 * Allocates its argument arrays per call, so it may be shared between threads.
 */
final class ModelPoints {
    private final FormulaDerivatives f;
    private final int k;
    private final double[][] x;
    private final Interval[][] xi;

    ModelPoints(FormulaDerivatives f, Value[][] data) {
        this.f = f;
        this.k = f.parameters();
        int n = data.length;
        int d = data[0].length;
        this.x = new double[n][d];
        this.xi = new Interval[n][d];
        for (int p = 0; p < n; p++) {
            for (int j = 0; j < d; j++) {
                Value v = data[p][j];
                x[p][j] = v.doubleValue();
                xi[p][j] = Interval.enclosing(v);
            }
        }
    }

    int points() {
        return x.length;
    }

    double[] arguments(double[] w, int p) {
        double[] a = new double[k + x[p].length];
        System.arraycopy(w, 0, a, 0, k);
        System.arraycopy(x[p], 0, a, k, x[p].length);
        return a;
    }

    Interval[] enclosures(double[] w, int p) {
        Interval[] a = new Interval[k + x[p].length];
        for (int i = 0; i < k; i++) a[i] = Interval.point(w[i]);
        System.arraycopy(xi[p], 0, a, k, x[p].length);
        return a;
    }

    double value(double[] args) {
        return f.value().value(args);
    }

    void gradient(double[] args, double[] out) {
        for (int i = 0; i < k; i++) out[i] = f.gradient(i).value(args);
    }

    Interval value(Interval[] args) {
        return f.value().enclose(args);
    }

    Interval[] gradient(Interval[] args) {
        Interval[] g = new Interval[k];
        for (int i = 0; i < k; i++) g[i] = f.gradient(i).enclose(args);
        return g;
    }

    /**
     * out = the Hessian of f in w (compiled on the first call of {@link
     * FormulaDerivatives#hessian}).
     */
    void hessian(double[] args, double[][] out) {
        CompiledFormula[][] h = f.hessian();
        for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) out[i][j] = h[i][j].value(args);
    }

    Interval[][] hessian(Interval[] args) {
        CompiledFormula[][] h = f.hessian();
        Interval[][] out = new Interval[k][k];
        for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) out[i][j] = h[i][j].enclose(args);
        return out;
    }
}
