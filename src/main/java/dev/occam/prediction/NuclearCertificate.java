package dev.occam.prediction;

import dev.occam.numeric.PositiveDefinite;
import dev.occam.numeric.RationalLinearAlgebra;

import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The third stage of {@link NuclearNorm}: a proof, in exact rational arithmetic, that every
 * minimizer of ||W||_* subject to A(W) = y lies within a radius b of a rational point W0.
 *
 * <p>The polished W, its singular vectors U, V (r of each) and the dual nu are rounded to decimals;
 * W0 is the rounded W moved exactly onto {A(W) = y}. P and Q are the orthogonal projectors onto
 * span U and span V (exact: they are never formed, only bases of their ranges and kernels are), T =
 * {X : P-perp X Q-perp = 0} and Y = A*(nu). Checked exactly, each by Sylvester's criterion on a
 * rational matrix ({@link PositiveDefinite#test(BigFraction[][])}):
 *
 * <ul>
 *   <li>||Y||_op < mu (mu^2 I - Y^T Y positive definite), so Y / mu is dual feasible and L0 = <nu,
 *       y> / mu <= ||W||_* for every feasible W (weak duality);
 *   <li>||P-perp Y Q-perp||_op < c (the block matrix [[c K_U, N_U^T Y N_V], [., c K_V]] positive
 *       definite, N_U, N_V bases of the kernels of U^T, V^T, K their Gram matrices): the strict
 *       margin delta = 1 - c / mu > 0;
 *   <li>||P Y Q-perp||_op, ||P-perp Y Q||_op < eps (the same test with U or V in place of a kernel
 *       basis): P_T(Y) = U V^T up to eps;
 *   <li>||A(X)|| >= sigma ||X||_F on T (K_A - sigma^2 K_B positive definite for a basis of T with
 *       Gram matrix K_B and K_A the Gram matrix of its images): A is injective on T;
 *   <li>||A||_op <= alpha, ||P-perp W0 Q-perp||_F <= rho, and ||W0||_* <= U0 (triangle inequality
 *       over the rounded singular triplets plus sqrt(min(m, n)) times the Frobenius norm of the
 *       rest).
 * </ul>
 *
 * Then every minimizer W* satisfies ||W* - W0||_F <= b = (1 + alpha / sigma) ((U0 - L0 + 2 eps U0)
 * / delta + rho) (derivation in docs/nuclear-norm.md: pinching, weak duality, injectivity).
 */
final class NuclearCertificate {
    /** Tries of a check with a widened constant before it counts as failed. */
    private static final int TRIES = 6;

    /** The exact feasible point W0, row by row. */
    final BigFraction[] w0;

    /** U0 >= ||W0||_*. */
    final BigFraction nuclearUpper;

    /** alpha >= ||A||_op, and how it was shown. */
    final BigFraction alpha;

    final String alphaHow;

    /** The rest is null when there is no dual (the polish failed). */
    final BigFraction mu;

    /** L0 = <nu, y> / mu <= min ||W||_*. */
    final BigFraction dualLower;

    /** c > ||P-perp Y Q-perp||_op, null when not verified. */
    final BigFraction perp;

    /** eps > ||P Y Q-perp||_op and ||P-perp Y Q||_op. */
    final BigFraction offDiagonal;

    /** rho >= ||P-perp W0 Q-perp||_F. */
    final BigFraction normalPart;

    /** sigma <= the smallest singular value of A on T, null when not verified. */
    final BigFraction sigmaT;

    /** b, null when not certified. */
    final BigFraction radius;

    /** Why the radius could not be certified, or null. */
    final String failure;

    private NuclearCertificate(Builder b) {
        this.w0 = b.w0;
        this.nuclearUpper = b.nuclearUpper;
        this.alpha = b.alpha;
        this.alphaHow = b.alphaHow;
        this.mu = b.mu;
        this.dualLower = b.dualLower;
        this.perp = b.perp;
        this.offDiagonal = b.offDiagonal;
        this.normalPart = b.normalPart;
        this.sigmaT = b.sigmaT;
        this.radius = b.radius;
        this.failure = b.failure;
    }

    private static final class Builder {
        BigFraction[] w0;
        BigFraction nuclearUpper,
                alpha,
                mu,
                dualLower,
                perp,
                offDiagonal,
                normalPart,
                sigmaT,
                radius;
        String alphaHow, failure;
    }

    /**
     * The numbers from the polish, as decimals: {@code u[k]}, {@code v[k]} the k-th singular
     * vectors and {@code sigma} the singular values of w (every numerically nonzero one; the first
     * {@code r} span T), and {@code nu} the dual (null when there is none). Nothing here is
     * trusted: the constants the exact checks try are chosen from double estimates of the rounded
     * rational matrices themselves.
     */
    record Input(
            int r,
            BigDecimal[] w,
            BigDecimal[][] u,
            BigDecimal[][] v,
            BigDecimal[] sigma,
            BigDecimal[] nu) {}

    /**
     * @param a the measurement matrix, p x (m n), rational with independent rows
     * @param digits significant digits every input is rounded to
     */
    static NuclearCertificate of(
            BigFraction[][] a, BigFraction[] y, int m, int n, Input in, int digits) {
        Builder b = new Builder();
        MathContext mc = new MathContext(digits, RoundingMode.HALF_EVEN);
        BigFraction[][] at = RationalLinearAlgebra.transpose(a);
        BigFraction[][] gram = RationalLinearAlgebra.multiply(a, at);
        b.w0 = feasible(a, at, gram, y, round(in.w(), mc));
        alpha(b, a, gram);
        int k0 = in.sigma().length, r = in.r();
        BigFraction[][] uAll = new BigFraction[k0][], vAll = new BigFraction[k0][];
        BigFraction[] s = new BigFraction[k0];
        for (int k = 0; k < k0; k++) {
            uAll[k] = round(in.u()[k], mc);
            vAll[k] = round(in.v()[k], mc);
            s[k] = Fractions.of(in.sigma()[k].round(mc));
        }
        b.nuclearUpper = nuclearUpper(b.w0, uAll, vAll, s, m, n, digits);
        BigFraction[][] u = Arrays.copyOf(uAll, Math.min(r, k0)),
                v = Arrays.copyOf(vAll, Math.min(r, k0));
        if (in.nu() == null) {
            b.failure = "no dual certificate (the polish failed)";
            return new NuclearCertificate(b);
        }
        BigFraction[] nu = round(in.nu(), mc);
        BigFraction[][] yMat = reshape(RationalLinearAlgebra.multiply(at, nu), m, n);
        b.mu = dualScale(yMat, tenTo(-(digits - 3)));
        if (b.mu == null) {
            b.failure = "||A*(nu)||_op could not be bounded";
            return new NuclearCertificate(b);
        }
        b.dualLower = Fractions.dot(nu, y).divide(b.mu);
        if (r == 0) {
            b.failure = "rank 0";
            return new NuclearCertificate(b);
        }
        BigFraction[][] uc = columns(u, m), vc = columns(v, n);
        BigFraction[][] nU = kernel(u, m), nV = kernel(v, n);
        if (nU == null || nV == null) {
            b.failure = "the rounded singular vectors are linearly dependent";
            return new NuclearCertificate(b);
        }
        double perpEstimate = projectedNorm(nU, yMat, nV);
        b.perp = perp(nU, yMat, nV, perpEstimate, b.mu);
        if (b.perp == null) {
            b.failure =
                    "the dual certificate is not strict: ||P_T-perp(A* nu)||_op of the least-norm nu is "
                            + String.format(Locale.ROOT, "%.6g", perpEstimate)
                            + ", not verified below 1";
            return new NuclearCertificate(b);
        }
        BigFraction[][] wMat = reshape(b.w0, m, n);
        BigFraction floor = tenTo(-(digits + 4));
        b.offDiagonal =
                ladder(floor, c -> blockBelow(uc, yMat, nV, c) && blockBelow(nU, yMat, vc, c));
        BigFraction rhoOp =
                ladder(
                        floor.multiply(BigFraction.ONE.add(frobeniusUpper(b.w0, 10))),
                        c -> blockBelow(nU, wMat, nV, c));
        if (b.offDiagonal == null || rhoOp == null) {
            b.failure = "P_T(A* nu) = U V^T and W in T could not be verified";
            return new NuclearCertificate(b);
        }
        b.normalPart =
                rhoOp.multiply(sqrtUp(new BigFraction(Math.max(1, Math.min(m - r, n - r))), 10));
        double[] sigmaTEstimate = new double[1];
        b.sigmaT = injectivity(a, u, v, m, n, sigmaTEstimate);
        if (b.sigmaT == null) {
            b.failure =
                    "A is not injective on the tangent space T (smallest singular value about "
                            + String.format(Locale.ROOT, "%.3g", sigmaTEstimate[0])
                            + ", not verified positive)";
            return new NuclearCertificate(b);
        }
        BigFraction delta = BigFraction.ONE.subtract(b.perp.divide(b.mu));
        BigFraction gap = b.nuclearUpper.subtract(b.dualLower);
        BigFraction h =
                gap.add(b.offDiagonal.multiply(2).multiply(b.nuclearUpper))
                        .divide(delta)
                        .add(b.normalPart);
        b.radius = BigFraction.ONE.add(b.alpha.divide(b.sigmaT)).multiply(h);
        return new NuclearCertificate(b);
    }

    /** The rounded point moved exactly onto {A w = y}: w - A^T (A A^T)^-1 (A w - y). */
    static BigFraction[] feasible(
            BigFraction[][] a,
            BigFraction[][] at,
            BigFraction[][] gram,
            BigFraction[] y,
            BigFraction[] w) {
        BigFraction[] res = RationalLinearAlgebra.multiply(a, w);
        boolean zero = true;
        for (int i = 0; i < res.length; i++) {
            res[i] = res[i].subtract(y[i]);
            zero &= res[i].signum() == 0;
        }
        if (zero) return w;
        BigFraction[] c = RationalLinearAlgebra.solve(gram, res);
        BigFraction[] back = RationalLinearAlgebra.multiply(at, c);
        BigFraction[] out = w.clone();
        for (int k = 0; k < out.length; k++) out[k] = out[k].subtract(back[k]);
        return out;
    }

    /** An upper bound of ||A||_op and how it was shown. */
    record OperatorBound(BigFraction value, String how) {}

    private static void alpha(Builder b, BigFraction[][] a, BigFraction[][] gram) {
        OperatorBound bound = operatorNorm(a, gram);
        b.alpha = bound.value();
        b.alphaHow = bound.how();
    }

    /** ||A||_op <= 1 when A A^T = I (completion), else sqrt(lambda_max(A A^T)) checked exactly. */
    static OperatorBound operatorNorm(BigFraction[][] a, BigFraction[][] gram) {
        boolean identity = true;
        for (int i = 0; i < gram.length; i++)
            for (int j = 0; j < gram.length; j++)
                identity &= gram[i][j].equals(i == j ? BigFraction.ONE : BigFraction.ZERO);
        if (identity)
            return new OperatorBound(BigFraction.ONE, "A A^T = I exactly (distinct unit rows)");
        double[][] g = new double[gram.length][gram.length];
        for (int i = 0; i < g.length; i++)
            for (int j = 0; j < g.length; j++) g[i][j] = gram[i][j].doubleValue();
        double lambda =
                new EigenDecompositionSymmetric(new Array2DRowRealMatrix(g, false))
                        .getEigenvalues()[0];
        BigFraction c = up(Math.sqrt(Math.max(lambda, 0)) * (1 + 1e-9) + 1e-300);
        for (int t = 0; t < TRIES; t++, c = c.multiply(2)) {
            BigFraction c2 = c.multiply(c);
            BigFraction[][] s = new BigFraction[gram.length][gram.length];
            for (int i = 0; i < g.length; i++)
                for (int j = 0; j < g.length; j++)
                    s[i][j] = (i == j ? c2 : BigFraction.ZERO).subtract(gram[i][j]);
            if (PositiveDefinite.test(s))
                return new OperatorBound(c, "c^2 I - A A^T positive definite (exact)");
        }
        BigFraction f = BigFraction.ZERO;
        for (BigFraction[] row : a) for (BigFraction x : row) f = f.add(x.multiply(x));
        return new OperatorBound(sqrtUp(f, 20), "the Frobenius norm of A");
    }

    /**
     * ||W0||_* <= sum_k s_k ||u_k|| ||v_k|| + ||E||_*, E = W0 - sum_k s_k u_k v_k^T, with ||E||_*
     * <= sqrt(min(m, n)) ||E||_F: the triangle inequality, whatever the rounded triplets are.
     */
    static BigFraction nuclearUpper(
            BigFraction[] w0,
            BigFraction[][] u,
            BigFraction[][] v,
            BigFraction[] s,
            int m,
            int n,
            int digits) {
        BigFraction[] e = w0.clone();
        BigFraction sum = BigFraction.ZERO;
        for (int k = 0; k < s.length; k++) {
            for (int i = 0; i < m; i++) {
                if (u[k][i].signum() == 0) continue;
                BigFraction su = s[k].multiply(u[k][i]);
                for (int j = 0; j < n; j++)
                    e[i * n + j] = e[i * n + j].subtract(su.multiply(v[k][j]));
            }
            sum =
                    sum.add(
                            s[k].abs()
                                    .multiply(sqrtUp(Fractions.dot(u[k], u[k]), digits + 10))
                                    .multiply(sqrtUp(Fractions.dot(v[k], v[k]), digits + 10)));
        }
        BigFraction f = Fractions.dot(e, e).multiply(Math.min(m, n));
        return sum.add(sqrtUp(f, 10));
    }

    /**
     * mu > ||Y||_op with mu^2 I - Y^T Y positive definite, or null: mu = max(1, estimate) (1 +
     * slack), the slack from 10^-(digits - 3) (at the optimum ||Y||_op = 1) up to 1e-3.
     */
    private static BigFraction dualScale(BigFraction[][] y, BigFraction slack) {
        BigFraction[][] yty = RationalLinearAlgebra.multiply(RationalLinearAlgebra.transpose(y), y);
        double estimate = largestSingularValue(y);
        // at the optimum ||Y||_op = 1 exactly: a double estimate just above 1 is its own rounding
        BigFraction base = estimate > 1 + 1e-9 ? up(estimate) : BigFraction.ONE;
        List<BigFraction> slacks = new ArrayList<>(List.of(slack));
        for (int e = 12; e >= 3; e -= 3) slacks.add(tenTo(-e));
        for (BigFraction sl : slacks) {
            BigFraction mu = base.multiply(BigFraction.ONE.add(sl));
            BigFraction mu2 = mu.multiply(mu);
            BigFraction[][] s = new BigFraction[yty.length][yty.length];
            for (int i = 0; i < s.length; i++)
                for (int j = 0; j < s.length; j++)
                    s[i][j] = (i == j ? mu2 : BigFraction.ZERO).subtract(yty[i][j]);
            if (PositiveDefinite.test(s)) return mu;
        }
        return null;
    }

    /** c with ||P-perp Y Q-perp||_op < c < mu, from the estimate; null when none is found. */
    private static BigFraction perp(
            BigFraction[][] nU,
            BigFraction[][] y,
            BigFraction[][] nV,
            double estimate,
            BigFraction mu) {
        if (nU[0].length == 0 || nV[0].length == 0) return BigFraction.ZERO;
        if (!(estimate < 1)) return null;
        for (int e = 12; e >= 6; e -= 3) {
            BigFraction c = up(estimate * (1 + Math.pow(10, -e)) + 1e-30);
            if (c.compareTo(mu) >= 0) return null;
            if (blockBelow(nU, y, nV, c)) return c;
        }
        return null;
    }

    /**
     * The first of start, 100 start, 10^4 start, ... up to 10 that passes, or null: for the
     * quantities that vanish at the exact optimum and are rounding residues of the data (about
     * 10^-digits), or not, when the numbers are wrong.
     */
    static BigFraction ladder(BigFraction start, Predicate<BigFraction> test) {
        for (BigFraction c = start; c.compareTo(new BigFraction(10)) <= 0; c = c.multiply(100))
            if (test.test(c)) return c;
        return null;
    }

    /**
     * Whether ||Pi_L G Pi_R||_op < c, Pi the orthogonal projectors onto the column spans of L (m x
     * a) and R (n x b), both of full column rank: [[c L^T L, L^T G R], [R^T G^T L, c R^T R]] is
     * positive definite. (With L = Q_L S_L, R = Q_R S_R it is congruent to [[c I, H], [H^T, c I]],
     * H = Q_L^T G Q_R, which is positive definite iff ||H|| < c.)
     */
    static boolean blockBelow(
            BigFraction[][] l, BigFraction[][] g, BigFraction[][] r, BigFraction c) {
        int a = l[0].length, bCols = r[0].length;
        if (a == 0 || bCols == 0) return true;
        BigFraction[][] lt = RationalLinearAlgebra.transpose(l),
                rt = RationalLinearAlgebra.transpose(r);
        BigFraction[][] ll = RationalLinearAlgebra.multiply(lt, l),
                rr = RationalLinearAlgebra.multiply(rt, r);
        BigFraction[][] h =
                RationalLinearAlgebra.multiply(RationalLinearAlgebra.multiply(lt, g), r);
        BigFraction[][] block = new BigFraction[a + bCols][a + bCols];
        for (int i = 0; i < a; i++) {
            for (int j = 0; j < a; j++) block[i][j] = c.multiply(ll[i][j]);
            for (int j = 0; j < bCols; j++) {
                block[i][a + j] = h[i][j];
                block[a + j][i] = h[i][j];
            }
        }
        for (int i = 0; i < bCols; i++)
            for (int j = 0; j < bCols; j++) block[a + i][a + j] = c.multiply(rr[i][j]);
        return PositiveDefinite.test(block);
    }

    /**
     * sigma with ||A(X)|| >= sigma ||X||_F on T = {U B^T + C V^T}, or null. Basis of T: u_i f_j^T
     * (all j) and e_k v_i^T for the rows k outside the r pivot rows of U (where U is invertible), r
     * (m + n - r) independent matrices; K_A - sigma^2 K_B positive definite.
     */
    private static BigFraction injectivity(
            BigFraction[][] a,
            BigFraction[][] u,
            BigFraction[][] v,
            int m,
            int n,
            double[] estimateOut) {
        int r = u.length;
        int[] pivots = pivotRows(u, m);
        List<BigFraction[]> basis = new ArrayList<>();
        for (int i = 0; i < r; i++)
            for (int j = 0; j < n; j++) {
                BigFraction[] e = zeros(m * n);
                for (int k = 0; k < m; k++) e[k * n + j] = u[i][k];
                basis.add(e);
            }
        for (int k = 0; k < m; k++) {
            if (Arrays.binarySearch(pivots, k) >= 0) continue;
            for (int i = 0; i < r; i++) {
                BigFraction[] e = zeros(m * n);
                for (int j = 0; j < n; j++) e[k * n + j] = v[i][j];
                basis.add(e);
            }
        }
        return gain(a, basis, estimateOut);
    }

    /**
     * sigma with ||A(X)|| >= sigma ||X||_F on the span of the independent basis, or null: K_A -
     * sigma^2 K_B positive definite, K_B the basis's Gram matrix and K_A that of its images; the
     * double estimate of the smallest gain goes to estimateOut[0].
     */
    static BigFraction gain(BigFraction[][] a, List<BigFraction[]> basis, double[] estimateOut) {
        int d = basis.size();
        estimateOut[0] = 0;
        if (d > a.length) return null;
        BigFraction[][] images = new BigFraction[d][];
        for (int k = 0; k < d; k++) images[k] = RationalLinearAlgebra.multiply(a, basis.get(k));
        BigFraction[][] ka = new BigFraction[d][d], kb = new BigFraction[d][d];
        for (int k = 0; k < d; k++)
            for (int l = k; l < d; l++) {
                ka[k][l] = ka[l][k] = Fractions.dot(images[k], images[l]);
                kb[k][l] = kb[l][k] = Fractions.dot(basis.get(k), basis.get(l));
            }
        double estimate = generalizedSmallest(ka, kb);
        estimateOut[0] = estimate;
        if (!(estimate > 0)) return null;
        BigFraction sigma = down(estimate * (1 - 1e-6));
        for (int t = 0; t < 3; t++, sigma = sigma.divide(2)) {
            BigFraction s2 = sigma.multiply(sigma);
            BigFraction[][] s = new BigFraction[d][d];
            for (int k = 0; k < d; k++)
                for (int l = 0; l < d; l++) s[k][l] = ka[k][l].subtract(s2.multiply(kb[k][l]));
            if (PositiveDefinite.test(s)) return sigma;
        }
        return null;
    }

    /**
     * A lower bound of ||M||_*: <G, M> / c for G = sum_k u_k v_k^T from M's rounded singular
     * vectors and c > ||G||_op checked exactly (c^2 I - G^T G positive definite); null when the
     * check fails.
     */
    static BigFraction nuclearLower(
            BigFraction[] mVec,
            int m,
            int n,
            BigDecimal[][] uDec,
            BigDecimal[][] vDec,
            int digits) {
        MathContext mc = new MathContext(digits, RoundingMode.HALF_EVEN);
        BigFraction[][] g = new BigFraction[m][n];
        for (BigFraction[] row : g) Arrays.fill(row, BigFraction.ZERO);
        for (int k = 0; k < uDec.length; k++) {
            BigFraction[] u = round(uDec[k], mc), v = round(vDec[k], mc);
            for (int i = 0; i < m; i++)
                for (int j = 0; j < n; j++) g[i][j] = g[i][j].add(u[i].multiply(v[j]));
        }
        BigFraction[][] gtg = RationalLinearAlgebra.multiply(RationalLinearAlgebra.transpose(g), g);
        BigFraction inner = BigFraction.ZERO;
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++) inner = inner.add(g[i][j].multiply(mVec[i * n + j]));
        BigFraction slack = tenTo(-(digits - 10));
        BigFraction c = BigFraction.ONE.add(slack);
        for (int t = 0;
                t < TRIES;
                t++, slack = slack.multiply(1000), c = BigFraction.ONE.add(slack)) {
            BigFraction c2 = c.multiply(c);
            BigFraction[][] s = new BigFraction[n][n];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    s[i][j] = (i == j ? c2 : BigFraction.ZERO).subtract(gtg[i][j]);
            if (PositiveDefinite.test(s)) return inner.divide(c);
        }
        return null;
    }

    /**
     * A basis of the kernel of the r x size matrix with rows q (m x (size - r), as columns), by
     * exact reduced row echelon form; null when the rows are dependent.
     */
    static BigFraction[][] kernel(BigFraction[][] q, int size) {
        int r = q.length;
        BigFraction[][] e = new BigFraction[r][];
        for (int i = 0; i < r; i++) e[i] = q[i].clone();
        int[] pivot = new int[r];
        int row = 0;
        for (int c = 0; c < size && row < r; c++) {
            int p = row;
            while (p < r && e[p][c].signum() == 0) p++;
            if (p == r) continue;
            BigFraction[] t = e[p];
            e[p] = e[row];
            e[row] = t;
            BigFraction inv = e[row][c].reciprocal();
            for (int j = 0; j < size; j++) e[row][j] = e[row][j].multiply(inv);
            for (int i = 0; i < r; i++) {
                if (i == row || e[i][c].signum() == 0) continue;
                BigFraction f = e[i][c];
                for (int j = 0; j < size; j++) e[i][j] = e[i][j].subtract(f.multiply(e[row][j]));
            }
            pivot[row++] = c;
        }
        if (row < r) return null;
        BigFraction[][] basis = new BigFraction[size][size - r];
        for (BigFraction[] b : basis) Arrays.fill(b, BigFraction.ZERO);
        int col = 0;
        for (int f = 0; f < size; f++) {
            if (Arrays.binarySearch(pivot, f) >= 0) continue;
            basis[f][col] = BigFraction.ONE;
            for (int i = 0; i < r; i++) basis[pivot[i]][col] = e[i][f].negate();
            col++;
        }
        return basis;
    }

    /** The pivot columns of the r x m matrix with rows u (rows of U where it is invertible). */
    private static int[] pivotRows(BigFraction[][] u, int m) {
        List<Integer> order = new ArrayList<>();
        BigFraction[][] cols = columns(u, m);
        for (int i = 0; i < m; i++) order.add(i);
        List<Integer> chosen = Fractions.independentRows(cols, order);
        return chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** ||Pi_L G Pi_R||_op in double, from orthonormal bases of the column spans (an estimate). */
    static double projectedNorm(BigFraction[][] l, BigFraction[][] g, BigFraction[][] r) {
        if (l[0].length == 0 || r[0].length == 0) return 0;
        RealMatrix ql = orthonormal(l), qr = orthonormal(r);
        RealMatrix h = ql.transpose().multiply(doubles(g)).multiply(qr);
        return new SingularValueDecomposition(h).getSingularValues()[0];
    }

    static RealMatrix orthonormal(BigFraction[][] a) {
        return new QRDecomposition(doubles(a))
                .getQ()
                .getSubMatrix(0, a.length - 1, 0, a[0].length - 1);
    }

    private static double largestSingularValue(BigFraction[][] g) {
        return new SingularValueDecomposition(doubles(g)).getSingularValues()[0];
    }

    /**
     * The smallest lambda with K_A - lambda K_B singular, square-rooted, in double (an estimate).
     */
    private static double generalizedSmallest(BigFraction[][] ka, BigFraction[][] kb) {
        try {
            RealMatrix l = new CholeskyDecomposition(doubles(kb)).getL();
            RealMatrix li = new LUDecomposition(l).getSolver().getInverse();
            RealMatrix c = li.multiply(doubles(ka)).multiply(li.transpose());
            c = c.add(c.transpose()).scalarMultiply(0.5);
            double[] ev = new EigenDecompositionSymmetric(c).getEigenvalues();
            return Math.sqrt(Math.max(0, ev[ev.length - 1]));
        } catch (MathRuntimeException e) {
            return 0;
        }
    }

    static RealMatrix doubles(BigFraction[][] a) {
        double[][] d = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < a[0].length; j++) d[i][j] = a[i][j].doubleValue();
        return new Array2DRowRealMatrix(d, false);
    }

    /** The matrix whose columns are the vectors q[k] of length size. */
    static BigFraction[][] columns(BigFraction[][] q, int size) {
        BigFraction[][] c = new BigFraction[size][q.length];
        for (int k = 0; k < q.length; k++) for (int i = 0; i < size; i++) c[i][k] = q[k][i];
        return c;
    }

    static BigFraction[][] reshape(BigFraction[] v, int m, int n) {
        BigFraction[][] out = new BigFraction[m][n];
        for (int i = 0; i < m; i++) System.arraycopy(v, i * n, out[i], 0, n);
        return out;
    }

    /**
     * Each entry to the same absolute place: {@code mc}'s digits below the largest entry's leading
     * digit, so that rounding noise far below the vector's size becomes an exact 0.
     */
    static BigFraction[] round(BigDecimal[] v, MathContext mc) {
        BigDecimal largest = BigDecimal.ZERO;
        for (BigDecimal x : v) largest = largest.max(x.abs());
        BigFraction[] out = new BigFraction[v.length];
        if (largest.signum() == 0) {
            Arrays.fill(out, BigFraction.ZERO);
            return out;
        }
        int place = mc.getPrecision() - 1 - (largest.precision() - largest.scale() - 1);
        for (int i = 0; i < v.length; i++)
            out[i] = Fractions.of(v[i].setScale(place, mc.getRoundingMode()));
        return out;
    }

    static BigFraction[] zeros(int n) {
        BigFraction[] z = new BigFraction[n];
        Arrays.fill(z, BigFraction.ZERO);
        return z;
    }

    static BigFraction tenTo(int e) {
        return e >= 0
                ? new BigFraction(BigInteger.TEN.pow(e))
                : new BigFraction(BigInteger.ONE, BigInteger.TEN.pow(-e));
    }

    /** A 12-digit rational at least x (rounded toward +infinity). */
    static BigFraction up(double x) {
        return Fractions.of(new BigDecimal(x).round(new MathContext(12, RoundingMode.CEILING)));
    }

    /** A 12-digit rational at most x (x > 0). */
    static BigFraction down(double x) {
        return Fractions.of(new BigDecimal(x).round(new MathContext(12, RoundingMode.FLOOR)));
    }

    static BigFraction frobeniusUpper(BigFraction[] v, int digits) {
        return sqrtUp(Fractions.dot(v, v), digits);
    }

    /** A decimal rational s >= sqrt(q), q >= 0, to about {@code digits} significant digits. */
    static BigFraction sqrtUp(BigFraction q, int digits) {
        if (q.signum() == 0) return BigFraction.ZERO;
        MathContext mc = new MathContext(digits, RoundingMode.CEILING);
        BigDecimal x = Fractions.decimal(q, digits + 5).max(BigDecimal.ZERO);
        BigDecimal s = x.sqrt(mc);
        BigDecimal ulp = s.ulp();
        BigFraction sq = Fractions.of(s);
        while (sq.multiply(sq).compareTo(q) < 0) {
            s = s.add(ulp);
            sq = Fractions.of(s);
        }
        return sq;
    }

    /** A decimal rational 0 <= s <= sqrt(q), to about {@code digits} significant digits. */
    static BigFraction sqrtDown(BigFraction q, int digits) {
        if (q.signum() <= 0) return BigFraction.ZERO;
        MathContext mc = new MathContext(digits, RoundingMode.FLOOR);
        BigDecimal s = Fractions.decimal(q, digits + 5).sqrt(mc);
        BigDecimal ulp = s.ulp();
        BigFraction sq = Fractions.of(s);
        while (sq.signum() > 0 && sq.multiply(sq).compareTo(q) > 0) {
            s = s.subtract(ulp).max(BigDecimal.ZERO);
            sq = Fractions.of(s);
        }
        return sq;
    }
}
