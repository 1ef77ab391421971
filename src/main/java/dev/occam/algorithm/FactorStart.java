package dev.occam.algorithm;

import static dev.occam.numeric.RationalLinearAlgebra.fractions;
import static dev.occam.numeric.RationalLinearAlgebra.inverse;
import static dev.occam.numeric.RationalLinearAlgebra.multiply;
import static dev.occam.numeric.RationalLinearAlgebra.transpose;
import static dev.occam.numeric.RationalLinearAlgebra.values;

import dev.occam.numeric.SplitMix64;
import dev.occam.numeric.Value;

import org.hipparchus.fraction.BigFraction;

/**
 * The exact starting factors W_1, ..., W_N (rational) of a factorized run, and their end-to-end
 * product, which is the run's w0. The shapes come from {@link FactorShape}: W_j is k_j x k_{j-1}
 * with k_0 = n and k_N = m, so W = W_N ... W_1 is m x n.
 *
 * <ul>
 *   <li>{@link #identity}: every factor alpha E (E the rectangular identity, ones on the main
 *       diagonal); balanced exactly when {@link FactorShape#identityUnbalancedAt()} is 0 (always
 *       for square factors, and for the default widths min(m, n)); every product commutes when
 *       square.
 *   <li>{@link #cayley}: W_1 = D V^T, W_j = S between, W_N = U D', with U (m x m), V (n x n)
 *       rational orthogonal matrices from the Cayley transform (I - K)(I + K)^-1 of seeded rational
 *       skew-symmetric K, S = alpha diag(1, 3/2, 2, ...) (k x k) and D, D' its rectangular
 *       extensions by zeros: exactly balanced (W_{j+1}^T W_{j+1} = S^2 = W_j W_j^T) when every
 *       hidden width is the same k <= min(m, n), with distinct singular values and singular vectors
 *       in no special position.
 *   <li>{@link #gaussian}: i.i.d. N(0, alpha^2 / fan-in) entries (fan-in: the factor's columns),
 *       seeded; not balanced.
 * </ul>
 *
 * @param factors factors[j] = W_{j+1}, row by row
 */
public record FactorStart(String name, Value[][][] factors) {

    /** Every factor alpha times the rectangular identity of its shape. */
    public static FactorStart identity(FactorShape shape, Value alpha) {
        Value[][][] f = new Value[shape.depth()][][];
        for (int j = 0; j < f.length; j++)
            f[j] = values(diagonal(shape.out(j), shape.in(j), alpha.rational(), 0));
        return new FactorStart("alpha I", f);
    }

    /** Square d x d factors, every one alpha I. */
    public static FactorStart identity(int d, int depth, Value alpha) {
        return identity(FactorShape.square(d, depth), alpha);
    }

    /**
     * The exactly balanced rotated start; needs every hidden width equal to one k <= min(m, n)
     * ({@link FactorShape#rotatable()}).
     */
    public static FactorStart cayley(FactorShape shape, Value alpha, long seed) {
        if (!shape.rotatable())
            throw new IllegalArgumentException(
                    "a balanced rotated start needs every hidden width equal and at most min(m, n)");
        SplitMix64 random = new SplitMix64(seed);
        int m = shape.rows(), n = shape.cols(), depth = shape.depth();
        BigFraction[][] u = cayleyOrthogonal(m, random), v = cayleyOrthogonal(n, random);
        BigFraction a = alpha.rational();
        Value[][][] f = new Value[depth][][];
        if (depth == 1) {
            f[0] = values(multiply(u, multiply(diagonal(m, n, a, 1), transpose(v))));
        } else {
            int k = shape.out(0);
            for (int j = 0; j < depth; j++) f[j] = values(diagonal(k, k, a, 1));
            f[0] = values(multiply(diagonal(k, n, a, 1), transpose(v)));
            f[depth - 1] = values(multiply(u, diagonal(m, k, a, 1)));
        }
        return new FactorStart("Cayley balanced (seed " + seed + ")", f);
    }

    public static FactorStart cayley(int d, int depth, Value alpha, long seed) {
        return cayley(FactorShape.square(d, depth), alpha, seed);
    }

    public static FactorStart gaussian(FactorShape shape, Value alpha, long seed) {
        SplitMix64 random = new SplitMix64(seed);
        Value[][][] f = new Value[shape.depth()][][];
        for (int j = 0; j < f.length; j++) {
            int rows = shape.out(j), cols = shape.in(j);
            double scale = alpha.doubleValue() / Math.sqrt(cols);
            f[j] = new Value[rows][cols];
            for (int r = 0; r < rows; r++)
                for (int c = 0; c < cols; c++) {
                    // the double drawn is the exact start: a binary fraction
                    BigFraction q = new BigFraction(scale * random.nextGaussian());
                    f[j][r][c] = Value.of(q, Double.toString(q.doubleValue()));
                }
        }
        return new FactorStart("Gaussian (seed " + seed + ")", f);
    }

    /** W_N ... W_1, exact, row by row: the run's w0. */
    /** m, the end-to-end matrix's rows (W_N's rows). */
    public int rows() {
        return factors[factors.length - 1].length;
    }

    /** n, the end-to-end matrix's columns (W_1's columns). */
    public int cols() {
        return factors[0][0].length;
    }

    public Value[] endToEnd() {
        BigFraction[][] w = fractions(factors[0]);
        for (int j = 1; j < factors.length; j++) w = multiply(fractions(factors[j]), w);
        int m = w.length, n = w[0].length;
        Value[] out = new Value[m * n];
        for (int i = 0; i < m; i++)
            for (int k = 0; k < n; k++) out[i * n + k] = Value.of(w[i][k], Value.text(w[i][k]));
        return out;
    }

    /** (I - K)(I + K)^-1 for a skew-symmetric K with entries in {-1, -1/2, 0, 1/2, 1}. */
    private static BigFraction[][] cayleyOrthogonal(int d, SplitMix64 random) {
        BigFraction[][] minus = diagonal(d, d, BigFraction.ONE, 0),
                plus = diagonal(d, d, BigFraction.ONE, 0);
        for (int i = 0; i < d; i++)
            for (int k = i + 1; k < d; k++) {
                BigFraction x = new BigFraction((int) Math.floorMod(random.nextLong(), 5L) - 2, 2);
                plus[i][k] = x;
                plus[k][i] = x.negate();
                minus[i][k] = x.negate();
                minus[k][i] = x;
            }
        // I + K is invertible for every real skew-symmetric K: its eigenvalues are 1 + i lambda
        return multiply(minus, inverse(plus));
    }

    /** rows x cols, alpha (1 + step k / 2) at (k, k) for k < min(rows, cols), zero elsewhere. */
    private static BigFraction[][] diagonal(int rows, int cols, BigFraction alpha, int step) {
        BigFraction[][] m = new BigFraction[rows][cols];
        for (int i = 0; i < rows; i++)
            for (int k = 0; k < cols; k++)
                m[i][k] =
                        i != k
                                ? BigFraction.ZERO
                                : alpha.multiply(new BigFraction(2 + step * i, 2));
        return m;
    }
}
