package dev.occam.problem;

import dev.occam.numeric.Interval;
import dev.occam.numeric.IntervalMath;

/**
 * The Hessian of a {@link Model}'s loss, sum_n [l''(m_n) grad f grad f^T + y_n l'(m_n) Hess f] at
 * m_n = y_n f(w; x_n) for a classification loss (y_n^2 = 1), and sum_n [2 grad f grad f^T + 2 (f -
 * y_n) Hess f] for the squared loss. The enclosure evaluates the same sum in interval arithmetic,
 * l' and l'' included, from the compiled enclosures of f and its derivatives.
 */
final class ModelCurvature implements Curvature {
    private final Model model;
    private final ModelPoints points;

    ModelCurvature(Model model) {
        this.model = model;
        this.points = new ModelPoints(model.f(), model.x());
        model.f().hessian(); // compiled now, while the plan is built
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public void hessian(double[] w, double[][] out) {
        int k = dimension();
        for (double[] row : out) java.util.Arrays.fill(row, 0);
        double[] g = new double[k];
        double[][] h = new double[k][k];
        for (int p = 0; p < points.points(); p++) {
            double[] args = points.arguments(w, p);
            double f = points.value(args);
            points.gradient(args, g);
            points.hessian(args, h);
            double outer; // coefficient of grad f grad f^T
            double second; // coefficient of Hess f
            double y = model.y()[p].doubleValue();
            switch (model.loss()) {
                case SQUARED -> {
                    outer = 2;
                    second = 2 * (f - y);
                }
                case EXPONENTIAL -> {
                    double e = Math.exp(-y * f);
                    outer = e;
                    second = -y * e;
                }
                default -> {
                    double m = y * f;
                    double s = 1 / (1 + Math.exp(m)); // -l'(m) = sigmoid(-m)
                    outer = s * (1 / (1 + Math.exp(-m)));
                    second = -y * s;
                }
            }
            for (int i = 0; i < k; i++)
                for (int j = 0; j < k; j++) out[i][j] += outer * g[i] * g[j] + second * h[i][j];
        }
    }

    @Override
    public Interval[][] enclose(double[] w) {
        int k = dimension();
        Interval[][] out = new Interval[k][k];
        for (Interval[] row : out) java.util.Arrays.fill(row, Interval.point(0));
        for (int p = 0; p < points.points(); p++) {
            Interval[] args = points.enclosures(w, p);
            Interval f = points.value(args);
            Interval[] g = points.gradient(args);
            Interval[][] h = points.hessian(args);
            Interval y = yExact(p); // the exact label: 0.1 is not a double
            Interval outer;
            Interval second;
            switch (model.loss()) {
                case SQUARED -> {
                    outer = Interval.point(2);
                    second = f.subtract(y).multiply(Interval.point(2));
                }
                case EXPONENTIAL -> {
                    Interval e = IntervalMath.exp(y.multiply(f).negate());
                    outer = e;
                    second = y.multiply(e).negate();
                }
                default -> {
                    Interval m = y.multiply(f);
                    Interval one = Interval.point(1);
                    Interval s = one.add(IntervalMath.exp(m)).reciprocal();
                    outer = s.multiply(one.add(IntervalMath.exp(m.negate())).reciprocal());
                    second = y.multiply(s).negate();
                }
            }
            for (int i = 0; i < k; i++)
                for (int j = 0; j < k; j++)
                    out[i][j] =
                            out[i][j].add(
                                    outer.multiply(g[i].multiply(g[j]))
                                            .add(second.multiply(h[i][j])));
        }
        return out;
    }

    /** The target y_p enclosed exactly (a label is exactly -1 or 1 and a double). */
    private Interval yExact(int p) {
        return Interval.enclosing(model.y()[p]);
    }
}
