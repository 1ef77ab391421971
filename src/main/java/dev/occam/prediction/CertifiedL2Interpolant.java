package dev.occam.prediction;

import org.apache.commons.numbers.core.DD;
import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * argmin { ||w - w0||_2 : X w = y } for rational data too large for exact elimination:
 * double-double Cholesky of X X^T, iterative refinement on exact residuals, and a rigorous a
 * posteriori radius (docs/decisions.md, "Performance and scalable predictions (issue 13)").
 *
 * <p>The certificate. lambda~ is a vector of exact binary fractions (a sum of double-doubles), and
 * w~ = w0 + X^T lambda~ is formed in exact integer arithmetic, so w~ - w0 lies exactly in the row
 * space of X, as w* - w0 does; hence e = w~ - w* = X^T u for some u. With G = X X^T and r = X w~ -
 * y = X e: ||X e||^2 = u^T G^2 u >= lambda_min(G) u^T G u = lambda_min(G) ||e||^2, so ||w~ - w*||
 * <= ||r|| / sqrt(lambda_min(G)). ||r|| is computed exactly (integers) and rounded up.
 * lambda_min(G) is bounded below by a shifted factorization: with mu > 0 and L the double-double
 * Cholesky factor of G - mu I, E = G - mu I - L L^T is computed exactly, and G = mu I + L L^T + E
 * >= (mu - ||E||_inf) I (Weyl; E is symmetric, so ||E||_2 <= ||E||_inf). The reported decimals
 * differ from w~ by at most half an ulp each, which is added. Every step is exact or rounded in the
 * safe direction, so the radius holds whatever the floating-point parts computed: a wrong lambda~
 * gives a large r and a large radius, a wrong L a large E.
 */
final class CertifiedL2Interpolant {
    /** Above this many bit^2-operations the exact path is refused in favour of this one. */
    static final double EXACT_WORK_LIMIT = 3.75e8;

    private static final MathContext MC40 = new MathContext(40, RoundingMode.HALF_EVEN);
    private static final int MAX_REFINEMENTS = 8;

    /** The data as integers over common denominators, with the double-double factorization. */
    private final int n;

    private final int d;
    private final BigInteger[][] a;
    private final BigInteger aDen;
    private final BigInteger[] b;
    private final BigInteger bDen;
    private final BigInteger[] c;
    private final BigInteger cDen;
    private final DD[][] chol;

    /** A proved lower bound on lambda_min(X X^T), and the shift mu it came from. */
    final BigFraction lambdaMinLower;

    /** What the certified solution reports. */
    record Solution(
            BigDecimal[] value,
            BigDecimal residual,
            BigDecimal lambdaMinLower,
            BigDecimal rowSpaceError,
            BigDecimal rounding,
            BigDecimal radius,
            int refinements) {}

    private CertifiedL2Interpolant(
            Common ax, BigFraction[] y, BigFraction[] w0, DD[][] chol, BigFraction low) {
        n = ax.num.length;
        d = ax.num[0].length;
        a = ax.num;
        aDen = ax.den;
        Common by = Common.of(new BigFraction[][] {y});
        b = by.num[0];
        bDen = by.den;
        Common cw = Common.of(new BigFraction[][] {w0});
        c = cw.num[0];
        cDen = cw.den;
        this.chol = chol;
        this.lambdaMinLower = low;
    }

    /**
     * The estimated cost of the exact path, in bit^2-operations: forming X X^T in fractions (n dot
     * products over the d entries of each row, each product costing about the square of the
     * entries' bit sizes, numerator plus denominator) plus elimination on X X^T (n^3 operations on
     * numbers that grow to about n times the entries' size; the measured constant is small, hence
     * the division by 1024).
     */
    static double exactWork(BigFraction[][] x) {
        int n = x.length;
        if (n == 0) return 0;
        int d = x[0].length;
        double sumBits2 = 0;
        for (BigFraction[] row : x)
            for (BigFraction v : row) {
                double bits = v.getNumerator().bitLength() + v.getDenominator().bitLength();
                sumBits2 += bits * bits;
            }
        double meanBits2 = sumBits2 / ((double) n * d);
        return n * sumBits2 + Math.pow(n, 5) * meanBits2 / 1024;
    }

    /**
     * Prepares the factorization and the lambda_min bound, or null when X X^T is not numerically
     * positive definite in double-double or lambda_min cannot be proved positive (the exact path
     * then decides).
     */
    static CertifiedL2Interpolant of(BigFraction[][] x, BigFraction[] y, BigFraction[] w0) {
        int n = x.length, d = x[0].length;
        DD[][] xd = new DD[n][d];
        for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) xd[i][j] = dd(x[i][j]);
        DD[][] g = new DD[n][n];
        for (int i = 0; i < n; i++)
            for (int k = 0; k <= i; k++) {
                DD s = DD.ZERO;
                for (int j = 0; j < d; j++) s = s.add(xd[i][j].multiply(xd[k][j]));
                g[i][k] = s;
                g[k][i] = s;
            }
        DD[][] chol = cholesky(g, 0);
        if (chol == null) return null;
        Common ax = Common.of(x);
        BigInteger[][] gram = new BigInteger[n][n];
        for (int i = 0; i < n; i++)
            for (int k = 0; k <= i; k++) {
                BigInteger s = BigInteger.ZERO;
                for (int j = 0; j < d; j++) s = s.add(ax.num[i][j].multiply(ax.num[k][j]));
                gram[i][k] = s;
                gram[k][i] = s;
            }
        BigFraction low = lowerBound(g, gram, ax.den.multiply(ax.den));
        return low == null ? null : new CertifiedL2Interpolant(ax, y, w0, chol, low);
    }

    /**
     * A proved lower bound on lambda_min(G), or null. G is first scaled by powers of two, H = S G S
     * with S = diag(2^-e_i) and 2^e_i about sqrt(G_ii) (exact, and it makes rows of very different
     * sizes factor accurately); then lambda_min(H) >= mu - ||H - mu I - L L^T||_inf with L the
     * double-double Cholesky factor of H - mu I, computed exactly, and lambda_min(G) >=
     * lambda_min(H) min_i 2^(2 e_i) (x^T G x = (S^-1 x)^T H (S^-1 x) >= lambda_min(H) ||S^-1
     * x||^2).
     */
    private static BigFraction lowerBound(DD[][] g, BigInteger[][] gram, BigInteger gDen) {
        int n = g.length;
        int[] e = new int[n];
        int emax = Integer.MIN_VALUE, emin = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            e[i] = Math.getExponent(Math.sqrt(g[i][i].hi()));
            emax = Math.max(emax, e[i]);
            emin = Math.min(emin, e[i]);
        }
        DD[][] h = new DD[n][n];
        for (int i = 0; i < n; i++)
            for (int k = 0; k < n; k++) h[i][k] = g[i][k].multiply(Math.scalb(1.0, -e[i] - e[k]));
        // H = hNum / hDen exactly: G_ik 2^(-e_i - e_k) = G_ik 2^(t_i + t_k) 2^(-2 emax)
        BigInteger[][] hNum = new BigInteger[n][n];
        for (int i = 0; i < n; i++)
            for (int k = 0; k < n; k++)
                hNum[i][k] = gram[i][k].shiftLeft(2 * emax - e[i] - e[k] + Math.max(0, -2 * emax));
        BigInteger hDen = gDen.shiftLeft(Math.max(0, 2 * emax));
        DD[][] chol = cholesky(h, 0);
        if (chol == null) return null;
        double mu = smallestEigenvalue(chol) / 2;
        for (int attempt = 0; attempt < 4 && mu > 0; attempt++, mu /= 8) {
            BigFraction low = lowerBound(h, hNum, hDen, mu);
            if (low != null) {
                BigFraction scale =
                        emin >= 0
                                ? new BigFraction(BigInteger.ONE.shiftLeft(2 * emin))
                                : new BigFraction(
                                        BigInteger.ONE, BigInteger.ONE.shiftLeft(-2 * emin));
                return low.multiply(scale);
            }
        }
        return null;
    }

    /**
     * mu - ||H - mu I - L L^T||_inf with L the double-double Cholesky factor of H - mu I, exactly,
     * or null when the factorization fails or the bound is not positive.
     */
    private static BigFraction lowerBound(
            DD[][] g, BigInteger[][] gram, BigInteger gDen, double mu) {
        int n = g.length;
        DD[][] l = cholesky(g, mu);
        if (l == null) return null;
        BigFraction[][] lf = new BigFraction[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) lf[i][j] = j <= i ? exact(l[i][j]) : BigFraction.ZERO;
        Common lc = Common.of(lf);
        BigFraction muF = new BigFraction(mu);
        BigInteger lDen2 = lc.den.multiply(lc.den);
        // E = gram / gDen - mu I - LL / lDen2, over the common denominator D = gDen lDen2 muDen
        BigInteger muDen = muF.getDenominator(), muNum = muF.getNumerator();
        BigInteger den = gDen.multiply(lDen2).multiply(muDen);
        BigInteger[][] e = new BigInteger[n][n];
        for (int i = 0; i < n; i++)
            for (int k = 0; k <= i; k++) {
                BigInteger ll = BigInteger.ZERO;
                for (int j = 0; j <= k; j++) ll = ll.add(lc.num[i][j].multiply(lc.num[k][j]));
                BigInteger v =
                        gram[i][k]
                                .multiply(lDen2)
                                .multiply(muDen)
                                .subtract(ll.multiply(gDen).multiply(muDen));
                if (i == k) v = v.subtract(muNum.multiply(gDen).multiply(lDen2));
                e[i][k] = v;
                e[k][i] = v;
            }
        BigInteger worst = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigInteger s = BigInteger.ZERO;
            for (int k = 0; k < n; k++) s = s.add(e[i][k].abs());
            worst = worst.max(s);
        }
        BigFraction low = muF.subtract(new BigFraction(worst, den));
        return low.signum() > 0 ? low : null;
    }

    /**
     * The certified prediction: lambda refined on exact residuals until the radius is at most
     * 10^-(digits + 5) (1 + ||w||) or refinement stalls; null when the radius never gets below
     * 10^-digits (1 + ||w||).
     */
    Solution solve(int digits) {
        BigFraction[] lambda = new BigFraction[n];
        java.util.Arrays.fill(lambda, BigFraction.ZERO);
        Solution best = null;
        for (int k = 0; k <= MAX_REFINEMENTS; k++) {
            Point p = point(lambda);
            Solution s = certify(p, digits, k);
            double scale = 1 + norm(s.value);
            if (best == null || s.radius.compareTo(best.radius) < 0) best = s;
            if (s.radius.doubleValue() <= Math.pow(10, -(digits + 5)) * scale) break;
            DD[] delta = solveCholesky(chol, toDD(p.residual, p.residualDen));
            if (!finite(delta)) break;
            for (int i = 0; i < n; i++) lambda[i] = lambda[i].add(exact(delta[i]));
        }
        if (best.radius.doubleValue() > Math.pow(10, -digits) * (1 + norm(best.value))) return null;
        return best;
    }

    /** The certificate of w~ = w0 + X^T lambda for any exact lambda (tests plant wrong ones). */
    Solution certify(BigFraction[] lambda, int digits) {
        return certify(point(lambda), digits, 0);
    }

    /** w~ = W / wDen and r = y - X w~ = residual / residualDen, exactly. */
    private record Point(
            BigInteger[] w, BigInteger wDen, BigInteger[] residual, BigInteger residualDen) {}

    private Point point(BigFraction[] lambda) {
        Common lc = Common.of(new BigFraction[][] {lambda});
        BigInteger[] lam = lc.num[0];
        // w~ = c / cDen + A^T lam / (aDen lDen)
        BigInteger al = aDen.multiply(lc.den);
        BigInteger wDen = cDen.multiply(al);
        BigInteger[] w = new BigInteger[d];
        for (int j = 0; j < d; j++) {
            BigInteger v = BigInteger.ZERO;
            for (int i = 0; i < n; i++)
                if (lam[i].signum() != 0) v = v.add(a[i][j].multiply(lam[i]));
            w[j] = c[j].multiply(al).add(cDen.multiply(v));
        }
        // r = b / bDen - A w / (aDen wDen)
        BigInteger aw = aDen.multiply(wDen);
        BigInteger rDen = bDen.multiply(aw);
        BigInteger[] r = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            BigInteger v = BigInteger.ZERO;
            for (int j = 0; j < d; j++) v = v.add(a[i][j].multiply(w[j]));
            r[i] = b[i].multiply(aw).subtract(bDen.multiply(v));
        }
        return new Point(w, wDen, r, rDen);
    }

    private Solution certify(Point p, int digits, int refinements) {
        MathContext mc = new MathContext(digits + 10, RoundingMode.HALF_EVEN);
        BigDecimal wDen = new BigDecimal(p.wDen);
        BigDecimal[] value = new BigDecimal[d];
        BigDecimal halfUlps = BigDecimal.ZERO;
        for (int j = 0; j < d; j++) {
            value[j] = new BigDecimal(p.w[j]).divide(wDen, mc);
            if (p.w[j].signum() != 0) {
                BigDecimal h = value[j].ulp().divide(BigDecimal.valueOf(2));
                halfUlps = halfUlps.add(h.multiply(h));
            }
        }
        BigInteger rr = BigInteger.ZERO;
        for (BigInteger ri : p.residual) rr = rr.add(ri.multiply(ri));
        // directed roots of exact rationals: ||r|| rounded up, sqrt(lambda_min) rounded down
        BigFraction residual =
                NuclearCertificate.sqrtUp(
                        new BigFraction(rr, p.residualDen.multiply(p.residualDen)), 20);
        BigFraction row = residual.divide(NuclearCertificate.sqrtDown(lambdaMinLower, 20));
        BigFraction rounding = NuclearCertificate.sqrtUp(Fractions.of(halfUlps), 20);
        MathContext up = new MathContext(20, RoundingMode.CEILING);
        BigDecimal lambdaLow =
                new BigDecimal(lambdaMinLower.getNumerator())
                        .divide(
                                new BigDecimal(lambdaMinLower.getDenominator()),
                                new MathContext(6, RoundingMode.FLOOR));
        return new Solution(
                value,
                upper(residual, up),
                lambdaLow,
                upper(row, up),
                upper(rounding, up),
                upper(row.add(rounding), up),
                refinements);
    }

    /** q as a decimal rounded up. */
    private static BigDecimal upper(BigFraction q, MathContext up) {
        return new BigDecimal(q.getNumerator()).divide(new BigDecimal(q.getDenominator()), up);
    }

    private static double norm(BigDecimal[] v) {
        double s = 0;
        for (BigDecimal x : v) s += x.doubleValue() * x.doubleValue();
        return Math.sqrt(s);
    }

    /** Cholesky of g - shift I in double-double, or null at a nonpositive pivot. */
    static DD[][] cholesky(DD[][] g, double shift) {
        int n = g.length;
        DD[][] l = new DD[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k <= i; k++) {
                DD s = g[i][k];
                if (i == k) s = s.subtract(DD.of(shift));
                for (int j = 0; j < k; j++) s = s.subtract(l[i][j].multiply(l[k][j]));
                if (i == k) {
                    if (!(s.hi() > 0)) return null;
                    l[i][i] = s.sqrt();
                } else {
                    l[i][k] = s.divide(l[k][k]);
                }
            }
        }
        return l;
    }

    static DD[] solveCholesky(DD[][] l, DD[] rhs) {
        int n = l.length;
        DD[] z = new DD[n];
        for (int i = 0; i < n; i++) {
            DD s = rhs[i];
            for (int j = 0; j < i; j++) s = s.subtract(l[i][j].multiply(z[j]));
            z[i] = s.divide(l[i][i]);
        }
        DD[] x = new DD[n];
        for (int i = n - 1; i >= 0; i--) {
            DD s = z[i];
            for (int j = i + 1; j < n; j++) s = s.subtract(l[j][i].multiply(x[j]));
            x[i] = s.divide(l[i][i]);
        }
        return x;
    }

    /** An estimate of lambda_min(L L^T) by inverse iteration (no proof rests on it). */
    private static double smallestEigenvalue(DD[][] l) {
        int n = l.length;
        DD[] v = new DD[n];
        for (int i = 0; i < n; i++) v[i] = DD.of(1 + 0.01 * ((i * 7919) % 101));
        double estimate = 0;
        for (int it = 0; it < 30; it++) {
            double nv = 0;
            for (DD x : v) nv += x.doubleValue() * x.doubleValue();
            nv = Math.sqrt(nv);
            for (int i = 0; i < n; i++) v[i] = v[i].divide(nv);
            DD[] u = solveCholesky(l, v);
            double nu = 0;
            for (DD x : u) nu += x.doubleValue() * x.doubleValue();
            estimate = 1 / Math.sqrt(nu);
            v = u;
        }
        return estimate;
    }

    private static boolean finite(DD[] v) {
        for (DD x : v) if (!Double.isFinite(x.hi()) || !Double.isFinite(x.lo())) return false;
        return true;
    }

    private static DD[] toDD(BigInteger[] num, BigInteger den) {
        BigDecimal bd = new BigDecimal(den);
        DD[] out = new DD[num.length];
        for (int i = 0; i < num.length; i++)
            out[i] = DD.from(new BigDecimal(num[i]).divide(bd, MC40));
        return out;
    }

    private static DD dd(BigFraction f) {
        double hi = f.doubleValue();
        if (!Double.isFinite(hi)) throw new ArithmeticException("entry out of double range");
        double lo = f.subtract(new BigFraction(hi)).doubleValue();
        return DD.ofSum(hi, lo);
    }

    /** The exact value of a double-double. */
    static BigFraction exact(DD x) {
        return new BigFraction(x.hi()).add(new BigFraction(x.lo()));
    }

    /** A rational matrix as integers over one common denominator. */
    private record Common(BigInteger[][] num, BigInteger den) {
        static Common of(BigFraction[][] m) {
            BigInteger den = BigInteger.ONE;
            for (BigFraction[] row : m)
                for (BigFraction v : row) {
                    BigInteger q = v.getDenominator();
                    if (den.mod(q).signum() != 0) den = den.divide(den.gcd(q)).multiply(q);
                }
            BigInteger[][] num = new BigInteger[m.length][];
            for (int i = 0; i < m.length; i++) {
                num[i] = new BigInteger[m[i].length];
                for (int j = 0; j < m[i].length; j++)
                    num[i][j] =
                            m[i][j].getNumerator().multiply(den.divide(m[i][j].getDenominator()));
            }
            return new Common(num, den);
        }
    }
}
