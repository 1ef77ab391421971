package dev.occam.claim;

import dev.occam.algorithm.Stepper;
import dev.occam.numeric.Vec;
import dev.occam.problem.Classification;
import dev.occam.problem.MarginModel;

/**
 * Lyu and Li's margins of an L-homogeneous classifier (q_n(c theta) = c^L q_n(theta)), in double
 * whatever the run's tier (they are O(1) ratios, and the watch compares them within a slack far
 * above double's rounding):
 *
 * <ul>
 *   <li>normalized-margin: min_n q_n(theta) / ||theta||^L;
 *   <li>smoothed-margin: gamma~ = g(log 1/L(theta)) / ||theta||^L with l = e^(-f), g = f^-1, L =
 *       sum_n l(q_n): log(1/L) for the exponential loss, -log(e^L - 1) for the logistic loss. It is
 *       defined (and Lyu and Li's monotonicity applies) from the first iterate with L < l(0), i.e.
 *       g(log 1/L) > 0; before that it is NaN (not seen), after it every value counts.
 * </ul>
 *
 * Gradient descent's own smoothed margin (Lyu and Li's gamma-hat for GD) is not encoded:
 * docs/homogeneous-models.md says why.
 */
final class HomogeneousMargins {
    /** Relative rounding of the double evaluation of q_n and of the sums over points. */
    private static final double EVAL = 1e-15;

    private HomogeneousMargins() {}

    /** Null unless the problem offers margins verified homogeneous. */
    static Quantities.Quantity of(String quantity, MarginModel m, double rounding) {
        if (m == null || m.homogeneity() <= 0) return null;
        return quantity.equals("normalized-margin")
                ? new Normalized(m, rounding)
                : new Smoothed(m, rounding);
    }

    /** The margins at w and max_n ||grad q_n(w)||, for values and slacks. */
    private abstract static class Base implements Quantities.Quantity {
        final MarginModel m;
        final int order;
        final double rounding;
        final double[] q;
        final double[][] grad;

        Base(MarginModel m, double rounding) {
            this.m = m;
            this.order = m.homogeneity();
            this.rounding = rounding + m.dimension() * EVAL;
            this.q = new double[m.points()];
            this.grad = new double[m.points()][m.dimension()];
        }

        double[] point(Vec w) {
            double[] x = w.toDoubleArray();
            for (double v : x) if (!Double.isFinite(v)) return null;
            return x;
        }

        static double norm(double[] x) {
            double s = 0;
            for (double v : x) s += v * v;
            return Math.sqrt(s);
        }

        double maxGradient(double[] x) {
            m.marginGradients(x, grad);
            double g = 0;
            for (double[] row : grad) g = Math.max(g, norm(row));
            return g;
        }

        /**
         * A perturbation dw = rounding ||w|| moves q_n by at most G dw and ||w||^L by a relative L
         * rounding; value = num / ||w||^L.
         */
        double slack(double[] x, double numerator, double numeratorLipschitz) {
            double rho = norm(x);
            double g = maxGradient(x);
            return (rounding * (g * rho * numeratorLipschitz + order * Math.abs(numerator))
                            + EVAL * (1 + Math.abs(numerator)))
                    / Math.pow(rho, order);
        }
    }

    private static final class Normalized extends Base {
        Normalized(MarginModel m, double rounding) {
            super(m, rounding);
        }

        double minMargin(double[] x) {
            m.margins(x, q);
            double min = Double.POSITIVE_INFINITY;
            for (double v : q) min = Math.min(min, v);
            return min;
        }

        @Override
        public double at(Vec w, double time, Stepper stepper) {
            double[] x = point(w);
            if (x == null) return Double.NaN;
            return minMargin(x) / Math.pow(norm(x), order);
        }

        @Override
        public double slack(Vec w, double time, double value) {
            double[] x = point(w);
            return x == null ? Double.POSITIVE_INFINITY : slack(x, minMargin(x), 1);
        }
    }

    private static final class Smoothed extends Base {
        private boolean defined;

        Smoothed(MarginModel m, double rounding) {
            super(m, rounding);
        }

        /** {g(log 1/L), L} at x. */
        double[] numerator(double[] x) {
            m.margins(x, q);
            double logL = logLoss(q, m.loss());
            if (m.loss() == Classification.Loss.EXPONENTIAL)
                return new double[] {-logL, Math.exp(logL)};
            double loss = Math.exp(logL);
            // -log(e^L - 1) = -log L - log((e^L - 1)/L); the second term is below 1e-300 once L
            // underflows
            return new double[] {logL < -700 ? -logL : -Math.log(Math.expm1(loss)), loss};
        }

        @Override
        public double at(Vec w, double time, Stepper stepper) {
            double[] x = point(w);
            if (x == null) return Double.NaN;
            double num = numerator(x)[0];
            if (num > 0) defined = true;
            return defined ? num / Math.pow(norm(x), order) : Double.NaN;
        }

        /**
         * g(log 1/L) moves by at most (1 + L) max_n |dq_n|: the exponential's log-sum-exp is
         * 1-Lipschitz in the sup norm, and the logistic's derivative sum is e^L sum |l'(q_n)| /
         * (e^L - 1) <= L e^L / (e^L - 1) <= 1 + L since |l'| <= l.
         */
        @Override
        public double slack(Vec w, double time, double value) {
            double[] x = point(w);
            if (x == null) return Double.POSITIVE_INFINITY;
            double[] n = numerator(x);
            return slack(x, n[0], 1 + n[1]);
        }
    }

    /** log sum_n l(q_n), in range for any margins. */
    static double logLoss(double[] q, Classification.Loss loss) {
        double max = Double.NEGATIVE_INFINITY;
        double[] terms = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            terms[i] = loss == Classification.Loss.EXPONENTIAL ? -q[i] : logLogistic(q[i]);
            max = Math.max(max, terms[i]);
        }
        double s = 0;
        for (double t : terms) s += Math.exp(t - max);
        return max + Math.log(s);
    }

    /** log log(1 + e^-q): -q - e^-q/2 to within e^-2q once e^-q is below 1e-13. */
    private static double logLogistic(double q) {
        if (q > 30) return -q - Math.exp(-q) / 2;
        return Math.log(Math.log1p(Math.exp(-q)));
    }
}
