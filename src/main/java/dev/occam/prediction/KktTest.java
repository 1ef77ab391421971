package dev.occam.prediction;

import dev.occam.numeric.Interval;
import dev.occam.problem.MarginModel;

import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.SingularValueDecomposition;

import java.util.Locale;

/**
 * Whether a direction of an L-homogeneous classifier is a KKT point of min 1/2 ||theta||^2 s.t.
 * q_n(theta) >= 1 (Lyu and Li 2020), as a fixed point of the hard-margin SVM. By Euler, <theta,
 * grad q_n(theta)> = L q_n(theta), so theta_bar (theta scaled to q_min = 1) is a KKT point iff
 * theta_bar / L is the SVM solution on the fixed features phi_n = grad q_n(theta_bar): the SVM's
 * KKT conditions are the problem's, with lambda = L alpha. The SVM is occam's exact one ({@link
 * HardMarginSvm}) on the features rounded to double; the residuals it leads to are then bounded at
 * the exact point theta by interval enclosures of q_n and grad q_n ({@link MarginModel}), so a
 * small residual is proved for the point, whatever rounding produced the multipliers.
 */
public final class KktTest {
    /** Relative size under which a singular value of the support's gradients counts as 0. */
    private static final double RANK = 1e-9;

    private KktTest() {}

    /** The test at theta (a double point, taken exactly). */
    public static KktCertificate at(MarginModel m, double[] theta) {
        int order = m.homogeneity();
        if (order <= 0)
            return KktCertificate.unmet(
                    "the margins q_n are not verified homogeneous: the KKT characterization needs an order L",
                    0);
        for (double x : theta)
            if (!Double.isFinite(x))
                return KktCertificate.unmet("the iterate is not finite", order);
        int n = m.points(), k = m.dimension();
        double[] q = new double[n];
        m.margins(theta, q);
        double qMin = Double.POSITIVE_INFINITY;
        for (double v : q) qMin = Math.min(qMin, v);
        if (!(qMin > 0))
            return KktCertificate.unmet(
                    String.format(
                            Locale.ROOT,
                            "the direction does not separate the data: min_n q_n = %.3g",
                            qMin),
                    order);
        double[][] phi = new double[n][k];
        m.marginGradients(theta, phi);
        // grad q_n(c theta) = c^(L-1) grad q_n(theta), c = q_min^(-1/L): the SVM's features at
        // theta_bar, where phi_n . theta_bar = L q_n(theta_bar) >= L
        double c = Math.pow(qMin, -1.0 / order);
        double[][] psi = new double[n][k];
        BigFraction[][] exact = new BigFraction[n][];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) psi[i][j] = phi[i][j] * Math.pow(c, order - 1);
            exact[i] = Fractions.of(psi[i]);
        }
        HardMarginSvm.Solution svm = HardMarginSvm.solve(exact, psi);
        if (svm == null)
            return KktCertificate.unmet(
                    "the hard-margin SVM on the features grad q_n failed (QP or exact polish)",
                    order);
        double[] lambda = new double[n];
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = order * svm.alpha()[i].doubleValue();
            // theta_bar - sum lambda grad q_n(theta_bar) = c (theta - sum mu_n phi_n(theta))
            mu[i] = lambda[i] * Math.pow(c, order - 2);
        }
        double[] direction = new double[k];
        for (int j = 0; j < k; j++) direction[j] = c * theta[j];
        Interval normSq = normSquared(theta);
        return new KktCertificate(
                null,
                order,
                direction,
                lambda,
                svm.support(),
                stationarity(m.encloseMarginGradients(theta), theta, mu, normSq),
                slackness(m.encloseMargins(theta), mu, order, normSq),
                rank(psi, svm.support()),
                singular(psi, svm.support()));
    }

    /** sup ||theta - sum mu_n Phi_n|| / inf ||theta|| over the enclosures Phi of grad q_n. */
    private static double stationarity(
            Interval[][] grad, double[] theta, double[] mu, Interval normSq) {
        Interval rSq = Interval.point(0);
        for (int j = 0; j < theta.length; j++) {
            Interval r = Interval.point(theta[j]);
            for (int i = 0; i < grad.length; i++)
                if (mu[i] != 0) r = r.subtract(Interval.point(mu[i]).multiply(grad[i][j]));
            rSq = rSq.add(r.pow(2));
        }
        return Math.nextUp(
                Math.nextUp(Math.sqrt(rSq.hi())) / Math.nextDown(Math.sqrt(normSq.lo())));
    }

    /**
     * sup L sum mu_n (q_n(theta) - q_min) / ||theta||^2, which is L sum lambda_n (q_n(theta_bar) -
     * 1) / ||theta_bar||^2 (the powers of c cancel).
     */
    private static double slackness(Interval[] q, double[] mu, int order, Interval normSq) {
        Interval qMin = q[0];
        for (Interval v : q)
            qMin = Interval.of(Math.min(qMin.lo(), v.lo()), Math.min(qMin.hi(), v.hi()));
        Interval s = Interval.point(0);
        for (int i = 0; i < q.length; i++)
            if (mu[i] != 0) s = s.add(Interval.point(mu[i]).multiply(q[i].subtract(qMin)));
        return Math.max(0, s.multiply(Interval.point(order)).divide(normSq).hi());
    }

    private static Interval normSquared(double[] theta) {
        Interval s = Interval.point(0);
        for (double x : theta) s = s.add(Interval.point(x).pow(2));
        return s;
    }

    private static double[] singular(double[][] psi, java.util.List<Integer> support) {
        if (support.isEmpty()) return new double[0];
        double[][] rows = new double[support.size()][];
        for (int i = 0; i < rows.length; i++) rows[i] = psi[support.get(i)];
        // Hipparchus's SVD wants rows >= columns in its thin form: the transpose has the same
        // singular values
        double[] all =
                new SingularValueDecomposition(MatrixUtils.createRealMatrix(rows).transpose())
                        .getSingularValues();
        return all;
    }

    private static int rank(double[][] psi, java.util.List<Integer> support) {
        double[] s = singular(psi, support);
        int r = 0;
        for (double v : s) if (v > RANK * s[0]) r++;
        return r;
    }
}
