package dev.occam.algorithm;

import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;

/** Matrices as arrays of row vectors of one tier: products by row combinations (axpy). */
final class Matrices {
    private Matrices() {}

    static Vec[] identity(Tier tier, int d, Scalar diagonal) {
        Vec[] rows = new Vec[d];
        for (int i = 0; i < d; i++) {
            rows[i] = tier.zeros(d);
            rows[i].set(i, diagonal);
        }
        return rows;
    }

    /** (A B)_i = sum_k A_ik B_k. */
    static Vec[] multiply(Vec[] a, Vec[] b) {
        Vec[] out = new Vec[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = b[0].tier().zeros(b[0].size());
            for (int k = 0; k < b.length; k++) {
                // the entry as a Scalar: get(k) would round a Dfp entry to double, costly and lossy
                Scalar e = a[i].element(k);
                if (e.signum() != 0) out[i].axpy(e, b[k]);
            }
        }
        return out;
    }

    static Vec[] transpose(Vec[] a) {
        int d = a[0].size();
        Vec[] out = new Vec[d];
        for (int j = 0; j < d; j++) {
            out[j] = a[0].tier().zeros(a.length);
            for (int i = 0; i < a.length; i++) out[j].set(i, a[i].element(j));
        }
        return out;
    }

    /** [I, W_1, W_2 W_1, ..., W_N ... W_1]: every product of the first j factors. */
    static Vec[][] prefixes(Vec[][] factors) {
        Vec[][] below = new Vec[factors.length + 1][];
        Tier tier = factors[0][0].tier();
        // I_n: W_1 has n columns
        below[0] = identity(tier, factors[0][0].size(), tier.scalar(1));
        for (int j = 1; j <= factors.length; j++) below[j] = multiply(factors[j - 1], below[j - 1]);
        return below;
    }

    /** The rows of the d x d matrix stored row by row in w. */
    static Vec[] rows(Vec w, int d) {
        return rows(w, d, d);
    }

    /** The rows of the m x n matrix stored row by row in w. */
    static Vec[] rows(Vec w, int m, int n) {
        Vec[] out = new Vec[m];
        for (int i = 0; i < m; i++) {
            out[i] = w.tier().zeros(n);
            for (int j = 0; j < n; j++) out[i].set(j, w.element(i * n + j));
        }
        return out;
    }

    /** vec(A) of a d x d matrix, row by row. */
    static Vec vec(Vec[] a, int d, Tier tier) {
        return vec(a, tier);
    }

    /** vec(A), row by row, for any shape. */
    static Vec vec(Vec[] a, Tier tier) {
        int m = a.length, n = a[0].size();
        Vec w = tier.zeros(m * n);
        for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) w.set(i * n + j, a[i].element(j));
        return w;
    }
}
