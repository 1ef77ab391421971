package dev.occam.prediction;

import dev.occam.numeric.DfpLinearAlgebra;
import dev.occam.numeric.JacobiSvd;
import dev.occam.numeric.Scalar;
import dev.occam.numeric.Tier;
import dev.occam.numeric.Vec;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The second stage of {@link NuclearNorm}, in Dfp: the rank-r minimizer W* and its least-norm dual
 * nu to the working precision.
 *
 * <p>Primal: from W_k with singular vectors U, V, the next iterate is the least-squares solution of
 * A(W) = y over the tangent space T_k = {U X^T + Y V^T} of the rank-r matrices at W_k (a Newton
 * step on the fixed-rank manifold). W* lies in T_k up to the manifold's curvature, O(||W_k -
 * W*||^2), so when A is injective on T the iteration converges quadratically to the feasible rank-r
 * matrix near the start, which is the minimizer when the certificate below exists.
 *
 * <p>Dual: the least-norm nu with P_T(A*(nu)) = U V^T, i.e. nu = M (M^T M)^-1 c, with M the matrix
 * of A on an orthonormal basis of T and c the coordinates of U V^T (the Candès–Recht least-squares
 * certificate).
 *
 * <p>Orthonormal basis of T: u_i f_j^T (i < r, j < n) and u'_k v_i^T (u'_k an orthonormal basis of
 * the complement of span U), r (m + n - r) matrices.
 */
final class NuclearPolish {
    private static final int MAX_STEPS = 40;

    /** A relative smallest singular value of A on T below this counts as not injective. */
    static final double INJECTIVITY_FLOOR = 1e-10;

    /**
     * @param w the polished minimizer (the last point when the polish failed), m x n
     * @param nu the least-norm dual with P_T(A* nu) = U V^T, or null when the polish failed
     * @param steps polish steps taken
     * @param lastStep ||W_k+1 - W_k||_F / max(1, ||W||_F) of the last step
     * @param failure why the polish failed, or null
     */
    record Result(Dfp[][] w, Dfp[] nu, int steps, double lastStep, String failure) {}

    private NuclearPolish() {}

    /**
     * @param x the p x (m n) measurement matrix in {@code field}
     * @param y the measurements
     * @param r the rank found by ADMM (at least 1)
     * @param start ADMM's point, m x n
     * @param digits decimal digits of {@code field}
     */
    static Result polish(Dfp[][] x, Dfp[] y, int m, int n, int r, double[][] start, int digits) {
        DfpField field = y[0].getField();
        Tier tier = Tier.forDigits(digits);
        int p = x.length, d = r * (m + n - r);
        Dfp[][] w = new Dfp[m][n];
        for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) w[i][j] = field.newDfp(start[i][j]);
        if (d > p)
            return failed(
                    w,
                    0,
                    Double.NaN,
                    "A cannot be injective on the tangent space T: dim T = r (m + n - r) = "
                            + d
                            + " exceeds the "
                            + p
                            + " measurements");
        double tolerance = Math.pow(10, -(digits - 10));
        double last = Double.NaN;
        boolean converged = false;
        for (int steps = 0; ; steps++) {
            Frame f;
            try {
                f = Frame.of(w, r, tier, field);
            } catch (ArithmeticException e) {
                return failed(w, steps, last, e.getMessage());
            }
            Dfp[][] mt = f.measure(x);
            if (steps == 0 && !injective(mt))
                return failed(
                        w,
                        0,
                        Double.NaN,
                        "A is not injective on the tangent space T at the rank-"
                                + r
                                + " point ADMM found: the smallest singular value of A on T is "
                                + String.format(
                                        Locale.ROOT, "%.2e", singularValues(mt)[mt[0].length - 1]));
            try {
                if (converged) {
                    Dfp[] nu =
                            multiply(mt, DfpLinearAlgebra.solve(gram(mt), f.coordinatesOfUVt(n)));
                    return new Result(w, nu, steps, last, null);
                }
                if (steps == MAX_STEPS)
                    return failed(
                            w,
                            steps,
                            last,
                            "the polish on the rank-"
                                    + r
                                    + " manifold did not converge in "
                                    + MAX_STEPS
                                    + " steps (last relative step "
                                    + String.format(Locale.ROOT, "%.2e", last)
                                    + "): no feasible rank-"
                                    + r
                                    + " matrix near ADMM's point");
                Dfp[][] next =
                        f.combine(DfpLinearAlgebra.solve(gram(mt), transposeTimes(mt, y)), m, n);
                Dfp diff = field.getZero(), size = field.getZero();
                for (int i = 0; i < m; i++)
                    for (int j = 0; j < n; j++) {
                        Dfp e = next[i][j].subtract(w[i][j]);
                        diff = diff.add(e.multiply(e));
                        size = size.add(next[i][j].multiply(next[i][j]));
                    }
                last = diff.sqrt().toDouble() / Math.max(1, size.sqrt().toDouble());
                w = next;
                converged = last <= tolerance;
            } catch (ArithmeticException singular) {
                return failed(
                        w,
                        steps,
                        last,
                        "A is not injective on T: the normal equations are singular");
            }
        }
    }

    private static Result failed(Dfp[][] w, int steps, double last, String why) {
        return new Result(w, null, steps, last, why);
    }

    /** The singular vectors of the current point and the orthonormal basis of its tangent space. */
    private record Frame(Dfp[][] u, Dfp[][] v, Dfp[][] uPerp, int m, int n) {
        static Frame of(Dfp[][] w, int r, Tier tier, DfpField field) {
            int m = w.length, n = w[0].length;
            Svd svd = svd(w, tier);
            if (svd.sigma().length < r)
                throw new ArithmeticException(
                        "the point has numerical rank " + svd.sigma().length + " < " + r);
            Dfp[][] u = Arrays.copyOf(svd.u(), r), v = Arrays.copyOf(svd.v(), r);
            return new Frame(u, v, complement(u, m, field), m, n);
        }

        int size() {
            return u.length * n + uPerp.length * u.length;
        }

        /** vec of the k-th basis matrix: u_i f_j^T for k = i n + j, then u'_l v_i^T. */
        Dfp[] element(int k, DfpField field) {
            Dfp[] e = new Dfp[m * n];
            Arrays.fill(e, field.getZero());
            int r = u.length;
            if (k < r * n) {
                int i = k / n, j = k % n;
                for (int a = 0; a < m; a++) e[a * n + j] = u[i][a];
            } else {
                int l = (k - r * n) / r, i = (k - r * n) % r;
                for (int a = 0; a < m; a++)
                    for (int b = 0; b < n; b++) e[a * n + b] = uPerp[l][a].multiply(v[i][b]);
            }
            return e;
        }

        /** The p x dim T matrix of A on the basis. */
        Dfp[][] measure(Dfp[][] x) {
            DfpField field = x[0][0].getField();
            int d = size();
            Dfp[][] mt = new Dfp[x.length][d];
            for (int k = 0; k < d; k++) {
                Dfp[] e = element(k, field);
                for (int i = 0; i < x.length; i++) {
                    Dfp s = field.getZero();
                    for (int a = 0; a < e.length; a++)
                        if (!x[i][a].isZero() && !e[a].isZero()) s = s.add(x[i][a].multiply(e[a]));
                    mt[i][k] = s;
                }
            }
            return mt;
        }

        /** sum_k c_k B_k as an m x n matrix. */
        Dfp[][] combine(Dfp[] c, int m, int n) {
            DfpField field = c[0].getField();
            Dfp[][] out = new Dfp[m][n];
            for (Dfp[] row : out) Arrays.fill(row, field.getZero());
            for (int k = 0; k < c.length; k++) {
                Dfp[] e = element(k, field);
                for (int a = 0; a < m * n; a++)
                    if (!e[a].isZero())
                        out[a / n][a % n] = out[a / n][a % n].add(c[k].multiply(e[a]));
            }
            return out;
        }

        /** <B_k, U V^T>: V_ji for u_i f_j^T, 0 for u'_l v_i^T. */
        Dfp[] coordinatesOfUVt(int n) {
            DfpField field = u[0][0].getField();
            Dfp[] c = new Dfp[size()];
            Arrays.fill(c, field.getZero());
            for (int i = 0; i < u.length; i++) for (int j = 0; j < n; j++) c[i * n + j] = v[i][j];
            return c;
        }
    }

    /**
     * An orthonormal basis of the complement of the orthonormal vectors q in R^size: Gram-Schmidt
     * (twice) of the unit vector with the largest remaining part, until size vectors in all.
     */
    static Dfp[][] complement(Dfp[][] q, int size, DfpField field) {
        List<Dfp[]> basis = new ArrayList<>(List.of(q));
        List<Dfp[]> added = new ArrayList<>();
        boolean[] used = new boolean[size];
        while (basis.size() < size) {
            int best = -1;
            Dfp[] bestVec = null;
            Dfp bestNorm = null;
            for (int e = 0; e < size; e++) {
                if (used[e]) continue;
                Dfp[] x = new Dfp[size];
                Arrays.fill(x, field.getZero());
                x[e] = field.getOne();
                for (int pass = 0; pass < 2; pass++)
                    for (Dfp[] b : basis) {
                        Dfp c = dot(b, x);
                        for (int i = 0; i < size; i++) x[i] = x[i].subtract(c.multiply(b[i]));
                    }
                Dfp nrm = dot(x, x).sqrt();
                if (bestNorm == null || nrm.greaterThan(bestNorm)) {
                    best = e;
                    bestVec = x;
                    bestNorm = nrm;
                }
            }
            used[best] = true;
            for (int i = 0; i < size; i++) bestVec[i] = bestVec[i].divide(bestNorm);
            basis.add(bestVec);
            added.add(bestVec);
        }
        return added.toArray(new Dfp[0][]);
    }

    /**
     * The numerically nonzero singular triplets of w: sigma decreasing, u[k] (length m), v[k]
     * (length n).
     */
    record Svd(Dfp[] sigma, Dfp[][] u, Dfp[][] v) {}

    /**
     * The SVD of w through its numerical range: Gram-Schmidt with column pivoting stops at columns
     * below 10^-(0.6 digits) ||w||_F, giving w = Q B with Q orthonormal (m x k), and one-sided
     * Jacobi runs on B^T, whose k columns are independent: the compression decides the numerical
     * rank, so only the k nonzero triplets are returned.
     */
    static Svd svd(Dfp[][] w, Tier tier) {
        int m = w.length, n = w[0].length;
        DfpField field = w[0][0].getField();
        Dfp[][] cols = new Dfp[n][m];
        Dfp total = field.getZero();
        for (int j = 0; j < n; j++)
            for (int i = 0; i < m; i++) {
                cols[j][i] = w[i][j];
                total = total.add(w[i][j].multiply(w[i][j]));
            }
        Dfp floor =
                total.sqrt().multiply(field.newDfp("1e-" + (int) Math.ceil(0.6 * tier.digits())));
        List<Dfp[]> q = new ArrayList<>();
        boolean[] used = new boolean[n];
        while (q.size() < Math.min(m, n)) {
            int best = -1;
            Dfp bestNorm = floor;
            for (int j = 0; j < n; j++) {
                if (used[j]) continue;
                Dfp nrm = dot(cols[j], cols[j]).sqrt();
                if (nrm.greaterThan(bestNorm)) {
                    best = j;
                    bestNorm = nrm;
                }
            }
            if (best < 0) break;
            used[best] = true;
            Dfp[] e = new Dfp[m];
            for (int i = 0; i < m; i++) e[i] = cols[best][i].divide(bestNorm);
            for (int pass = 0; pass < 2; pass++)
                for (Dfp[] b : q) {
                    Dfp c = dot(b, e);
                    for (int i = 0; i < m; i++) e[i] = e[i].subtract(c.multiply(b[i]));
                }
            Dfp en = dot(e, e).sqrt();
            for (int i = 0; i < m; i++) e[i] = e[i].divide(en);
            q.add(e);
            for (int j = 0; j < n; j++) {
                if (used[j]) continue;
                Dfp c = dot(e, cols[j]);
                for (int i = 0; i < m; i++) cols[j][i] = cols[j][i].subtract(c.multiply(e[i]));
            }
        }
        int k = q.size();
        if (k == 0) return new Svd(new Dfp[0], new Dfp[0][], new Dfp[0][]);
        // B^T, n x k, row by row: (B^T)_jl = q_l . w_:j
        BigDecimal[] flat = new BigDecimal[n * k];
        for (int j = 0; j < n; j++)
            for (int l = 0; l < k; l++) {
                Dfp s = field.getZero();
                for (int i = 0; i < m; i++) s = s.add(q.get(l)[i].multiply(w[i][j]));
                flat[j * k + l] = Decimals.of(s);
            }
        JacobiSvd bt = JacobiSvd.ofRows(tier.of(flat), n, k);
        Scalar[] s = bt.singularValues();
        Dfp[] sigma = new Dfp[k];
        Dfp[][] u = new Dfp[k][], v = new Dfp[k][];
        for (int a = 0; a < k; a++) {
            sigma[a] = field.newDfp(s[a].decimal().toString());
            v[a] = dfp(bt.left(a), field);
            Dfp[] vb = dfp(bt.right(a), field);
            u[a] = new Dfp[m];
            for (int i = 0; i < m; i++) {
                Dfp x = field.getZero();
                for (int l = 0; l < k; l++) x = x.add(q.get(l)[i].multiply(vb[l]));
                u[a][i] = x;
            }
        }
        return new Svd(sigma, u, v);
    }

    private static Dfp[] dfp(Vec v, DfpField field) {
        Dfp[] out = new Dfp[v.size()];
        for (int i = 0; i < out.length; i++) out[i] = field.newDfp(v.decimal(i).toString());
        return out;
    }

    private static Dfp dot(Dfp[] a, Dfp[] b) {
        Dfp s = a[0].getField().getZero();
        for (int i = 0; i < a.length; i++) s = s.add(a[i].multiply(b[i]));
        return s;
    }

    private static Dfp[][] gram(Dfp[][] mt) {
        int d = mt[0].length;
        Dfp[][] g = new Dfp[d][d];
        for (int k = 0; k < d; k++)
            for (int l = k; l < d; l++) {
                Dfp s = mt[0][0].getField().getZero();
                for (Dfp[] row : mt) s = s.add(row[k].multiply(row[l]));
                g[k][l] = s;
                g[l][k] = s;
            }
        return g;
    }

    private static Dfp[] transposeTimes(Dfp[][] mt, Dfp[] y) {
        int d = mt[0].length;
        Dfp[] out = new Dfp[d];
        for (int k = 0; k < d; k++) {
            Dfp s = y[0].getField().getZero();
            for (int i = 0; i < mt.length; i++) s = s.add(mt[i][k].multiply(y[i]));
            out[k] = s;
        }
        return out;
    }

    private static Dfp[] multiply(Dfp[][] mt, Dfp[] c) {
        Dfp[] out = new Dfp[mt.length];
        for (int i = 0; i < mt.length; i++) out[i] = dot(mt[i], c);
        return out;
    }

    private static double[][] doubles(Dfp[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = new double[a[i].length];
            for (int j = 0; j < a[i].length; j++) out[i][j] = a[i][j].toDouble();
        }
        return out;
    }

    /**
     * Whether the smallest singular value of A on T (the p x d matrix mt, p >= d) exceeds {@link
     * #INJECTIVITY_FLOOR} times the largest, in double: a guard for the polish only; the
     * certificate proves injectivity on its own.
     */
    private static boolean injective(Dfp[][] mt) {
        double[] s = singularValues(mt);
        return s[s.length - 1] > INJECTIVITY_FLOOR * Math.max(1, s[0]);
    }

    private static double[] singularValues(Dfp[][] mt) {
        return new SingularValueDecomposition(new Array2DRowRealMatrix(doubles(mt), false))
                .getSingularValues();
    }
}
