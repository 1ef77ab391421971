package dev.occam.certify;

import dev.occam.algorithm.StepSize;
import dev.occam.algorithm.Trajectory;
import dev.occam.numeric.Vec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * A proved bound on how far factorized gradient descent (or its gradient flow) on a least-squares
 * loss can still move after its run: the finite-length argument of {@link TailBounds}, with the
 * Lojasiewicz constant and the smoothness of the loss in the factors bounded on a ball around the
 * last factors instead of globally (the loss in the factors is a polynomial, neither quadratic nor
 * globally smooth).
 *
 * <p>theta = (W_1, ..., W_N) the factors, r(theta) = X vec(W_N ... W_1) - y, L = ||r||^2, grad L =
 * 2 J^T r with J = X DW(theta). On the ball B of radius rho around theta_T, with S = max_j
 * ||W_j(T)||_F + rho bounding every factor's operator norm and U >= sigma_max(X)^2 proved:
 *
 * <ul>
 *   <li>||DW|| <= D1 = sqrt(N) S^(N-1) and ||D^2 W|| <= D2 = N S^(N-2) (the product rule; sums of
 *       ||Delta_j|| are at most sqrt(N) ||Delta||, products of two such sums at most N ||Delta||
 *       ||Delta'||);
 *   <li>sigma_min(J(theta)) >= s = sigma_T - sqrt(U) D2 rho (Weyl), sigma_T <=
 *       sigma_min(J(theta_T)) proved by Sylvester's criterion on J J^T (needs J to have full row
 *       rank), so ||grad L|| >= 2 s sqrt(L);
 *   <li>along a step from an iterate whose loss is at most L_T, ||grad L|| <= G = 2 sqrt(U) D1
 *       ||r_T|| and the residual stays below r+ = ||r_T|| + sqrt(U) D1 eta G, so the Hessian 2 J^T
 *       J + 2 sum r_i X_i D^2 W is at most beta = 2 U D1^2 + 2 r+ sqrt(U) D2 there.
 * </ul>
 *
 * With steps eta_t <= eta_bar and c = 1 - eta_bar beta / 2 > 0, each step decreases L by at least c
 * eta_t ||grad L||^2, so its length eta_t ||grad L|| is at most (sqrt(L_t) - sqrt(L_t+1)) / (c s)
 * and the whole remaining path at most R = ||r_T|| / (c s). If R + eta_bar G <= rho, induction over
 * the steps keeps every iterate and every step's segment in B (a step leaves from a point at most R
 * away and moves at most eta_bar G), so the premises hold throughout; the flow is the case c = 1
 * without the step term. Then ||theta_inf - theta_T|| <= R and ||W_inf - W(theta_T)|| <= D1 R. The
 * computed end-to-end iterate w_T differs from the exact product W(theta_T) of the computed factors
 * by the product's rounding, which is evaluated and added. Products, J and its Gram matrix are
 * formed in {@value SpectralBounds#DIGITS}-digit decimals from the exact binary factors; the
 * results are moved outward past that arithmetic's error.
 */
final class FactorizedTail {
    private static final MathContext MC = SpectralBounds.MC;

    /** Radii tried for the ball before giving up. */
    private static final int SEARCHES = 60;

    private FactorizedTail() {}

    /**
     * @param step the step rule after the run, null for the gradient flow
     * @param rows m, the end-to-end matrix's rows
     * @param columns n, its columns
     */
    static TailBound of(StepSize step, int rows, int columns, Trajectory run, LeastSquaresFacts f) {
        double etaBar = 0;
        if (step != null) {
            if (step.scalesWithLoss()) return null;
            etaBar = step.supremumFrom(run.iterations());
            if (!Double.isFinite(etaBar))
                return TailBound.none(
                        "the schedule "
                                + step.describe()
                                + " is not proved bounded after the run: no smoothness argument covers its future steps");
        }
        BigDecimal[][][] factors = factors(run, rows, columns);
        if (factors == null)
            return TailBound.none(
                    "the run did not keep its factors (or their shapes do not multiply to "
                            + rows
                            + " x "
                            + columns
                            + "): no bound in the factors");
        int depth = factors.length;
        BigDecimal[][][] below = prefixes(factors, columns);
        BigDecimal[][] w = below[depth];
        BigDecimal[] vec = vec(w);
        BigDecimal[][] x = f.x();
        double residual = norm(f.residualAt(vec));
        double rounding = norm(difference(vec, run.last().decimals()));
        BigDecimal[][] jacobian = jacobian(factors, below, x, rows, columns);
        if (jacobian.length > jacobian[0].length)
            return TailBound.none(
                    "J = X DW has more rows ("
                            + jacobian.length
                            + " measurements) than parameters ("
                            + jacobian[0].length
                            + "): no Lojasiewicz constant in the factors");
        SpectralBounds gram = SpectralBounds.ofRows(jacobian, "J J^T");
        // J was formed in 100-digit decimals, each entry within a relative 1e-98 of the exact one:
        // sigma_min moves by at most ||error||_F (Weyl)
        double sigmaT = Math.sqrt(gram.lower()) * (1 - 1e-12) - 1e-97 * frobenius(jacobian);
        if (!(sigmaT > 0))
            return TailBound.none(
                    "J = X DW at the last factors is not proved to have full row rank ("
                            + gram.proof()
                            + "): no Lojasiewicz constant");
        double u = LeastSquaresFacts.up(f.lambdaMax());
        double sqrtU = LeastSquaresFacts.up(Math.sqrt(u));
        double scale = 0;
        for (BigDecimal[][] factor : factors) scale = Math.max(scale, frobenius(factor));
        scale = LeastSquaresFacts.up(scale);

        double rho = 2 * residual / sigmaT;
        for (int attempt = 0; attempt < SEARCHES && Double.isFinite(rho); attempt++) {
            double s = scale + rho;
            double d1 = LeastSquaresFacts.up(Math.sqrt(depth) * Math.pow(s, depth - 1));
            double d2 = depth >= 2 ? LeastSquaresFacts.up(depth * Math.pow(s, depth - 2)) : 0;
            double sigma = sigmaT - LeastSquaresFacts.up(sqrtU * d2 * rho);
            if (!(sigma > 0))
                return TailBound.none(
                        String.format(
                                Locale.ROOT,
                                "the Lojasiewicz constant of the factors cannot be kept positive on a ball that holds "
                                        + "the remaining path: sigma_min(J) >= %s at the last factors, residual %s",
                                Numbers.sci(sigmaT),
                                Numbers.sci(residual)));
            double g = LeastSquaresFacts.up(2 * sqrtU * d1 * residual);
            double rStep = LeastSquaresFacts.up(residual + sqrtU * d1 * etaBar * g);
            double beta = LeastSquaresFacts.up(2 * u * d1 * d1 + 2 * rStep * sqrtU * d2);
            double c = 1 - etaBar * beta / 2 * (1 + 1e-12);
            if (!(c > 0))
                return TailBound.none(
                        String.format(
                                Locale.ROOT,
                                "the step bound %s is not below 2/beta = %s, beta bounding the loss's "
                                        + "smoothness in the factors near the last ones",
                                Numbers.sci(etaBar),
                                Numbers.sci(2 / beta)));
            double path = LeastSquaresFacts.up(residual / (c * sigma));
            double reach = LeastSquaresFacts.up(path + etaBar * g);
            if (reach <= rho) {
                double bound = LeastSquaresFacts.up(d1 * path + rounding);
                String argument =
                        String.format(
                                Locale.ROOT,
                                "%s on the factors (depth %d) decreases L by at least c eta ||grad L||^2 per step "
                                        + "(c = %s, beta = %s; a flow: c = 1) and ||grad L|| >= 2 s sqrt(L) with s = %s on the ball of "
                                        + "radius %s around the last factors (sigma_min(J) >= %s there, %s), so the "
                                        + "factors move at most ||r_T|| / (c s) = %s (||r_T|| = %s) and W at most "
                                        + "sqrt(N) S^(N-1) times that, plus the rounding %s of the computed product: "
                                        + "%s (finite-length argument on the ball)",
                                step == null
                                        ? "gradient flow"
                                        : "gradient descent with steps eta_t <= "
                                                + Numbers.sci(etaBar)
                                                + " for all t >= "
                                                + run.iterations(),
                                depth,
                                Numbers.sci(c),
                                Numbers.sci(beta),
                                Numbers.sci(sigma),
                                Numbers.sci(rho),
                                Numbers.sci(sigmaT),
                                gram.proof(),
                                Numbers.sci(path),
                                Numbers.sci(residual),
                                Numbers.sci(rounding),
                                Numbers.sci(bound));
                // a flow's bound holds for the exact flow; the computed state carries the
                // integrator's error, which is only estimated
                return step == null
                        ? new TailBound(
                                bound,
                                Evidence.ESTIMATE,
                                "estimate: " + argument + " (proved for the exact flow)")
                        : new TailBound(bound, Evidence.PROVED_BOUND, "proved: " + argument);
            }
            rho = Math.max(reach, rho) * 1.25;
        }
        return TailBound.none(
                "no ball around the last factors is proved to hold the remaining path (residual "
                        + Numbers.sci(residual)
                        + ", sigma_min(J) >= "
                        + Numbers.sci(sigmaT)
                        + ")");
    }

    /**
     * The factors W_1..W_N from the run's state, each k_j x k_{j-1} with k_0 = n, k_N = m, as exact
     * decimals; null when the state has none or the shapes do not chain.
     */
    private static BigDecimal[][][] factors(Trajectory run, int rows, int columns) {
        int depth = 0;
        while (run.state().containsKey("W" + (depth + 1))) depth++;
        if (depth == 0) return null;
        BigDecimal[][][] out = new BigDecimal[depth][][];
        int inner = columns;
        for (int j = 0; j < depth; j++) {
            Vec v = run.state().get("W" + (j + 1));
            if (v.size() % inner != 0) return null;
            int k = v.size() / inner;
            BigDecimal[] d = v.decimals();
            out[j] = new BigDecimal[k][inner];
            for (int a = 0; a < k; a++)
                for (int b = 0; b < inner; b++) out[j][a][b] = d[a * inner + b];
            inner = k;
        }
        return inner == rows ? out : null;
    }

    /** below[j] = W_j ... W_1 (below[0] = I_n). */
    private static BigDecimal[][][] prefixes(BigDecimal[][][] factors, int columns) {
        BigDecimal[][][] below = new BigDecimal[factors.length + 1][][];
        below[0] = identity(columns);
        for (int j = 0; j < factors.length; j++) below[j + 1] = multiply(factors[j], below[j]);
        return below;
    }

    /**
     * Row i of J: d (X vec W)_i / d (W_j)_ab = (A_j^T X_i B_j^T)_ab, A_j = W_N ... W_{j+1}, B_j =
     * W_{j-1} ... W_1, X_i row i of X as an m x n matrix.
     */
    private static BigDecimal[][] jacobian(
            BigDecimal[][][] factors,
            BigDecimal[][][] below,
            BigDecimal[][] x,
            int rows,
            int columns) {
        int depth = factors.length;
        int parameters = 0;
        for (BigDecimal[][] factor : factors) parameters += factor.length * factor[0].length;
        // above[j] = W_N ... W_{j+1} (above[N] = I_m)
        BigDecimal[][][] above = new BigDecimal[depth + 1][][];
        above[depth] = identity(rows);
        for (int j = depth - 1; j >= 0; j--) above[j] = multiply(above[j + 1], factors[j]);
        BigDecimal[][] out = new BigDecimal[x.length][parameters];
        for (int i = 0; i < x.length; i++) {
            BigDecimal[][] xi = new BigDecimal[rows][columns];
            for (int p = 0; p < rows; p++)
                for (int q = 0; q < columns; q++) xi[p][q] = x[i][p * columns + q];
            int k = 0;
            for (int j = 0; j < depth; j++) {
                BigDecimal[][] block =
                        multiply(transpose(above[j + 1]), multiply(xi, transpose(below[j])));
                for (BigDecimal[] row : block) for (BigDecimal v : row) out[i][k++] = v;
            }
        }
        return out;
    }

    private static BigDecimal[][] identity(int n) {
        BigDecimal[][] out = new BigDecimal[n][n];
        for (int a = 0; a < n; a++)
            for (int b = 0; b < n; b++) out[a][b] = a == b ? BigDecimal.ONE : BigDecimal.ZERO;
        return out;
    }

    private static BigDecimal[][] multiply(BigDecimal[][] a, BigDecimal[][] b) {
        int n = a.length, k = b.length, m = b[0].length;
        BigDecimal[][] out = new BigDecimal[n][m];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < m; c++) out[i][c] = BigDecimal.ZERO;
            for (int l = 0; l < k; l++) {
                if (a[i][l].signum() == 0) continue;
                for (int c = 0; c < m; c++)
                    out[i][c] = out[i][c].add(a[i][l].multiply(b[l][c], MC), MC);
            }
        }
        return out;
    }

    private static BigDecimal[][] transpose(BigDecimal[][] a) {
        BigDecimal[][] out = new BigDecimal[a[0].length][a.length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < a[0].length; j++) out[j][i] = a[i][j];
        return out;
    }

    private static BigDecimal[] vec(BigDecimal[][] w) {
        BigDecimal[] out = new BigDecimal[w.length * w[0].length];
        int k = 0;
        for (BigDecimal[] row : w) for (BigDecimal v : row) out[k++] = v;
        return out;
    }

    private static BigDecimal[] difference(BigDecimal[] a, BigDecimal[] b) {
        BigDecimal[] out = new BigDecimal[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i].subtract(b[i], MC);
        return out;
    }

    private static double frobenius(BigDecimal[][] a) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal[] row : a) for (BigDecimal v : row) s = s.add(v.multiply(v, MC), MC);
        return LeastSquaresFacts.up(Math.sqrt(s.doubleValue()));
    }

    private static double norm(BigDecimal[] v) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal e : v) s = s.add(e.multiply(e, MC), MC);
        return LeastSquaresFacts.up(Math.sqrt(s.doubleValue()));
    }
}
