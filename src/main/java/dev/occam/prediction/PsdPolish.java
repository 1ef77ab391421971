package dev.occam.prediction;

import dev.occam.numeric.DfpLinearAlgebra;
import dev.occam.numeric.Tier;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;

import java.util.Arrays;

/**
 * The second stage of {@link NuclearNormPsd}: Newton's method in Dfp on the optimality conditions
 * of min trace(W) subject to A(W) = y, W positive semidefinite,
 *
 * <pre>
 *   A(W) = y,   (Z W + W Z) / 2 = 0,   Z = I - sum_i nu_i S_i,
 * </pre>
 *
 * the symmetrized complementarity of Alizadeh, Haeberly and Overton (1998): unknowns W (symmetric,
 * its upper triangle) and nu, as many equations. Its Jacobian is nonsingular at a strictly
 * complementary solution whose primal and dual are unique (their Theorem 3.1), so from ADMM's
 * double-precision point it converges quadratically. Steps are minimum-norm least-squares
 * solutions, so a dual that is not unique (the system singular along its family) does not stop W
 * from converging; the dual returned is then the least-norm solution of Y U = U. The inequalities
 * (W and Z positive semidefinite) are not imposed here; the exact certificate checks them.
 */
final class PsdPolish {
    private static final int MAX_STEPS = 40;

    /**
     * @param w the polished W, d x d, symmetric
     * @param nu the dual
     * @param steps Newton steps taken
     * @param lastStep the relative size of the last step
     * @param failure why the polish failed, or null
     */
    record Result(Dfp[][] w, Dfp[] nu, int steps, double lastStep, String failure) {}

    private PsdPolish() {}

    /**
     * @param s the p x d^2 measurement rows vec(S_i), S_i symmetric, independent
     * @param y the measurements
     * @param start ADMM's W (double, d x d)
     * @param r the rank ADMM found: the dual starts as the least-squares nu with Y U = U on its top
     *     r eigenvectors U (Z W = 0 there)
     */
    static Result polish(Dfp[][] s, Dfp[] y, int d, double[][] start, int r) {
        DfpField field = y[0].getField();
        int p = s.length, ns = d * (d + 1) / 2, size = ns + p;
        Dfp[][] w = new Dfp[d][d];
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++) w[i][j] = field.newDfp((start[i][j] + start[j][i]) / 2);
        Dfp[] nu = startDual(s, d, start, r, field);
        int digits = field.getRadixDigits() * 4;
        Dfp tolerance = field.newDfp("1e-" + (digits - 8));
        double last = Double.NaN;
        for (int step = 1; step <= MAX_STEPS; step++) {
            Dfp[][] z = dual(s, nu, d, field);
            Dfp[] f = new Dfp[size];
            Dfp[][] jac = new Dfp[size][size];
            for (Dfp[] row : jac) Arrays.fill(row, field.getZero());
            // rows 0..p-1: A(W) - y; rows p..: the upper triangle of (Z W + W Z) / 2
            for (int i = 0; i < p; i++) f[i] = inner(s[i], w, d).subtract(y[i]);
            Dfp[][] zw = symmetricProduct(z, w, d);
            for (int k = 0, i = 0; i < d; i++) for (int j = i; j < d; j++, k++) f[p + k] = zw[i][j];
            // columns 0..ns-1: W's upper triangle; then nu
            for (int c = 0, a = 0; a < d; a++)
                for (int b = a; b < d; b++, c++) {
                    Dfp[][] e = unit(a, b, d, field);
                    for (int i = 0; i < p; i++) jac[i][c] = inner(s[i], e, d);
                    Dfp[][] ze = symmetricProduct(z, e, d);
                    for (int k = 0, i = 0; i < d; i++)
                        for (int j = i; j < d; j++, k++) jac[p + k][c] = ze[i][j];
                }
            for (int m = 0; m < p; m++) {
                Dfp[][] sm = new Dfp[d][d];
                for (int i = 0; i < d; i++)
                    for (int j = 0; j < d; j++) sm[i][j] = s[m][i * d + j].negate();
                Dfp[][] sw = symmetricProduct(sm, w, d);
                for (int k = 0, i = 0; i < d; i++)
                    for (int j = i; j < d; j++, k++) jac[p + k][ns + m] = sw[i][j];
            }
            for (int k = 0; k < size; k++) f[k] = f[k].negate();
            // least norm: with a dual that is not unique the system is singular along the duals'
            // family, and the minimum-norm step leaves nu where it is along it
            Dfp[] delta = DfpLinearAlgebra.leastNorm(jac, f, digits);
            for (Dfp x : delta)
                if (x.isNaN() || x.isInfinite())
                    return new Result(w, nu, step, last, "the Newton step is not finite");
            Dfp norm = field.getZero(), scale = field.getOne();
            for (int c = 0, a = 0; a < d; a++)
                for (int b = a; b < d; b++, c++) {
                    w[a][b] = w[a][b].add(delta[c]);
                    w[b][a] = w[a][b];
                    norm = norm.add(delta[c].multiply(delta[c]));
                    scale = scale.add(w[a][b].multiply(w[a][b]));
                }
            for (int m = 0; m < p; m++) {
                nu[m] = nu[m].add(delta[ns + m]);
                norm = norm.add(delta[ns + m].multiply(delta[ns + m]));
                scale = scale.add(nu[m].multiply(nu[m]));
            }
            Dfp relative = norm.divide(scale).sqrt();
            last = relative.toDouble();
            if (relative.lessThan(tolerance)) return withLeastNormDual(s, w, r, d, step, last);
        }
        return new Result(
                w, nu, MAX_STEPS, last, "Newton did not converge in " + MAX_STEPS + " steps");
    }

    /**
     * The converged W with the least-norm nu solving Y U = U on its top r eigenvectors U (Candès
     * and Recht's choice of dual, as in {@link NuclearPolish}): the dual Newton found when it is
     * unique, and a definite member of the family when it is not.
     */
    private static Result withLeastNormDual(
            Dfp[][] s, Dfp[][] w, int r, int d, int step, double last) {
        DfpField field = w[0][0].getField();
        int digits = field.getRadixDigits() * 4;
        NuclearPolish.Svd svd = NuclearPolish.svd(w, Tier.forDigits(digits));
        if (svd.sigma().length < r)
            return new Result(
                    w,
                    null,
                    step,
                    last,
                    "W has rank " + svd.sigma().length + " < " + r + " after Newton");
        int p = s.length;
        Dfp[][] m = new Dfp[d * r][p];
        Dfp[] rhs = new Dfp[d * r];
        for (int k = 0; k < r; k++)
            for (int i = 0; i < d; i++) {
                rhs[k * d + i] = svd.u()[k][i];
                for (int c = 0; c < p; c++) {
                    Dfp sum = field.getZero();
                    for (int j = 0; j < d; j++)
                        sum = sum.add(s[c][i * d + j].multiply(svd.u()[k][j]));
                    m[k * d + i][c] = sum;
                }
            }
        return new Result(w, DfpLinearAlgebra.leastNorm(m, rhs, digits), step, last, null);
    }

    /** Least squares for nu in (sum_i nu_i S_i) U = U, U the top r eigenvectors of the start. */
    private static Dfp[] startDual(Dfp[][] s, int d, double[][] start, int r, DfpField field) {
        RealMatrix v =
                new EigenDecompositionSymmetric(new Array2DRowRealMatrix(start, true)).getV();
        int p = s.length;
        double[][] m = new double[d * r][p];
        double[] rhs = new double[d * r];
        for (int k = 0; k < r; k++)
            for (int i = 0; i < d; i++) {
                rhs[k * d + i] = v.getEntry(i, k);
                for (int c = 0; c < p; c++) {
                    double sum = 0;
                    for (int j = 0; j < d; j++)
                        sum += s[c][i * d + j].toDouble() * v.getEntry(j, k);
                    m[k * d + i][c] = sum;
                }
            }
        Dfp[] nu = new Dfp[p];
        if (r == 0) {
            Arrays.fill(nu, field.getZero());
            return nu;
        }
        double[] x =
                new QRDecomposition(new Array2DRowRealMatrix(m, false))
                        .getSolver()
                        .solve(new ArrayRealVector(rhs, false))
                        .toArray();
        for (int c = 0; c < p; c++) nu[c] = field.newDfp(x[c]);
        return nu;
    }

    /** Z = I - sum_i nu_i S_i. */
    static Dfp[][] dual(Dfp[][] s, Dfp[] nu, int d, DfpField field) {
        Dfp[][] z = new Dfp[d][d];
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++) {
                Dfp sum = i == j ? field.getOne() : field.getZero();
                for (int m = 0; m < s.length; m++)
                    sum = sum.subtract(nu[m].multiply(s[m][i * d + j]));
                z[i][j] = sum;
            }
        return z;
    }

    /** (A B + B A) / 2 for symmetric A and B. */
    private static Dfp[][] symmetricProduct(Dfp[][] a, Dfp[][] b, int d) {
        Dfp[][] out = new Dfp[d][d];
        for (int i = 0; i < d; i++)
            for (int j = i; j < d; j++) {
                Dfp sum = a[i][0].getField().getZero();
                for (int k = 0; k < d; k++)
                    sum = sum.add(a[i][k].multiply(b[k][j])).add(b[i][k].multiply(a[k][j]));
                out[i][j] = out[j][i] = sum.divide(2);
            }
        return out;
    }

    /** E_ab + E_ba (a != b), E_aa: the coordinate directions of a symmetric W. */
    private static Dfp[][] unit(int a, int b, int d, DfpField field) {
        Dfp[][] e = new Dfp[d][d];
        for (Dfp[] row : e) Arrays.fill(row, field.getZero());
        e[a][b] = field.getOne();
        e[b][a] = field.getOne();
        return e;
    }

    private static Dfp inner(Dfp[] s, Dfp[][] w, int d) {
        Dfp sum = w[0][0].getField().getZero();
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++)
                if (!s[i * d + j].isZero()) sum = sum.add(s[i * d + j].multiply(w[i][j]));
        return sum;
    }
}
