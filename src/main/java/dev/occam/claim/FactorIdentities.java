package dev.occam.claim;

import dev.occam.algorithm.FactorizedModel;
import dev.occam.numeric.JacobiSvd;
import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;

import org.hipparchus.fraction.BigFraction;

/**
 * The two dynamics identities of a depth-N factorization from balanced factors (Arora, Cohen, Hu,
 * Luo 2019), evaluated at one iterate in its tier, with dW/dt computed exactly from the factor
 * velocities ({@link FactorizedModel#endToEndVelocity()}), never by differencing iterates. With W =
 * U diag(sigma) V^T and G = grad l(W):
 *
 * <ul>
 *   <li>end-to-end: dW/dt = -sum_{j=1..N} (W W^T)^((j-1)/N) G (W^T W)^((N-j)/N), which in the
 *       singular bases is U (-(G^_ab sum_j sigma_a^(2(j-1)/N) sigma_b^(2(N-j)/N))) V^T, G^ = U^T G
 *       V;
 *   <li>singular values: u_r^T (dW/dt) v_r = -N sigma_r^(2-2/N) u_r^T G v_r for every r, which is d
 *       sigma_r / dt where sigma_r is simple.
 * </ul>
 *
 * Both residuals are divided by N sigma_1^(2-2/N) ||G||_F, which bounds the norm of the right-hand
 * side, so they are relative and stay meaningful as G tends to 0. They vanish for balanced factors
 * up to rounding; unbalanced factors (gradient descent drifts by O(eta^2) per step) show in them.
 */
final class FactorIdentities {
    /** The two residuals at one iterate; NaN when the velocity is exactly 0. */
    record Residuals(double endToEnd, double singularValues) {}

    private FactorIdentities() {}

    static Residuals at(FactorizedModel model, Vec w) {
        int n = model.depth(), d = model.size();
        Tier tier = w.tier();
        JacobiSvd svd = JacobiSvd.ofRows(w, d, d);
        Scalar[] sigma = svd.singularValues();
        Vec g = model.lossGradient(), velocity = model.endToEndVelocity();
        Vec[] u = new Vec[d], v = new Vec[d];
        for (int r = 0; r < d; r++) {
            u[r] = svd.left(r);
            v[r] = svd.right(r);
        }
        // only full rank has a full orthogonal U: the formula in singular bases needs it
        if (sigma[d - 1].signum() == 0) return new Residuals(Double.NaN, Double.NaN);
        Scalar[][] gHat = sandwich(u, g, v, d), wDotHat = sandwich(u, velocity, v, d);
        Scalar[][] powers = new Scalar[n][d]; // powers[k][a] = sigma_a^(2k/N)
        for (int a = 0; a < d; a++) {
            Scalar log = sigma[a].log();
            for (int k = 0; k < n; k++)
                powers[k][a] =
                        k == 0 ? tier.scalar(1) : log.multiply(exponent(tier, 2 * k, n)).exp();
        }
        double scale =
                n
                        * Math.pow(sigma[0].doubleValue(), 2 - 2.0 / n)
                        * Math.sqrt(g.dot(g).doubleValue());
        if (scale == 0 || !Double.isFinite(scale)) return new Residuals(Double.NaN, Double.NaN);
        // in singular bases the Frobenius norm is the same (U, V orthogonal)
        Scalar worstE2E = tier.scalar(0);
        double singular = 0;
        for (int a = 0; a < d; a++)
            for (int b = 0; b < d; b++) {
                Scalar weight = tier.scalar(0);
                for (int j = 1; j <= n; j++)
                    weight = weight.add(powers[j - 1][a].multiply(powers[n - j][b]));
                Scalar diff = wDotHat[a][b].add(gHat[a][b].multiply(weight));
                worstE2E = worstE2E.add(diff.multiply(diff));
                if (a == b) singular = Math.max(singular, Math.abs(diff.doubleValue()));
            }
        return new Residuals(Math.sqrt(worstE2E.doubleValue()) / scale, singular / scale);
    }

    /** U^T M V for M = vec^-1(m), d x d. */
    private static Scalar[][] sandwich(Vec[] u, Vec m, Vec[] v, int d) {
        Tier tier = m.tier();
        Vec[] mv = new Vec[d]; // mv[b] = M v_b
        for (int b = 0; b < d; b++) {
            mv[b] = tier.zeros(d);
            for (int i = 0; i < d; i++) {
                Scalar s = tier.scalar(0);
                for (int k = 0; k < d; k++)
                    s = s.add(m.element(i * d + k).multiply(v[b].element(k)));
                mv[b].set(i, s);
            }
        }
        Scalar[][] out = new Scalar[d][d];
        for (int a = 0; a < d; a++) for (int b = 0; b < d; b++) out[a][b] = u[a].dot(mv[b]);
        return out;
    }

    /** p / q exactly in the tier (2/3 is not a double). */
    private static Scalar exponent(Tier tier, int p, int q) {
        BigFraction f = new BigFraction(p, q);
        return tier.scalar(Value.of(f, Value.text(f)));
    }
}
