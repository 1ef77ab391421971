package dev.occam.algorithm;

import java.util.Arrays;

/**
 * The shapes of the factors of W = W_N ... W_1 (m x n): W_1 is k_1 x n, W_j is k_j x k_{j-1}, W_N
 * is m x k_{N-1}, with the hidden widths k_1, ..., k_{N-1}. The default width is min(m, n) (d for a
 * square problem): it restricts no rank, and every factor alpha E (E the rectangular identity) is
 * then balanced.
 *
 * @param rows m
 * @param cols n
 * @param hidden k_1, ..., k_{N-1} (empty for N = 1)
 */
public record FactorShape(int rows, int cols, int[] hidden) {

    public FactorShape {
        if (rows < 1 || cols < 1) throw new IllegalArgumentException("rows and cols must be >= 1");
        for (int k : hidden)
            if (k < 1) throw new IllegalArgumentException("hidden widths must be >= 1");
        hidden = hidden.clone();
    }

    /** Depth N with every hidden width min(m, n). */
    public static FactorShape of(int rows, int cols, int depth) {
        int[] hidden = new int[depth - 1];
        Arrays.fill(hidden, Math.min(rows, cols));
        return new FactorShape(rows, cols, hidden);
    }

    public static FactorShape square(int d, int depth) {
        return of(d, d, depth);
    }

    /** N, the number of factors. */
    public int depth() {
        return hidden.length + 1;
    }

    /** k_j for j = 0..N: k_0 = n, k_N = m. */
    public int width(int j) {
        return j == 0 ? cols : j == hidden.length + 1 ? rows : hidden[j - 1];
    }

    /** The rows of factor j (0-based, W_{j+1}). */
    public int out(int j) {
        return width(j + 1);
    }

    /** The columns of factor j (0-based, W_{j+1}). */
    public int in(int j) {
        return width(j);
    }

    /**
     * Where every factor alpha E (E the rectangular identity) is not balanced: W_j W_j^T = alpha^2
     * diag(1 on the first min(k_j, k_{j-1}) entries) and W_{j+1}^T W_{j+1} = alpha^2 diag(1 on the
     * first min(k_{j+1}, k_j)), so iff min(k_{j-1}, k_j) = min(k_j, k_{j+1}) for j = 1..N-1.
     * Returns the first j where that fails, 0 when every factor alpha E is balanced.
     */
    public int identityUnbalancedAt() {
        for (int j = 1; j < depth(); j++)
            if (Math.min(width(j - 1), width(j)) != Math.min(width(j), width(j + 1))) return j;
        return 0;
    }

    /** Every hidden width the same k <= min(m, n): what the balanced rotated start needs. */
    public boolean rotatable() {
        for (int k : hidden) if (k != hidden[0] || k > Math.min(rows, cols)) return false;
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactorShape s
                && s.rows == rows
                && s.cols == cols
                && Arrays.equals(s.hidden, hidden);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(hidden);
    }

    @Override
    public String toString() {
        return rows + "x" + cols + " widths " + Arrays.toString(hidden);
    }

    @Override
    public int[] hidden() {
        return hidden.clone();
    }
}
