package dev.occam.prediction;

import java.util.List;

/**
 * The KKT test of one direction theta of an L-homogeneous classifier against min 1/2 ||theta||^2
 * s.t. q_n(theta) >= 1 (docs/homogeneous-models.md), at theta_bar = theta / q_min^(1/L), the
 * direction scaled to margin 1, so that primal feasibility holds by construction.
 *
 * @param unmet null when the test ran, else why it could not (not homogeneous, theta does not
 *     separate the data, the SVM on the features failed); the other fields are then empty
 * @param order L
 * @param direction theta_bar, in double
 * @param multipliers lambda_n >= 0 at theta_bar: L alpha_n, alpha the hard-margin SVM's dual on the
 *     features grad q_n(theta_bar); zero off the support
 * @param support the SVM's support: the points whose constraint is active
 * @param stationarity a proved upper bound on ||theta_bar - sum lambda_n grad q_n(theta_bar)|| /
 *     ||theta_bar|| at the exact point theta (interval enclosures of grad q_n); it equals the
 *     fixed-point gap ||theta_bar/L - SVM(grad q(theta_bar))|| / ||theta_bar/L||
 * @param slackness a proved upper bound on L sum lambda_n (q_n(theta_bar) - 1) / ||theta_bar||^2,
 *     complementary slackness relative to sum lambda_n q_n(theta_bar) = ||theta_bar||^2 / L at a
 *     KKT point
 * @param licqRank the numerical rank of {grad q_n(theta_bar)} on the support (singular values above
 *     1e-9 times the largest): LICQ holds, and the multipliers are unique, when it is the support's
 *     size
 * @param singularValues the singular values of those gradients, descending
 */
public record KktCertificate(
        String unmet,
        int order,
        double[] direction,
        double[] multipliers,
        List<Integer> support,
        double stationarity,
        double slackness,
        int licqRank,
        double[] singularValues) {

    static KktCertificate unmet(String why, int order) {
        return new KktCertificate(
                why, order, new double[0], new double[0], List.of(), NaN, NaN, 0, new double[0]);
    }

    private static final double NaN = Double.NaN;

    /** The (epsilon, delta) KKT residual, max(stationarity, slackness); NaN when unmet. */
    public double residual() {
        return Math.max(stationarity, slackness);
    }

    /** Whether LICQ holds on the support (then the multipliers are unique). */
    public boolean licq() {
        return licqRank == support.size();
    }
}
