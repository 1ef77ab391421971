package dev.occam.testkit;

import dev.occam.algorithm.Optimizer;

import java.util.Map;

/**
 * Plug-ins for the tests: a reference gradient descent and planted bugs. Public, for loading by
 * name.
 */
public final class Plugins {
    private Plugins() {}

    /** w_{t+1} = w_t - eta grad L(w_t): the reference solution. */
    public static class ReferenceGradientDescent implements Optimizer {
        protected double eta = Double.NaN;

        @Override
        public void configure(Map<String, Double> parameters) {
            eta = parameters.getOrDefault("step", 0.01);
        }

        @Override
        public double[] step(long t, double[] w, double[] gradient, Oracle loss) {
            for (int i = 0; i < w.length; i++) w[i] -= eta * gradient[i];
            return w;
        }
    }

    /**
     * Gradient descent with one excursion: iterate 13 is pushed away and iterate 14 is where plain
     * GD would have put iterate 13. The loss rises only at an iteration the runner does not record.
     */
    public static class RisesBetweenSamples extends ReferenceGradientDescent {
        private double[] resume;

        @Override
        public double[] step(long t, double[] w, double[] gradient, Oracle loss) {
            if (t == 13) return resume;
            double[] next = super.step(t, w, gradient, loss);
            if (t == 12) {
                resume = next.clone();
                next[0] += 1;
            }
            return next;
        }
    }

    /** Planted bug: the loop stops one coordinate short. */
    public static class SkipsLastCoordinate extends ReferenceGradientDescent {
        @Override
        public double[] step(long t, double[] w, double[] gradient, Oracle loss) {
            for (int i = 0; i < w.length - 1; i++) w[i] -= eta * gradient[i];
            return w;
        }
    }

    public static class Throws extends ReferenceGradientDescent {
        @Override
        public double[] step(long t, double[] w, double[] gradient, Oracle loss) {
            if (t == 5) throw new IllegalStateException("student bug");
            return super.step(t, w, gradient, loss);
        }
    }

    public static class ReturnsNaN extends ReferenceGradientDescent {
        @Override
        public double[] step(long t, double[] w, double[] gradient, Oracle loss) {
            double[] next = super.step(t, w, gradient, loss);
            if (t == 3) next[1] = 0.0 / 0.0;
            return next;
        }
    }

    public static class WrongLength extends ReferenceGradientDescent {
        @Override
        public double[] step(long t, double[] w, double[] gradient, Oracle loss) {
            return new double[w.length + 1];
        }
    }

    public static class Endless extends ReferenceGradientDescent {
        @Override
        public double[] step(long t, double[] w, double[] gradient, Oracle loss) {
            if (t == 2) {
                long spins = 0;
                while (spins >= 0) spins++; // never returns (wraps only after ~100 years)
            }
            return super.step(t, w, gradient, loss);
        }
    }
}
