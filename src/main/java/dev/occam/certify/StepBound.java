package dev.occam.certify;

import dev.occam.algorithm.Algorithm;
import dev.occam.numeric.Value;
import dev.occam.prediction.Prediction;
import dev.occam.problem.Classification;
import dev.occam.problem.MarginLoss;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SHN+18 Theorem 3's hypotheses on the algorithm: gradient descent (or heavy ball, Nesterov, the
 * gradient flow, with their effective steps) with a constant step eta < 2 / (beta sigma_max^2(X)).
 * beta bounds l'' where the run lives: 1/4 max c_n for the logistic loss; for the exponential loss,
 * whose l'' = e^-u is unbounded, c_n e^-u_n <= L(w0) on the sublevel set {L <= L(w0)} that a
 * monotone run stays in, so the Hessian is at most L(w0) / min c_n times Z^T Z (conservatively).
 * sigma_max^2 is a proved upper bound ({@link SpectralBounds}). A hypothesis that fails does not
 * silence the claims: the prediction is marked as computed outside the theorem's hypotheses.
 */
public final class StepBound {
    private StepBound() {}

    /** The smoothness constant beta sigma_max^2 of L on {L <= L(w0)}, with how it is known. */
    public record Smoothness(double value, String proof) {}

    /**
     * The prediction, marked outside the hypotheses when the algorithm or its step is not SHN+18's.
     */
    public static Prediction check(Prediction p, Algorithm algorithm, MarginLoss data, Value[] w0) {
        if (p == null || !p.available()) return p;
        boolean family = algorithm.shnFamily();
        if (p.kind().equals("max-margin-offset") && !family) {
            return p.outsideHypotheses(
                    "SHN+18's offset w~ is a statement about gradient descent, heavy ball, Nesterov and the "
                            + "gradient flow with a constant step; "
                            + algorithm.kind()
                            + " is not among them");
        }
        double eta = algorithm.asymptoticStep();
        if (!family || !algorithm.discrete() || !(eta > 0) || !Double.isFinite(eta)) return p;
        Smoothness s = smoothness(data, w0);
        double bound = 2 / s.value();
        String text =
                String.format(
                        Locale.ROOT,
                        "step eta = %.6g < 2/(beta sigma_max^2) = %.6g with %s",
                        eta,
                        bound,
                        s.proof());
        if (!(eta < bound))
            return p.outsideHypotheses(
                    "SHN+18's step condition fails: " + text.replace(" < ", " >= "));
        List<String> pre = new ArrayList<>(p.preconditions());
        pre.add(text);
        return new Prediction(
                p.kind(),
                p.value(),
                p.exact(),
                p.certificate(),
                pre,
                null,
                p.references(),
                p.derived(),
                p.quantities(),
                p.outside(),
                p.marginNorm());
    }

    /** beta sigma_max^2: a bound on the Hessian of L over {L <= L(w0)} (see the class comment). */
    public static Smoothness smoothness(MarginLoss data, Value[] w0) {
        Value[][] z = data.signed();
        double minWeight = Double.POSITIVE_INFINITY, maxWeight = 0, loss0 = 0;
        for (int n = 0; n < z.length; n++) {
            double m = 0;
            for (int j = 0; j < z[n].length; j++) m += z[n][j].doubleValue() * w0[j].doubleValue();
            double c = data.weight(n).doubleValue();
            minWeight = Math.min(minWeight, c);
            maxWeight = Math.max(maxWeight, c);
            loss0 +=
                    c
                            * (data.loss() == Classification.Loss.LOGISTIC
                                    ? Math.log1p(Math.exp(-m))
                                    : Math.exp(-m));
        }
        loss0 *= 1 + 1e-12; // past the rounding of the sum
        boolean logistic = data.loss() == Classification.Loss.LOGISTIC;
        double beta = logistic ? maxWeight / 4 : loss0 / minWeight;
        SpectralBounds k = SpectralBounds.of(z, "Z Z^T");
        return new Smoothness(
                beta * k.upper(),
                String.format(
                        Locale.ROOT,
                        "beta = %.6g (%s) and sigma_max^2 <= %.6g (%s)",
                        beta,
                        logistic
                                ? "l'' <= 1/4 times the largest weight"
                                : "c_n e^-u_n <= L(w0) on {L <= L(w0)}, over the least weight",
                        k.upper(),
                        k.proof()));
    }
}
