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
 * The exact starting factors W_1, ..., W_N (d x d, rational) of a factorized run, and their
 * end-to-end product, which is the run's w0.
 *
 * <ul>
 *   <li>{@link #identity}: every factor alpha I (balanced, and every product commutes).
 *   <li>{@link #cayley}: W_1 = S V^T, W_j = S between, W_N = U S, with U, V rational orthogonal
 *       matrices from the Cayley transform (I - K)(I + K)^-1 of seeded rational skew-symmetric K,
 *       and S = alpha diag(1, 3/2, 2, ...): exactly balanced (W_{j+1}^T W_{j+1} = S^2 = W_j W_j^T),
 *       with distinct singular values and singular vectors in no special position.
 *   <li>{@link #gaussian}: i.i.d. N(0, alpha^2 / d) entries, seeded; not balanced.
 * </ul>
 *
 * @param factors factors[j] = W_{j+1}, row by row
 */
public record FactorStart(String name, Value[][][] factors) {

    public static FactorStart identity(int d, int depth, Value alpha) {
        Value[][][] f = new Value[depth][][];
        for (int j = 0; j < depth; j++) f[j] = values(diagonal(d, alpha.rational(), 0));
        return new FactorStart("alpha I", f);
    }

    public static FactorStart cayley(int d, int depth, Value alpha, long seed) {
        SplitMix64 random = new SplitMix64(seed);
        BigFraction[][] u = cayleyOrthogonal(d, random), v = cayleyOrthogonal(d, random);
        BigFraction[][] s = diagonal(d, alpha.rational(), 1);
        Value[][][] f = new Value[depth][][];
        if (depth == 1) {
            f[0] = values(multiply(u, multiply(s, transpose(v))));
        } else {
            for (int j = 0; j < depth; j++) f[j] = values(s);
            f[0] = values(multiply(s, transpose(v)));
            f[depth - 1] = values(multiply(u, s));
        }
        return new FactorStart("Cayley balanced (seed " + seed + ")", f);
    }

    public static FactorStart gaussian(int d, int depth, Value alpha, long seed) {
        SplitMix64 random = new SplitMix64(seed);
        double scale = alpha.doubleValue() / Math.sqrt(d);
        Value[][][] f = new Value[depth][d][d];
        for (int j = 0; j < depth; j++)
            for (int r = 0; r < d; r++)
                for (int c = 0; c < d; c++) {
                    // the double drawn is the exact start: a binary fraction
                    BigFraction q = new BigFraction(scale * random.nextGaussian());
                    f[j][r][c] = Value.of(q, Double.toString(q.doubleValue()));
                }
        return new FactorStart("Gaussian (seed " + seed + ")", f);
    }

    /** W_N ... W_1, exact, row by row: the run's w0. */
    public Value[] endToEnd() {
        BigFraction[][] w = fractions(factors[0]);
        for (int j = 1; j < factors.length; j++) w = multiply(fractions(factors[j]), w);
        int d = w.length;
        Value[] out = new Value[d * d];
        for (int i = 0; i < d; i++)
            for (int k = 0; k < d; k++) out[i * d + k] = Value.of(w[i][k], Value.text(w[i][k]));
        return out;
    }

    /** (I - K)(I + K)^-1 for a skew-symmetric K with entries in {-1, -1/2, 0, 1/2, 1}. */
    private static BigFraction[][] cayleyOrthogonal(int d, SplitMix64 random) {
        BigFraction[][] minus = diagonal(d, BigFraction.ONE, 0),
                plus = diagonal(d, BigFraction.ONE, 0);
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

    /** diag(alpha (1 + step k / 2)), k = 0..d-1. */
    private static BigFraction[][] diagonal(int d, BigFraction alpha, int step) {
        BigFraction[][] m = new BigFraction[d][d];
        for (int i = 0; i < d; i++)
            for (int k = 0; k < d; k++)
                m[i][k] =
                        i != k
                                ? BigFraction.ZERO
                                : alpha.multiply(new BigFraction(2 + step * i, 2));
        return m;
    }
}
