package dev.occam.certify;

import org.hipparchus.distribution.continuous.BetaDistribution;

/**
 * The Clopper-Pearson ("exact") two-sided confidence interval for a success probability p from k
 * successes in n independent trials: [B(a/2; k, n - k + 1), B(1 - a/2; k + 1, n - k)] with B(q;
 * alpha, beta) the q-quantile of the beta distribution and a = 1 - confidence; the lower end is 0
 * when k = 0 and the upper end 1 when k = n. Its coverage is at least the confidence for every p.
 */
public record ClopperPearson(
        int successes, int trials, double confidence, double lower, double upper) {

    /** Quantiles to 1e-12 absolute, far below what a verdict's comparison with p can notice. */
    private static final double ACCURACY = 1e-12;

    public static ClopperPearson of(int successes, int trials, double confidence) {
        if (trials < 1 || successes < 0 || successes > trials)
            throw new IllegalArgumentException(successes + " successes in " + trials + " trials");
        if (!(confidence > 0 && confidence < 1))
            throw new IllegalArgumentException("confidence " + confidence);
        double a = 1 - confidence;
        double lower =
                successes == 0
                        ? 0
                        : new BetaDistribution(successes, trials - successes + 1, ACCURACY)
                                .inverseCumulativeProbability(a / 2);
        double upper =
                successes == trials
                        ? 1
                        : new BetaDistribution(successes + 1, trials - successes, ACCURACY)
                                .inverseCumulativeProbability(1 - a / 2);
        return new ClopperPearson(successes, trials, confidence, lower, upper);
    }
}
