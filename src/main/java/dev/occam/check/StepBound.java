package dev.occam.check;

import dev.occam.algorithm.Algorithm;
import dev.occam.algorithm.GradientDescent;
import dev.occam.algorithm.Momentum;
import dev.occam.numeric.Value;
import dev.occam.prediction.Prediction;
import dev.occam.problem.Classification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * SHN+18 Theorem 3's step condition eta < 2 / (beta sigma_max^2(X)) for constant-step GD (and heavy
 * ball, with its effective step eta / (1 - beta)) on classification. beta bounds l'' where the run
 * lives: 1/4 max c_n for the logistic loss; for the exponential loss, whose l'' = e^-u is unbounded,
 * its sup over the sublevel set {L <= L(w0)} that a monotone run stays in, L(w0) / min c_n.
 */
final class StepBound {
    private StepBound() {
    }

    /** The prediction, or an unmet one when the run's constant step exceeds the bound. */
    static Prediction check(Prediction p, Algorithm algorithm, Classification data, Value[] w0) {
        double effectiveStep = algorithm.asymptoticStep();
        if (p == null || !p.available() || !(algorithm instanceof GradientDescent || algorithm instanceof Momentum)
                || !(effectiveStep > 0) || !Double.isFinite(effectiveStep)) {
            return p;
        }
        Value[][] z = data.signed();
        double[][] zd = new double[z.length][];
        double minWeight = Double.POSITIVE_INFINITY, maxWeight = 0, loss0 = 0;
        for (int n = 0; n < z.length; n++) {
            zd[n] = new double[z[n].length];
            double m = 0;
            for (int j = 0; j < z[n].length; j++) {
                zd[n][j] = z[n][j].doubleValue();
                m += zd[n][j] * w0[j].doubleValue();
            }
            double c = data.weight(n).doubleValue();
            minWeight = Math.min(minWeight, c);
            maxWeight = Math.max(maxWeight, c);
            loss0 += c * Math.exp(-m);
        }
        double beta = data.loss() == Classification.Loss.LOGISTIC ? maxWeight / 4 : loss0 / minWeight;
        double sigma = new SingularValueDecomposition(new Array2DRowRealMatrix(zd, false)).getNorm();
        double bound = 2 / (beta * sigma * sigma);
        String text = String.format(Locale.ROOT, "step eta = %.6g < 2/(beta sigma_max(X)^2) = %.6g with beta = %.6g (%s) and sigma_max = %.6g",
                effectiveStep, bound, beta, data.loss() == Classification.Loss.LOGISTIC ? "l'' <= 1/4 times the largest weight"
                        : "sup of l'' = e^-u on {L <= L(w0)}", sigma);
        List<String> pre = new ArrayList<>(p.preconditions());
        if (!(effectiveStep < bound)) {
            return Prediction.unmet(p.kind(), pre, "SHN+18's step condition fails: " + text.replace(" < ", " >= "));
        }
        pre.add(text);
        return new Prediction(p.kind(), p.value(), p.exact(), p.certificate(), pre, null, p.references(), p.derived(), p.quantities());
    }
}
