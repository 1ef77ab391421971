package dev.occam.prediction;

import static dev.occam.prediction.NuclearCertificate.blockBelow;
import static dev.occam.prediction.NuclearCertificate.columns;
import static dev.occam.prediction.NuclearCertificate.ladder;
import static dev.occam.prediction.NuclearCertificate.round;
import static dev.occam.prediction.NuclearCertificate.sqrtUp;
import static dev.occam.prediction.NuclearCertificate.tenTo;

import dev.occam.numeric.PositiveDefinite;
import dev.occam.numeric.RationalLinearAlgebra;

import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The third stage of {@link NuclearNormPsd}: a proof, in exact rational arithmetic, that every
 * minimizer of trace(W) subject to A(W) = y, W positive semidefinite, lies within a radius b of a
 * rational point W0.
 *
 * <p>W, its top r eigenvectors U and the dual nu are rounded; W0 is the rounded W moved exactly
 * onto {A(W) = y}; P is the orthogonal projector onto span U (never formed: U and a basis N of the
 * kernel of U^T stand for it), Y = sum_i nu_i S_i. Checked exactly by Sylvester's criterion:
 *
 * <ul>
 *   <li>mu I - Y positive definite: Y / mu is dual feasible, so L0 = <nu, y> / mu <= trace(W) for
 *       every feasible positive semidefinite W (weak duality);
 *   <li>N^T (kappa I - Y) N positive definite with kappa < mu: the strict complementarity margin c
 *       = mu - kappa > 0 of Z = mu I - Y on range(P-perp);
 *   <li>||P Y P-perp||_op < eps, ||P W0 P-perp||_op and ||P-perp W0 P-perp||_op below rounding
 *       residues (block tests);
 *   <li>||A(X)|| >= sigma ||X||_F on the face {U S U^T : S symmetric} (injectivity there, which is
 *       what uniqueness needs over the cone, rather than on the whole tangent space);
 *   <li>W1 = W0 + t D positive definite, D the projection of N N^T onto the kernel of A: an exactly
 *       feasible positive semidefinite point, so U0 = trace(W1) bounds the minimum from above.
 * </ul>
 *
 * Then every minimizer W* satisfies ||W* - W0||_F <= b = (1 + alpha / sigma) g with g = h +
 * rho_perp + sqrt(2) (sqrt(U0 h) + rho_off) and h = (mu (U0 - L0) + 2 eps U0) / c (derivation in
 * docs/nuclear-norm.md, "The positive semidefinite variant").
 */
final class PsdCertificate {
    /** The exact feasible point W0, row by row (symmetric). */
    final BigFraction[] w0;

    final NuclearCertificate.OperatorBound alpha;

    /** U0 = trace(W1) >= the minimum, W1 an exactly feasible positive definite point; or null. */
    final BigFraction traceUpper;

    /** The rest is null when not verified. */
    final BigFraction mu;

    /** L0 = <nu, y> / mu <= the minimum. */
    final BigFraction dualLower;

    /** c = mu - kappa > 0, the margin of mu I - Y on range(P-perp). */
    final BigFraction margin;

    /** eps > ||P Y P-perp||_op. */
    final BigFraction offDiagonal;

    /** rho_off >= ||P W0 P-perp||_F, rho_perp >= ||P-perp W0 P-perp||_F. */
    final BigFraction rhoOff, rhoPerp;

    /** sigma <= the smallest gain of A on the face {U S U^T}. */
    final BigFraction sigmaFace;

    /** b, null when not certified. */
    final BigFraction radius;

    /** Why the radius could not be certified, or null. */
    final String failure;

    /**
     * The polish's numbers as decimals: W (d^2, row by row), its top r eigenvectors u[k] and the
     * dual nu (null when there is none). Nothing here is trusted.
     */
    record Input(BigDecimal[] w, BigDecimal[][] u, BigDecimal[] nu) {}

    private PsdCertificate(Builder b) {
        w0 = b.w0;
        alpha = b.alpha;
        traceUpper = b.traceUpper;
        mu = b.mu;
        dualLower = b.dualLower;
        margin = b.margin;
        offDiagonal = b.offDiagonal;
        rhoOff = b.rhoOff;
        rhoPerp = b.rhoPerp;
        sigmaFace = b.sigmaFace;
        radius = b.radius;
        failure = b.failure;
    }

    private static final class Builder {
        BigFraction[] w0;
        NuclearCertificate.OperatorBound alpha;
        BigFraction traceUpper, mu, dualLower, margin, offDiagonal, rhoOff, rhoPerp, sigmaFace;
        BigFraction radius;
        String failure;

        PsdCertificate fail(String why) {
            failure = why;
            return new PsdCertificate(this);
        }
    }

    /**
     * @param s the p x d^2 rows vec(S_i), S_i symmetric and rational, independent
     * @param digits significant digits every input is rounded to
     */
    static PsdCertificate of(BigFraction[][] s, BigFraction[] y, int d, Input in, int digits) {
        Builder b = new Builder();
        MathContext mc = new MathContext(digits, RoundingMode.HALF_EVEN);
        BigFraction[][] st = RationalLinearAlgebra.transpose(s);
        BigFraction[][] gram = RationalLinearAlgebra.multiply(s, st);
        BigFraction[] w = round(in.w(), mc);
        for (int i = 0; i < d; i++)
            for (int j = 0; j < i; j++)
                w[i * d + j] = w[j * d + i] = w[i * d + j].add(w[j * d + i]).divide(2);
        b.w0 = NuclearCertificate.feasible(s, st, gram, y, w);
        b.alpha = NuclearCertificate.operatorNorm(s, gram);
        int r = in.u().length;
        BigFraction[][] u = new BigFraction[r][];
        for (int k = 0; k < r; k++) u[k] = round(in.u()[k], mc);
        BigFraction[][] uc = columns(u, d);
        BigFraction[][] n = r == 0 ? null : NuclearCertificate.kernel(u, d);
        if (r > 0 && n == null) return b.fail("the rounded eigenvectors are linearly dependent");
        b.traceUpper = traceUpper(s, st, gram, b.w0, n, d, digits);
        if (b.traceUpper == null)
            return b.fail("no exactly feasible positive definite point found near W");
        if (in.nu() == null) return b.fail("no dual certificate (the polish failed)");
        BigFraction[] nu = round(in.nu(), mc);
        BigFraction[][] yMat =
                NuclearCertificate.reshape(RationalLinearAlgebra.multiply(st, nu), d, d);
        b.mu = dualScale(yMat, digits);
        if (b.mu == null)
            return b.fail(
                    "lambda_max(sum_i nu_i S_i) could not be bounded: the dual is not feasible");
        b.dualLower = Fractions.dot(nu, y).divide(b.mu);
        if (r == 0) return b.fail("rank 0");
        boolean full = r == d;
        BigFraction kappa = full ? BigFraction.ZERO : kappa(n, yMat, b.mu);
        if (kappa == null)
            return b.fail(
                    "strict complementarity not verified: lambda_max of sum_i nu_i S_i on the complement of range(W) is "
                            + String.format(Locale.ROOT, "%.6g", compressedMax(n, yMat))
                            + ", not verified below 1");
        b.margin = b.mu.subtract(kappa);
        BigFraction[][] wMat = NuclearCertificate.reshape(b.w0, d, d);
        BigFraction floor = tenTo(-(digits + 4));
        BigFraction wScale = BigFraction.ONE.add(NuclearCertificate.frobeniusUpper(b.w0, 10));
        if (full) {
            b.offDiagonal = b.rhoOff = b.rhoPerp = BigFraction.ZERO;
        } else {
            b.offDiagonal = ladder(floor, c -> blockBelow(uc, yMat, n, c));
            BigFraction off = ladder(floor.multiply(wScale), c -> blockBelow(uc, wMat, n, c));
            BigFraction perp = ladder(floor.multiply(wScale), c -> blockBelow(n, wMat, n, c));
            if (b.offDiagonal == null || off == null || perp == null)
                return b.fail("Y U = U and W in the face of U could not be verified");
            b.rhoOff = off.multiply(sqrtUp(new BigFraction(Math.min(r, d - r)), 10));
            b.rhoPerp = perp.multiply(sqrtUp(new BigFraction(d - r), 10));
        }
        double[] estimate = new double[1];
        b.sigmaFace = NuclearCertificate.gain(s, faceBasis(u, d), estimate);
        if (b.sigmaFace == null)
            return b.fail(
                    "A is not injective on the face {U S U^T} (smallest gain about "
                            + String.format(Locale.ROOT, "%.3g", estimate[0])
                            + ", not verified positive): the minimizer need not be unique");
        BigFraction u0 = b.traceUpper;
        BigFraction h =
                b.mu.multiply(u0.subtract(b.dualLower))
                        .add(b.offDiagonal.multiply(2).multiply(u0))
                        .divide(b.margin);
        if (h.signum() < 0) h = BigFraction.ZERO;
        BigFraction g =
                h.add(b.rhoPerp)
                        .add(
                                sqrtUp(new BigFraction(2), 20)
                                        .multiply(sqrtUp(u0.multiply(h), 20).add(b.rhoOff)));
        b.radius = BigFraction.ONE.add(b.alpha.value().divide(b.sigmaFace)).multiply(g);
        return new PsdCertificate(b);
    }

    /**
     * trace(W1) for W1 = W0 + t D, D = N N^T minus its projection onto the row space of A (so A(D)
     * = 0), the first t in 10^-(digits - 4), 10^-(digits - 6), ... with W1 positive definite
     * (exact); null when none is. With r = d, W1 = W0.
     */
    private static BigFraction traceUpper(
            BigFraction[][] s,
            BigFraction[][] st,
            BigFraction[][] gram,
            BigFraction[] w0,
            BigFraction[][] n,
            int d,
            int digits) {
        BigFraction[] dir = new BigFraction[d * d];
        Arrays.fill(dir, BigFraction.ZERO);
        if (n != null)
            for (int i = 0; i < d; i++)
                for (int j = 0; j < d; j++)
                    for (int k = 0; k < n[0].length; k++)
                        dir[i * d + j] = dir[i * d + j].add(n[i][k].multiply(n[j][k]));
        BigFraction[] back =
                RationalLinearAlgebra.multiply(
                        st,
                        RationalLinearAlgebra.solve(gram, RationalLinearAlgebra.multiply(s, dir)));
        for (int k = 0; k < dir.length; k++) dir[k] = dir[k].subtract(back[k]);
        for (int e = digits - 4; e >= digits / 2; e -= 2) {
            BigFraction t = n == null ? BigFraction.ZERO : tenTo(-e);
            BigFraction[][] w1 = new BigFraction[d][d];
            BigFraction trace = BigFraction.ZERO;
            for (int i = 0; i < d; i++)
                for (int j = 0; j < d; j++)
                    w1[i][j] = w0[i * d + j].add(t.multiply(dir[i * d + j]));
            for (int i = 0; i < d; i++) trace = trace.add(w1[i][i]);
            if (PositiveDefinite.test(w1)) return trace;
            if (n == null) return null;
        }
        return null;
    }

    /**
     * mu > lambda_max(Y) with mu I - Y positive definite, or null: mu = max(1, estimate) (1 +
     * slack), the slack from 10^-(digits - 3) (at the optimum lambda_max(Y) = 1) up to 1e-3.
     */
    private static BigFraction dualScale(BigFraction[][] y, int digits) {
        double estimate = eigenvalues(NuclearCertificate.doubles(y))[0];
        BigFraction base = estimate > 1 + 1e-9 ? NuclearCertificate.up(estimate) : BigFraction.ONE;
        List<BigFraction> slacks = new ArrayList<>(List.of(tenTo(-(digits - 3))));
        for (int e = 12; e >= 3; e -= 3) slacks.add(tenTo(-e));
        for (BigFraction sl : slacks) {
            BigFraction mu = base.multiply(BigFraction.ONE.add(sl));
            if (PositiveDefinite.test(shift(y, mu))) return mu;
        }
        return null;
    }

    /**
     * kappa > lambda_max(P-perp Y P-perp) with kappa < mu, N^T (kappa I - Y) N positive definite.
     */
    private static BigFraction kappa(BigFraction[][] n, BigFraction[][] y, BigFraction mu) {
        double estimate = compressedMax(n, y);
        if (!(estimate < 1)) return null;
        BigFraction[][] nt = RationalLinearAlgebra.transpose(n);
        BigFraction[][] nn = RationalLinearAlgebra.multiply(nt, n);
        BigFraction[][] nyn =
                RationalLinearAlgebra.multiply(RationalLinearAlgebra.multiply(nt, y), n);
        for (int e = 12; e >= 6; e -= 3) {
            double k = estimate + Math.pow(10, -e) * (1 + Math.abs(estimate));
            BigFraction kappa = NuclearCertificate.up(k); // rounds toward +infinity, sign or not
            if (kappa.compareTo(mu) >= 0) return null;
            BigFraction[][] test = new BigFraction[nn.length][nn.length];
            for (int i = 0; i < nn.length; i++)
                for (int j = 0; j < nn.length; j++)
                    test[i][j] = kappa.multiply(nn[i][j]).subtract(nyn[i][j]);
            if (PositiveDefinite.test(test)) return kappa;
        }
        return null;
    }

    /** lambda_max of Y compressed to the span of N's columns, in double (an estimate). */
    private static double compressedMax(BigFraction[][] n, BigFraction[][] y) {
        RealMatrix q = NuclearCertificate.orthonormal(n);
        RealMatrix c = q.transpose().multiply(NuclearCertificate.doubles(y)).multiply(q);
        return eigenvalues(c.add(c.transpose()).scalarMultiply(0.5))[0];
    }

    /** u_i u_i^T and u_i u_j^T + u_j u_i^T (i < j): a basis of {U S U^T : S symmetric}. */
    private static List<BigFraction[]> faceBasis(BigFraction[][] u, int d) {
        List<BigFraction[]> basis = new ArrayList<>();
        for (int a = 0; a < u.length; a++)
            for (int c = a; c < u.length; c++) {
                BigFraction[] e = new BigFraction[d * d];
                for (int i = 0; i < d; i++)
                    for (int j = 0; j < d; j++) {
                        BigFraction x = u[a][i].multiply(u[c][j]);
                        if (a != c) x = x.add(u[c][i].multiply(u[a][j]));
                        e[i * d + j] = x;
                    }
                basis.add(e);
            }
        return basis;
    }

    private static BigFraction[][] shift(BigFraction[][] y, BigFraction mu) {
        BigFraction[][] out = new BigFraction[y.length][y.length];
        for (int i = 0; i < y.length; i++)
            for (int j = 0; j < y.length; j++)
                out[i][j] = (i == j ? mu : BigFraction.ZERO).subtract(y[i][j]);
        return out;
    }

    /** Eigenvalues, largest first. */
    private static double[] eigenvalues(RealMatrix m) {
        return new EigenDecompositionSymmetric(m).getEigenvalues();
    }
}
