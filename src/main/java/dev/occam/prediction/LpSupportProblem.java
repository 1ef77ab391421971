package dev.occam.prediction;

import dev.occam.numeric.Value;
import dev.occam.problem.DfpVectors;
import dev.occam.problem.NormSquaredPotential;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.Array2DRowFieldMatrix;
import org.hipparchus.linear.ArrayFieldVector;
import org.hipparchus.linear.FieldDecompositionSolver;
import org.hipparchus.linear.FieldLUDecomposition;

import java.util.Arrays;

/**
 * min 1/2 ||w||_p^2 s.t. Z_S w = 1 on one support set S, with its multipliers lambda (grad psi(w) =
 * Z_S^T lambda), in Dfp. Of the two smooth forms of the KKT system, Newton is run on the one whose
 * power map has exponent >= 1, the other's derivative being unbounded near zero components:
 *
 * <ul>
 *   <li>p <= 2: on lambda, w = grad psi*(Z_S^T lambda) with psi* = 1/2 ||.||_q^2 (exponent q - 1 >=
 *       1); at p near 1 w has components hundreds of orders of magnitude apart while lambda is
 *       moderate;
 *   <li>p > 2: on w itself, w = w0 + N u over the null space N of Z_S, solving N^T grad psi(w) = 0
 *       (exponent p - 1 > 1); at large p it is grad psi(w) whose components spread.
 * </ul>
 *
 * Both are {@link DualNewton} on a potential and a linear map; with as many independent support
 * points as dimensions w = Z_S^-1 1 needs no Newton at all. Newton is started from a nearby point
 * (the caller walks p from 2 in small steps): power maps of degree 100 converge slowly from afar.
 */
final class LpSupportProblem {
    /** The minimizer on S and its multipliers. */
    record Solution(Dfp[] w, Dfp[] lambda) {}

    private final Value p;
    private final NormSquaredPotential psi;
    private final NormSquaredPotential psiStar;

    LpSupportProblem(Value p) {
        this.p = p;
        BigFraction pf = p.rational();
        BigFraction qf = pf.divide(pf.subtract(BigFraction.ONE));
        this.psi = new NormSquaredPotential(p);
        this.psiStar = new NormSquaredPotential(Value.of(qf, Value.text(qf)));
    }

    NormSquaredPotential psi() {
        return psi;
    }

    /**
     * Null when the support is degenerate (dependent points, more points than dimensions) or Newton
     * stalls.
     */
    Solution solve(Dfp[][] zs, Dfp[] start, Dfp tolerance) {
        int m = zs.length;
        int d = zs[0].length;
        DfpField field = start[0].getField();
        Dfp[] ones = new Dfp[m];
        Arrays.fill(ones, field.getOne());
        if (m > d) return null;
        FieldDecompositionSolver<Dfp> gram = solver(gram(zs));
        if (gram == null) return null;
        if (m == d) {
            FieldDecompositionSolver<Dfp> square = solver(zs);
            if (square == null) return null;
            Dfp[] w = square.solve(new ArrayFieldVector<>(ones, false)).toArray();
            return new Solution(w, multipliers(zs, gram, w));
        }
        if (p.rational().compareTo(BigFraction.TWO) <= 0) {
            Dfp[] zero = new Dfp[d];
            Arrays.fill(zero, field.getZero());
            Dfp[] lambda0 =
                    gram.solve(
                                    new ArrayFieldVector<>(
                                            DfpVectors.multiply(zs, psi.gradient(start)), false))
                            .toArray();
            DualNewton.Solution s = DualNewton.solve(zs, ones, zero, lambda0, psi, tolerance);
            return s == null ? null : new Solution(s.w(), s.lambda());
        }
        // w = w0 + N u: w0 the least-norm point of Z_S w = 1, N an orthonormal basis of the null
        // space
        Dfp[] w0 =
                DfpVectors.multiplyTransposed(
                        zs, gram.solve(new ArrayFieldVector<>(ones, false)).toArray());
        Dfp[][] nt = nullSpace(zs, gram);
        Dfp[] u0 = DfpVectors.multiply(nt, DfpVectors.subtract(start, w0));
        Dfp[] zero = new Dfp[nt.length];
        Arrays.fill(zero, field.getZero());
        // psiStar's inverse map is grad psi: residual -N^T grad psi(w0 + N u)
        DualNewton.Solution s = DualNewton.solve(nt, zero, w0, u0, psiStar, tolerance);
        if (s == null) return null;
        Dfp[] w = DfpVectors.add(w0, DfpVectors.multiplyTransposed(nt, s.lambda()));
        return new Solution(w, multipliers(zs, gram, w));
    }

    /** lambda with Z_S^T lambda = grad psi(w), by least squares (exact when w is optimal on S). */
    private Dfp[] multipliers(Dfp[][] zs, FieldDecompositionSolver<Dfp> gram, Dfp[] w) {
        return gram.solve(new ArrayFieldVector<>(DfpVectors.multiply(zs, psi.gradient(w)), false))
                .toArray();
    }

    private static Dfp[][] gram(Dfp[][] zs) {
        Dfp[][] g = new Dfp[zs.length][zs.length];
        for (int i = 0; i < zs.length; i++)
            for (int j = 0; j < zs.length; j++) g[i][j] = DfpVectors.dot(zs[i], zs[j]);
        return g;
    }

    private static FieldDecompositionSolver<Dfp> solver(Dfp[][] a) {
        FieldDecompositionSolver<Dfp> s =
                new FieldLUDecomposition<>(new Array2DRowFieldMatrix<>(a, false)).getSolver();
        return s.isNonSingular() ? s : null;
    }

    /**
     * Rows: an orthonormal basis of {v : Z_S v = 0}, by Gram-Schmidt on the columns of the
     * projector I - Z_S^T (Z_S Z_S^T)^-1 Z_S, largest first.
     */
    private static Dfp[][] nullSpace(Dfp[][] zs, FieldDecompositionSolver<Dfp> gram) {
        int d = zs[0].length;
        int k = d - zs.length;
        DfpField field = zs[0][0].getField();
        Dfp[][] columns = new Dfp[d][];
        for (int j = 0; j < d; j++) {
            Dfp[] e = new Dfp[d];
            Arrays.fill(e, field.getZero());
            e[j] = field.getOne();
            Dfp[] y =
                    gram.solve(new ArrayFieldVector<>(DfpVectors.multiply(zs, e), false)).toArray();
            columns[j] = DfpVectors.subtract(e, DfpVectors.multiplyTransposed(zs, y));
        }
        Dfp[][] basis = new Dfp[k][];
        for (int b = 0; b < k; b++) {
            Dfp[] best = null;
            Dfp bestNorm = field.getZero();
            for (Dfp[] c : columns) {
                Dfp[] r = c;
                for (int i = 0; i < b; i++)
                    r =
                            DfpVectors.subtract(
                                    r, DfpVectors.scale(DfpVectors.dot(basis[i], r), basis[i]));
                Dfp n = DfpVectors.norm2(r);
                if (n.greaterThan(bestNorm)) {
                    best = r;
                    bestNorm = n;
                }
            }
            basis[b] = DfpVectors.scale(bestNorm.reciprocal(), best);
        }
        return basis;
    }
}
