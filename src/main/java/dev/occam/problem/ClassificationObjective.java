package dev.occam.problem;

import dev.occam.numeric.ExponentialLoss;
import dev.occam.numeric.Mat;
import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;

import org.hipparchus.dfp.DfpField;

import java.math.BigDecimal;

/**
 * L(w) = sum_n c_n l(z_n.w) in the log domain. With margins m = Z w and a_n = log c_n + log l(m_n),
 * log L = logsumexp(a); grad L / L = -Z^T q with q_n = c_n (-l'(m_n)) / L. For the exponential loss
 * -l' = l, so q = softmax(a); for the logistic loss -l'(m) = sigmoid(-m) = e^(-softplus(m)).
 */
final class ClassificationObjective implements LogDomainObjective {
    private final Tier tier;
    private final int d;
    private final Mat z;
    private final MarginTerms margin;

    /** log c_n for the fused kernel, null without weights. */
    private final Vec fusedLogWeights;

    private final boolean exponential;

    /**
     * The tier's fused gradient of the exponential loss, made on the first {@link #gradient} (it
     * copies Z twice), or null. Only {@link #gradient} uses it: the normalized gradients keep the
     * log-domain form (docs/decisions.md, "The exponential loss has a fused double kernel").
     */
    private ExponentialLoss fused;

    private boolean fusedMade;

    ClassificationObjective(Classification problem, Tier tier) {
        this.tier = tier;
        this.d = problem.dimension();
        this.z = tier.matrix(problem.signed());
        this.exponential = problem.loss() == Classification.Loss.EXPONENTIAL;
        Vec logWeights = tier.of(logWeights(problem, tier.digits()));
        this.margin = new MarginTerms(tier, exponential, logWeights);
        this.fusedLogWeights = problem.weights() == null ? null : logWeights;
    }

    /** log c_n to the tier's precision (exactly 0 without weights). */
    private static BigDecimal[] logWeights(Classification problem, int digits) {
        DfpField field = new DfpField(digits + 10);
        BigDecimal[] out = new BigDecimal[problem.points()];
        for (int n = 0; n < out.length; n++) {
            Value c = problem.weight(n);
            out[n] =
                    problem.weights() == null
                            ? BigDecimal.ZERO
                            : new BigDecimal(DfpVectors.of(field, c).log().toString());
        }
        return out;
    }

    @Override
    public Tier tier() {
        return tier;
    }

    @Override
    public int dimension() {
        return d;
    }

    @Override
    public Scalar logLoss(Vec w) {
        z.multiply(w, margin.margins());
        return margin.logLoss();
    }

    @Override
    public Scalar loss(Vec w) {
        return logLoss(w).exp();
    }

    @Override
    public Scalar normalizedGradient(Vec w, Vec out) {
        Scalar logL = weights(w);
        z.multiplyTransposed(margin.weights(), out);
        out.scale(-1);
        return logL;
    }

    /**
     * -Z^T q, with q given to Z^T both as computed (weights, which may underflow) and by its logs
     * log q_n = terms_n - log L (see {@link dev.occam.numeric.Mat#multiplyTransposedLog}).
     */
    @Override
    public Scalar normalizedGradient(Vec w, Vec signs, Vec logs) {
        Scalar logL = weights(w);
        z.multiplyTransposedLog(margin.terms(), margin.weights(), logL, signs, logs);
        signs.scale(-1);
        return logL;
    }

    /** The margins' weights q (see {@link MarginTerms#weigh}); returns log L. */
    private Scalar weights(Vec w) {
        z.multiply(w, margin.margins());
        return margin.weigh();
    }

    @Override
    public void gradient(Vec w, Vec out) {
        if (!fusedMade) {
            fusedMade = true;
            fused = exponential ? z.exponentialLoss(fusedLogWeights) : null;
        }
        if (fused != null) {
            fused.gradient(w, out);
            return;
        }
        Scalar logL = normalizedGradient(w, out);
        out.scale(logL.exp());
    }
}
