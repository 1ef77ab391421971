package dev.occam.problem;

import dev.occam.numeric.Scalar;
import dev.occam.numeric.Softplus;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;

/**
 * The log-domain arithmetic of a margin loss L = sum_n c_n l(m_n), shared by the linear classifier
 * and the nonlinear models: from the margins m_n, log L = logsumexp(a) with a_n = log c_n + log
 * l(m_n), and the weights q_n = c_n (-l'(m_n)) / L, so that grad L / L = -sum_n q_n grad m_n. For
 * the exponential loss -l' = l, so q = softmax(a); for the logistic loss -l'(m) = sigmoid(-m) =
 * e^(-softplus(m)). Scratch vectors of one tier: not thread-safe.
 */
final class MarginTerms {
    private final boolean exponential;
    private final Vec logWeights;
    private final Vec margins;
    private final Vec terms;
    private final Vec weights;
    private final Vec scratch;

    /** logWeights: log c_n in the tier (all 0 without weights). */
    MarginTerms(Tier tier, boolean exponential, Vec logWeights) {
        int n = logWeights.size();
        this.exponential = exponential;
        this.logWeights = logWeights;
        this.margins = tier.zeros(n);
        this.terms = tier.zeros(n);
        this.weights = tier.zeros(n);
        this.scratch = tier.zeros(n);
    }

    /** The margins m_n, for the caller to fill before {@link #logLoss} or {@link #weights}. */
    Vec margins() {
        return margins;
    }

    /** terms_n = log c_n + log l(m_n) for the current margins. */
    private void logTerms() {
        if (exponential) {
            terms.set(logWeights);
            terms.axpy(-1, margins);
        } else {
            scratch.set(margins);
            scratch.scale(-1);
            terms.map(Softplus.LOG_SOFTPLUS, scratch);
            terms.axpy(1, logWeights);
        }
    }

    /** log L for the current margins. */
    Scalar logLoss() {
        logTerms();
        return weights.softmax(terms);
    }

    /**
     * Fills {@link #weights()} with q and {@link #terms()} with log(c_n (-l'(m_n))) = log q_n + log
     * L; returns log L.
     */
    Scalar weigh() {
        Scalar logL = logLoss();
        if (!exponential) {
            // q_n = exp(log c_n - softplus(m_n) - log L)
            scratch.map(Softplus.SOFTPLUS, margins);
            terms.set(logWeights);
            terms.axpy(-1, scratch);
            Scalar lse = weights.softmax(terms);
            weights.scale(lse.subtract(logL).exp());
        }
        return logL;
    }

    Vec weights() {
        return weights;
    }

    Vec terms() {
        return terms;
    }
}
