package dev.occam.certify;

import dev.occam.numeric.BinaryGram;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;
import dev.occam.problem.SquaredResiduals;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * What is proved once about a least-squares problem L(w) = ||Xw - y||^2, and exact evaluations at
 * the points a run computed. With K = X X^T (n x n):
 *
 * <ul>
 *   <li>{@link #lambdaMin()} <= lambda_min(K) and {@link #lambdaMax()} >= lambda_max(K), proved by
 *       {@link SpectralBounds}. lambda_max(K) = sigma_max(X)^2 is the smoothness that step bounds
 *       need, lambda_min(K) = sigma_min(X)^2 > 0 (full row rank) gives the Lojasiewicz inequality
 *       ||grad L|| >= 2 sigma_min sqrt(L).
 *   <li>{@link #rowDistance}, the distance ||X^+ (Xw - y)|| from a computed iterate to the nearest
 *       interpolant, {@link #residual} ||Xw - y||, and {@link #nullPart} ||P_null v||, evaluated in
 *       {@link #DIGITS}-digit arithmetic at the exact binary value of the computed point, so they
 *       carry no rounding of the run's tier. For a large X of doubles (a data file) the spectrum is
 *       proved in floating point ({@link BinaryGram}) and the evaluations are double-double upper
 *       bounds with their rounding accounted ({@link BinaryResiduals}).
 * </ul>
 */
public final class LeastSquaresFacts {
    /** Digits of the arithmetic the evaluations at computed points use. */
    static final int DIGITS = SpectralBounds.DIGITS;

    private static final MathContext MC = SpectralBounds.MC;

    /** X and y in decimals; null for a large X of doubles, evaluated by {@link #binary}. */
    private final BigDecimal[][] x;

    private final BigDecimal[] y;
    private final SpectralBounds spectrum;
    private final BinaryResiduals binary;
    private final int rows;
    private final int dimension;

    private LeastSquaresFacts(
            BigDecimal[][] x,
            BigDecimal[] y,
            SpectralBounds spectrum,
            BinaryResiduals binary,
            int rows,
            int dimension) {
        this.x = x;
        this.y = y;
        this.spectrum = spectrum;
        this.binary = binary;
        this.rows = rows;
        this.dimension = dimension;
    }

    public static LeastSquaresFacts of(SquaredResiduals problem) {
        Value[][] xv = problem.x();
        int n = xv.length, d = xv[0].length;
        BinaryGram large = BinaryGram.large(xv);
        if (large != null) {
            return new LeastSquaresFacts(
                    null,
                    null,
                    SpectralBounds.of(large, "X X^T"),
                    new BinaryResiduals(large, problem.y()),
                    n,
                    d);
        }
        BigDecimal[][] x = new BigDecimal[n][d];
        BigDecimal[] y = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            y[i] = problem.y()[i].decimal();
            for (int j = 0; j < d; j++) x[i][j] = xv[i][j].decimal();
        }
        return new LeastSquaresFacts(x, y, SpectralBounds.of(xv, "X X^T"), null, n, d);
    }

    /** Proved lower bound of sigma_min(X)^2, 0 when X is not proved to have full row rank. */
    public double lambdaMin() {
        return spectrum.lower();
    }

    /** Proved upper bound of sigma_max(X)^2, infinite when no bound was proved. */
    public double lambdaMax() {
        return spectrum.upper();
    }

    /** How the spectral bounds were proved, in words. */
    public String spectrum() {
        return spectrum.proof();
    }

    /** How the evaluations at computed points are made, for certificates. */
    public String evaluation() {
        return binary != null
                ? "in double-double, its rounding bounded and added"
                : "in " + DIGITS + "-digit arithmetic";
    }

    /** The proved bounds on the eigenvalues of X X^T. */
    public SpectralBounds bounds() {
        return spectrum;
    }

    public int rows() {
        return rows;
    }

    public int dimension() {
        return dimension;
    }

    /** ||Xw - y|| at the computed point w. */
    public double residual(Vec w) {
        if (binary != null) return binary.residual(w.decimals());
        return norm(residualAt(w.decimals()));
    }

    /** ||X^+ (Xw - y)||: the distance from w to the nearest interpolant, 0 on the set {Xw = y}. */
    public double rowDistance(Vec w) {
        if (binary != null) return binary.rowDistance(w.decimals());
        BigDecimal[] r = residualAt(w.decimals());
        BigDecimal[] z = Dense.solve(spectrum.gram(), r, MC);
        BigDecimal s = dot(r, z);
        return up(Math.sqrt(Math.max(0, s.doubleValue())));
    }

    /**
     * ||v - X^T K^-1 X v||: the part of v in the null space of X, which no gradient step changes.
     */
    public double nullPart(BigDecimal[] v) {
        if (binary != null) return binary.nullPart(v);
        int n = rows();
        BigDecimal[] xv = new BigDecimal[n];
        for (int i = 0; i < n; i++) xv[i] = dot(x[i], v);
        BigDecimal[] z = Dense.solve(spectrum.gram(), xv, MC);
        BigDecimal[] p = new BigDecimal[v.length];
        for (int j = 0; j < v.length; j++) {
            BigDecimal s = v[j];
            for (int i = 0; i < n; i++) s = s.subtract(x[i][j].multiply(z[i], MC), MC);
            p[j] = s;
        }
        return up(norm(p));
    }

    /** X, in {@link #DIGITS}-digit decimals (not kept for a large X of doubles). */
    BigDecimal[][] x() {
        if (x == null) throw new IllegalStateException("X is kept in decimals only when small");
        return x;
    }

    /** X w - y at a point given in decimals (small X only). */
    BigDecimal[] residualAt(BigDecimal[] w) {
        x();
        BigDecimal[] r = new BigDecimal[rows()];
        for (int i = 0; i < r.length; i++) r[i] = dot(x[i], w).subtract(y[i], MC);
        return r;
    }

    private static BigDecimal dot(BigDecimal[] a, BigDecimal[] b) {
        BigDecimal s = BigDecimal.ZERO;
        for (int j = 0; j < a.length; j++) s = s.add(a[j].multiply(b[j], MC), MC);
        return s;
    }

    private static double norm(BigDecimal[] v) {
        return up(Math.sqrt(Math.max(0, dot(v, v).doubleValue())));
    }

    /**
     * Rounds a double computed from a 100-digit value up by a relative 1e-14, past double's own
     * rounding.
     */
    static double up(double v) {
        return v == 0 ? 0 : v * (1 + 1e-14);
    }
}
