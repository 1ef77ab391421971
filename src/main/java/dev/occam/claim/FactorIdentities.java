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
 *
 * <p>For a rectangular W (m x n) the derivation is the same (balancedness gives W_N ... W_{j+1}
 * (W_N ... W_{j+1})^T = (W W^T)^((N-j)/N) whatever the hidden widths), with (W W^T)^0 = I_m: the
 * left singular directions beyond the n of a tall W (sigma = 0 there) keep the j = 1 term only.
 */
final class FactorIdentities {
    /** The two residuals at one iterate; NaN when the velocity is exactly 0. */
    record Residuals(double endToEnd, double singularValues) {}

    private FactorIdentities() {}

    static Residuals at(FactorizedModel model, Vec w) {
        int n = model.depth(), rows = model.rows(), cols = model.cols();
        // a hidden width below min(m, n) makes W rank-deficient at every iterate: its trailing
        // singular vectors are rounding noise, and the formula in singular bases needs them
        if (model.maxRank() < Math.min(rows, cols)) return new Residuals(Double.NaN, Double.NaN);
        Tier tier = w.tier();
        Vec g = model.lossGradient(), velocity = model.endToEndVelocity();
        // for a wide W, W^T obeys the same identity (with j -> N + 1 - j, under which the sum is
        // symmetric): work with the tall one, m >= n
        if (rows < cols) {
            w = transpose(w, rows, cols);
            g = transpose(g, rows, cols);
            velocity = transpose(velocity, rows, cols);
            int swap = rows;
            rows = cols;
            cols = swap;
        }
        int d = cols;
        JacobiSvd svd = JacobiSvd.ofRows(w, rows, cols);
        Scalar[] sigma = svd.singularValues();
        Vec[] u = new Vec[d], v = new Vec[d];
        for (int r = 0; r < d; r++) {
            u[r] = svd.left(r);
            v[r] = svd.right(r);
        }
        // only full rank has an orthonormal U: the formula in singular bases needs it
        if (sigma[d - 1].signum() == 0) return new Residuals(Double.NaN, Double.NaN);
        Scalar[][] gHat = sandwich(u, g, v, cols), wDotHat = sandwich(u, velocity, v, cols);
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
        if (rows > cols)
            worstE2E = worstE2E.add(complement(u, v, g, velocity, powers[n - 1], rows, cols));
        return new Residuals(Math.sqrt(worstE2E.doubleValue()) / scale, singular / scale);
    }

    /**
     * ||P (dW/dt - rhs)||_F^2 for P = I - U U^T, the projection onto the left singular directions
     * beyond the n of a tall W (m > n). There (W W^T)^p vanishes for p > 0 and is P for p = 0, so
     * only the j = 1 term of the sum is left: P rhs = -P G (W^T W)^((N-1)/N) = -P G V
     * diag(sigma^(2(N-1)/N)) V^T, and the residual is P M with M = dW/dt + G V diag(...) V^T.
     */
    private static Scalar complement(
            Vec[] u, Vec[] v, Vec g, Vec velocity, Scalar[] top, int rows, int cols) {
        Tier tier = g.tier();
        Vec[] m = new Vec[rows]; // the rows of M
        for (int i = 0; i < rows; i++) {
            m[i] = tier.zeros(cols);
            for (int c = 0; c < cols; c++) m[i].set(c, velocity.element(i * cols + c));
            for (int b = 0; b < cols; b++) {
                Scalar gv = tier.scalar(0);
                for (int c = 0; c < cols; c++)
                    gv = gv.add(g.element(i * cols + c).multiply(v[b].element(c)));
                m[i].axpy(gv.multiply(top[b]), v[b]);
            }
        }
        // P M = M - sum_a u_a (u_a^T M)
        for (Vec ua : u) {
            Vec utm = tier.zeros(cols);
            for (int i = 0; i < rows; i++) utm.axpy(ua.element(i), m[i]);
            for (int i = 0; i < rows; i++) m[i].axpy(ua.element(i).negate(), utm);
        }
        Scalar out = tier.scalar(0);
        for (Vec row : m) out = out.add(row.dot(row));
        return out;
    }

    /** vec(M^T) for M = vec^-1(x), rows x cols. */
    private static Vec transpose(Vec x, int rows, int cols) {
        Vec out = x.tier().zeros(rows * cols);
        for (int i = 0; i < rows; i++)
            for (int c = 0; c < cols; c++) out.set(c * rows + i, x.element(i * cols + c));
        return out;
    }

    /** U^T M V for M = vec^-1(m) with n columns (u_a of length m, v_b of length n). */
    private static Scalar[][] sandwich(Vec[] u, Vec m, Vec[] v, int cols) {
        Tier tier = m.tier();
        int rows = m.size() / cols;
        Vec[] mv = new Vec[v.length]; // mv[b] = M v_b
        for (int b = 0; b < v.length; b++) {
            mv[b] = tier.zeros(rows);
            for (int i = 0; i < rows; i++) {
                Scalar s = tier.scalar(0);
                for (int k = 0; k < cols; k++)
                    s = s.add(m.element(i * cols + k).multiply(v[b].element(k)));
                mv[b].set(i, s);
            }
        }
        Scalar[][] out = new Scalar[u.length][v.length];
        for (int a = 0; a < u.length; a++)
            for (int b = 0; b < v.length; b++) out[a][b] = u[a].dot(mv[b]);
        return out;
    }

    /** p / q exactly in the tier (2/3 is not a double). */
    private static Scalar exponent(Tier tier, int p, int q) {
        BigFraction f = new BigFraction(p, q);
        return tier.scalar(Value.of(f, Value.text(f)));
    }
}
