package dev.occam.certify;

import dev.occam.symbolic.CompiledFormula;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.SingularValueDecomposition;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits a law q(t) = f(t; c_1..c_k) to measured (t, q) by least squares on log q (errors spanning 30
 * decades weigh alike), Levenberg–Marquardt from a small grid of starting points, with the Jacobian
 * from symbolic derivatives. Reports constants, their standard errors and the RMS of the log
 * residuals.
 */
public final class LawFit {
    private static final double[] STARTS = {0.5, 0.9, 0.999, 2};

    /** Up to this many constants every combination of {@link #STARTS} is tried. */
    private static final int FULL_GRID = 4;

    /**
     * Columns of the Jacobian closer than this to dependent (relative, after scaling each to unit
     * length) make constants non-identifiable.
     */
    private static final double MIN_CONDITION = 1e-6;

    /**
     * @param conditioning smallest over largest singular value of the column-normalized Jacobian at
     *     the optimum: near 0 when the data determine only a combination of the constants (a b in
     *     a*b/t), so that each value is one arbitrary split
     */
    public record Fit(
            List<String> names,
            double[] values,
            double[] sigmas,
            double rmsLog,
            double conditioning) {
        public double get(String name) {
            return values[names.indexOf(name)];
        }

        public double sigma(String name) {
            return sigmas[names.indexOf(name)];
        }

        /** Whether the data determine every constant separately. */
        public boolean identifiable() {
            return conditioning >= MIN_CONDITION;
        }
    }

    private LawFit() {}

    /**
     * @param law in variables ["t", constants...]
     * @param logQ the measured log q (logs, so that losses below double's range can be fitted)
     */
    public static Fit fit(CompiledLaw law, double[] t, double[] logQ) {
        List<String> names = law.constants();
        int k = names.size();
        CompiledFormula f = law.value();
        CompiledFormula[] df = law.partials();
        double[] target = logQ;
        LeastSquaresBuilder builder =
                new LeastSquaresBuilder()
                        .target(target)
                        .maxEvaluations(10_000)
                        .maxIterations(2_000)
                        .model(
                                point -> {
                                    double[] c = point.toArray();
                                    double[] value = new double[t.length];
                                    double[][] jac = new double[t.length][k];
                                    double[] args = new double[k + 1];
                                    System.arraycopy(c, 0, args, 1, k);
                                    for (int i = 0; i < t.length; i++) {
                                        args[0] = t[i];
                                        double fi = f.value(args);
                                        value[i] = Math.log(Math.abs(fi));
                                        for (int j = 0; j < k; j++)
                                            jac[i][j] = df[j].value(args) / fi;
                                    }
                                    return new Pair<>(
                                            new ArrayRealVector(value, false),
                                            new Array2DRowRealMatrix(jac, false));
                                });
        LeastSquaresOptimizer.Optimum best = null;
        for (double[] start : starts(k)) {
            try {
                LeastSquaresOptimizer.Optimum o =
                        new LevenbergMarquardtOptimizer().optimize(builder.start(start).build());
                if (Double.isFinite(o.getRMS()) && (best == null || o.getRMS() < best.getRMS()))
                    best = o;
            } catch (RuntimeException notConverged) {
                // another start may converge
            }
        }
        if (best == null) return null;
        double[] sigmas;
        try {
            // Hipparchus' sigma is sqrt(diag((J^T J)^-1)); a standard error also scales by the
            // residual
            // standard deviation s = RMS * sqrt(n / (n - k))
            sigmas = best.getSigma(1e-14).toArray();
            int n = t.length;
            double s = n > k ? best.getRMS() * Math.sqrt((double) n / (n - k)) : Double.NaN;
            for (int j = 0; j < k; j++) sigmas[j] *= s;
        } catch (RuntimeException singular) {
            sigmas = new double[k];
            Arrays.fill(sigmas, Double.NaN);
        }
        return new Fit(
                names,
                positive(f, best.getPoint().toArray(), t),
                sigmas,
                best.getRMS(),
                conditioning(best));
    }

    private static double conditioning(LeastSquaresOptimizer.Optimum o) {
        double[][] j = o.getJacobian().getData();
        int k = j.length == 0 ? 0 : j[0].length;
        if (k < 2) return 1;
        for (int c = 0; c < k; c++) {
            double norm = 0;
            for (double[] row : j) norm += row[c] * row[c];
            norm = Math.sqrt(norm);
            if (!(norm > 0) || !Double.isFinite(norm)) return 0;
            for (double[] row : j) row[c] /= norm;
        }
        double[] s =
                new SingularValueDecomposition(new Array2DRowRealMatrix(j, false))
                        .getSingularValues();
        return s[s.length - 1] / s[0];
    }

    /**
     * The fit sees only |f|, so a constant's sign may come out flipped (c = -0.98 for c r^t); flip
     * back any constant whose sign change leaves |f| as it is and makes f positive on the data.
     */
    private static double[] positive(CompiledFormula f, double[] c, double[] t) {
        if (positiveOnData(f, c, t)) return c;
        for (int j = 0; j < c.length; j++) {
            double[] flipped = c.clone();
            flipped[j] = -flipped[j];
            if (positiveOnData(f, flipped, t) && sameMagnitude(f, c, flipped, t)) return flipped;
        }
        return c;
    }

    private static boolean positiveOnData(CompiledFormula f, double[] c, double[] t) {
        for (double ti : t) if (!(value(f, c, ti) > 0)) return false;
        return true;
    }

    private static boolean sameMagnitude(CompiledFormula f, double[] a, double[] b, double[] t) {
        for (double ti : t) {
            double fa = Math.abs(value(f, a, ti)), fb = Math.abs(value(f, b, ti));
            if (Math.abs(fa - fb) > 1e-12 * Math.max(fa, fb)) return false;
        }
        return true;
    }

    private static double value(CompiledFormula f, double[] c, double t) {
        double[] args = new double[c.length + 1];
        args[0] = t;
        System.arraycopy(c, 0, args, 1, c.length);
        return f.value(args);
    }

    /**
     * Every combination of the start values for up to {@value #FULL_GRID} constants (256 fits);
     * beyond, the same value for all constants and each constant moved to each other value alone (4
     * + 12 k fits): the full grid of eleven constants was 4 million fits, outside any time limit.
     */
    private static List<double[]> starts(int k) {
        List<double[]> out = new ArrayList<>();
        if (k > FULL_GRID) {
            for (double all : STARTS) {
                double[] base = new double[k];
                Arrays.fill(base, all);
                out.add(base);
                for (int j = 0; j < k; j++) {
                    for (double other : STARTS) {
                        if (other == all) continue;
                        double[] s = base.clone();
                        s[j] = other;
                        out.add(s);
                    }
                }
            }
            return out;
        }
        int n = (int) Math.pow(STARTS.length, k);
        for (int m = 0; m < n; m++) {
            double[] s = new double[k];
            int r = m;
            for (int j = 0; j < k; j++) {
                s[j] = STARTS[r % STARTS.length];
                r /= STARTS.length;
            }
            out.add(s);
        }
        return out;
    }
}
