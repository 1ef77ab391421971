package dev.occam.numeric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A shared orthonormal eigenbasis V of commuting symmetric matrices A_1, ..., A_m (the caller
 * checks that they commute, exactly), in a precision tier: the eigenvectors of a generic
 * combination C = sum c_i A_i, which for commuting A_i separate every pair of joint eigenvalues
 * that differ, found as the singular vectors of the positive definite C + sI by {@link JacobiSvd}.
 * Eigenvalues of C that coincide to the square root of the tier's epsilon form a block; on each
 * block the A_i restricted to it are scalars (a repeated joint eigenvalue: any basis of the block
 * will do) or else the block is split the same way with another combination.
 *
 * <p>The result is certified by residuals computed in the tier: the orthogonality defect ||V^T V -
 * I||_F and, for each A_i, ||offdiag(V^T A_i V)||_F. With Q the orthogonal polar factor of V (||Q -
 * V||_2 <= ||V^T V - I||_2), Q^T A_i Q = D_i + F_i with ||F_i||_2 <= offdiag_i + 3 ||A_i||_2 ||V^T
 * V - I||_F to first order, so by Weyl every diagonal entry of D_i is within ||F_i||_2 of an
 * eigenvalue of A_i in the basis Q.
 */
public final class JointEigenbasis {
    /** Splitting a block takes a new combination; more levels than this means no joint basis. */
    private static final int MAX_LEVELS = 8;

    private final Scalar[][] v;
    private final Scalar[][] diagonals;
    private final double orthogonality;
    private final double[] offDiagonal;
    private final double[] scale;

    private JointEigenbasis(
            Scalar[][] v,
            Scalar[][] diagonals,
            double orthogonality,
            double[] offDiagonal,
            double[] scale) {
        this.v = v;
        this.diagonals = diagonals;
        this.orthogonality = orthogonality;
        this.offDiagonal = offDiagonal;
        this.scale = scale;
    }

    /**
     * @param a the symmetric d x d matrices, commuting (not checked here)
     * @throws ArithmeticException when no shared basis is found (the matrices do not commute)
     */
    public static JointEigenbasis of(Value[][][] a, Tier tier) {
        return of(a, tier, null);
    }

    /**
     * @param weights the first combination's c_i, or null for generic ones (tests force a repeated
     *     eigenvalue of C with them)
     */
    static JointEigenbasis of(Value[][][] a, Tier tier, double[] weights) {
        int d = a[0].length;
        List<Scalar[][]> m = new ArrayList<>();
        for (Value[][] ai : a) {
            Scalar[][] s = new Scalar[d][d];
            for (int r = 0; r < d; r++) for (int c = 0; c < d; c++) s[r][c] = tier.scalar(ai[r][c]);
            m.add(s);
        }
        Scalar[][] v = basis(m, d, tier, 0, weights);
        Scalar[][] diagonals = new Scalar[m.size()][d];
        double[] off = new double[m.size()], scale = new double[m.size()];
        for (int i = 0; i < m.size(); i++) {
            Scalar[][] t = congruence(v, m.get(i), tier);
            Scalar sum = tier.scalar(0);
            for (int r = 0; r < d; r++) {
                diagonals[i][r] = t[r][r];
                for (int c = 0; c < d; c++) if (r != c) sum = sum.add(t[r][c].multiply(t[r][c]));
            }
            off[i] = sum.sqrt().doubleValue();
            scale[i] = frobenius(m.get(i), tier);
        }
        Scalar[][] id = new Scalar[d][d];
        for (int r = 0; r < d; r++)
            for (int c = 0; c < d; c++) id[r][c] = tier.scalar(r == c ? 1 : 0);
        Scalar[][] gram = congruence(v, id, tier);
        Scalar defect = tier.scalar(0);
        for (int r = 0; r < d; r++)
            for (int c = 0; c < d; c++) {
                Scalar e = r == c ? gram[r][c].subtract(tier.scalar(1)) : gram[r][c];
                defect = defect.add(e.multiply(e));
            }
        return new JointEigenbasis(v, diagonals, defect.sqrt().doubleValue(), off, scale);
    }

    /** V's columns are the shared eigenvectors; V row by row as decimals. */
    public BigDecimal[][] basis() {
        BigDecimal[][] out = new BigDecimal[v.length][v.length];
        for (int r = 0; r < v.length; r++)
            for (int c = 0; c < v.length; c++) out[r][c] = v[r][c].decimal();
        return out;
    }

    /** (V^T A_i V)_kk: row i holds A_i's eigenvalues, column k the k-th joint eigenvector's. */
    public BigDecimal[][] eigenvalues() {
        BigDecimal[][] out = new BigDecimal[diagonals.length][];
        for (int i = 0; i < diagonals.length; i++) {
            out[i] = new BigDecimal[diagonals[i].length];
            for (int k = 0; k < out[i].length; k++) out[i][k] = diagonals[i][k].decimal();
        }
        return out;
    }

    /** ||V^T V - I||_F, computed in the tier. */
    public double orthogonality() {
        return orthogonality;
    }

    /** The largest ||offdiag(V^T A_i V)||_F / ||A_i||_F over i (0 for A_i = 0). */
    public double offDiagonal() {
        double worst = 0;
        for (int i = 0; i < offDiagonal.length; i++)
            if (scale[i] > 0) worst = Math.max(worst, offDiagonal[i] / scale[i]);
        return worst;
    }

    /** An orthonormal basis of R^n diagonalizing every matrix of {@code m}, as columns. */
    private static Scalar[][] basis(
            List<Scalar[][]> m, int n, Tier tier, int level, double[] weights) {
        if (n == 1) return new Scalar[][] {{tier.scalar(1)}};
        if (level > MAX_LEVELS)
            throw new ArithmeticException("no shared eigenbasis: the matrices do not commute");
        // a generic combination: weights no simple relation between the A_i can cancel
        SplitMix64 random = new SplitMix64(1009 + level);
        Scalar[][] c = new Scalar[n][n];
        for (int r = 0; r < n; r++) for (int k = 0; k < n; k++) c[r][k] = tier.scalar(0);
        for (int i = 0; i < m.size(); i++) {
            Scalar[][] b = m.get(i);
            Scalar w = tier.scalar(weights != null ? weights[i] : 0.5 + random.nextUnit());
            for (int r = 0; r < n; r++)
                for (int k = 0; k < n; k++) c[r][k] = c[r][k].add(w.multiply(b[r][k]));
        }
        // C + sI is positive definite for s > ||C||_F: its singular vectors are C's eigenvectors
        Scalar shift = frobeniusScalar(c, tier).add(tier.scalar(1));
        Vec rows = tier.zeros(n * n);
        for (int r = 0; r < n; r++)
            for (int k = 0; k < n; k++) rows.set(r * n + k, r == k ? c[r][k].add(shift) : c[r][k]);
        JacobiSvd svd = JacobiSvd.ofRows(rows, n, n);
        Scalar[] sigma = svd.singularValues();
        Scalar[][] v = new Scalar[n][n];
        for (int k = 0; k < n; k++) {
            Vec col = svd.right(k);
            for (int r = 0; r < n; r++) v[r][k] = col.element(r);
        }
        double gap = Math.sqrt(tier.epsilon()) * shift.doubleValue();
        int start = 0;
        for (int k = 1; k <= n; k++) {
            if (k < n && sigma[k - 1].subtract(sigma[k]).doubleValue() <= gap) continue;
            if (k - start > 1) refine(m, v, start, k, tier, level);
            start = k;
        }
        return v;
    }

    /**
     * Columns [from, to) of v span one eigenspace of the combination: unless every matrix is a
     * scalar there, rotate them into a basis of the block that diagonalizes the restrictions.
     */
    private static void refine(
            List<Scalar[][]> m, Scalar[][] v, int from, int to, Tier tier, int level) {
        int n = v.length, b = to - from;
        Scalar[][] u = new Scalar[n][b];
        for (int r = 0; r < n; r++) for (int k = 0; k < b; k++) u[r][k] = v[r][from + k];
        List<Scalar[][]> restricted = new ArrayList<>();
        boolean scalar = true;
        for (Scalar[][] a : m) {
            Scalar[][] t = congruence(u, a, tier);
            restricted.add(t);
            double size = Math.max(1, frobenius(a, tier));
            for (int r = 0; r < b; r++)
                for (int k = 0; k < b; k++) {
                    Scalar e = r == k ? t[r][k].subtract(t[0][0]) : t[r][k];
                    if (Math.abs(e.doubleValue()) > Math.sqrt(tier.epsilon()) * size)
                        scalar = false;
                }
        }
        if (scalar) return;
        Scalar[][] w = basis(restricted, b, tier, level + 1, null);
        for (int r = 0; r < n; r++)
            for (int k = 0; k < b; k++) {
                Scalar s = tier.scalar(0);
                for (int j = 0; j < b; j++) s = s.add(u[r][j].multiply(w[j][k]));
                v[r][from + k] = s;
            }
    }

    /** U^T A U for U n x b (columns), A n x n. */
    private static Scalar[][] congruence(Scalar[][] u, Scalar[][] a, Tier tier) {
        int n = u.length, b = u[0].length;
        Scalar[][] au = new Scalar[n][b];
        for (int r = 0; r < n; r++)
            for (int k = 0; k < b; k++) {
                Scalar s = tier.scalar(0);
                for (int j = 0; j < n; j++) s = s.add(a[r][j].multiply(u[j][k]));
                au[r][k] = s;
            }
        Scalar[][] out = new Scalar[b][b];
        for (int r = 0; r < b; r++)
            for (int k = 0; k < b; k++) {
                Scalar s = tier.scalar(0);
                for (int j = 0; j < n; j++) s = s.add(u[j][r].multiply(au[j][k]));
                out[r][k] = s;
            }
        return out;
    }

    private static Scalar frobeniusScalar(Scalar[][] a, Tier tier) {
        Scalar s = tier.scalar(0);
        for (Scalar[] row : a) for (Scalar x : row) s = s.add(x.multiply(x));
        return s.sqrt();
    }

    private static double frobenius(Scalar[][] a, Tier tier) {
        return frobeniusScalar(a, tier).doubleValue();
    }
}
