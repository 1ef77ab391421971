package dev.occam.plan.kind;

import dev.occam.numeric.SplitMix64;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import org.hipparchus.fraction.BigFraction;

/**
 * Measurements of a seeded low-rank ground truth, {@code y: {low-rank: r, seed: s}}: W* = U V^T
 * with U (m x r) then V (n x r) drawn row by row from the seeded Gaussian generator of generated
 * data, each draw taken as the exact binary fraction it is, and y_i = <A_i, W*> in exact
 * arithmetic, so predictions on the data stay exact.
 */
final class LowRankTruth {
    private LowRankTruth() {}

    /**
     * W* itself, m x n, exact: what a prediction's ground-truth names as {low-rank: r, seed: s}.
     */
    static Value[][] matrix(Section y, int m, int n) {
        BigFraction[] w = truth(y, m, n);
        Value[][] out = new Value[m][n];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                out[i][j] = Value.of(w[i * n + j], Value.text(w[i * n + j]));
        return out;
    }

    /** vec(W*), row by row. */
    private static BigFraction[] truth(Section y, int m, int n) {
        long r = y.integer("low-rank");
        if (r < 1 || r > Math.min(m, n))
            throw y.error("low-rank", "expected a rank in [1, " + Math.min(m, n) + "], got " + r);
        SplitMix64 random = new SplitMix64(y.integer("seed"));
        y.finish();
        BigFraction[][] u = draw(random, m, (int) r), v = draw(random, n, (int) r);
        BigFraction[] w = new BigFraction[m * n];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++) {
                BigFraction s = BigFraction.ZERO;
                for (int k = 0; k < r; k++) s = s.add(u[i][k].multiply(v[j][k]));
                w[i * n + j] = s;
            }
        return w;
    }

    static Value[] measurements(Section y, Value[][] a, int m, int n) {
        BigFraction[] w = truth(y, m, n);
        Value[] out = new Value[a.length];
        for (int i = 0; i < a.length; i++) {
            BigFraction s = BigFraction.ZERO;
            for (int k = 0; k < w.length; k++)
                if (a[i][k].isRational()) s = s.add(a[i][k].rational().multiply(w[k]));
                else
                    throw y.error(
                            "low-rank", "needs rational A (row " + (i + 1) + " is not rational)");
            out[i] = Value.of(s, Value.text(s));
        }
        return out;
    }

    private static BigFraction[][] draw(SplitMix64 random, int rows, int r) {
        BigFraction[][] x = new BigFraction[rows][r];
        for (int i = 0; i < rows; i++)
            for (int k = 0; k < r; k++) x[i][k] = new BigFraction(random.nextGaussian());
        return x;
    }
}
