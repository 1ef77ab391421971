package dev.occam.prediction;

import dev.occam.numeric.Value;

import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The alpha -> 0 limit of a factorization on commuting measurements: the min-trace LP min sum
 * lambda s.t. M lambda = y, lambda >= 0 over the eigenvalues (M: the eigenvalue rows of the A_i in
 * their shared basis), i.e. min ||W||_* over the PSD W = V diag(lambda) V^T with A(W) = y. Solved
 * by {@link UnitCostLp} and certified in exact rationals:
 *
 * <ul>
 *   <li>primal feasibility: the LP's point re-solved on its support, M lambda = y and lambda >= 0
 *       exactly;
 *   <li>dual feasibility and a zero gap: nu solved from (M^T nu)_j = 1 on the support (or, when
 *       that does not determine nu, on the dual LP's active set), then M^T nu <= 1 checked; the gap
 *       sum lambda - y.nu is exact, 0 by complementary slackness. Failing that, the dual LP's point
 *       rounded and scaled into feasibility bounds the gap;
 *   <li>uniqueness: reduced costs 1 - (M^T nu)_j > 0 off the support (strict complementarity) with
 *       independent support columns make lambda the unique minimizer; a support of rank(M) columns
 *       with lambda > 0 there makes nu unique (nondegenerate).
 * </ul>
 *
 * @param point the minimizer to the requested digits
 * @param certificate how it was checked, in words
 * @param smallestReducedCost the smallest reduced cost off the support when the dual is exact, else
 *     null
 */
record MinTraceLp(BigDecimal[] point, String certificate, BigFraction smallestReducedCost) {

    /** Null when ojalgo finds no optimum (the LP is infeasible). */
    static MinTraceLp solve(BigFraction[][] m, BigFraction[] y, int digits) {
        double[][] md = new double[m.length][];
        for (int i = 0; i < m.length; i++) md[i] = Fractions.toDouble(m[i]);
        double[] yd = Fractions.toDouble(y);
        double[] x = UnitCostLp.primal(md, yd);
        double[] nuD = UnitCostLp.dual(md, yd, false);
        if (x == null || nuD == null) return null;
        int[] s = UnitCostLp.support(x);
        BigFraction[] lambda = UnitCostLp.onSupport(m, y, s);
        List<String> words = new ArrayList<>();
        if (lambda == null || Arrays.stream(lambda).anyMatch(v -> v.signum() < 0)) {
            BigDecimal[] point = new BigDecimal[x.length];
            for (int j = 0; j < x.length; j++) point[j] = new BigDecimal(x[j]);
            return new MinTraceLp(
                    point,
                    "the LP's point in double: no nonnegative exact solution on its support of "
                            + s.length
                            + " coordinates",
                    null);
        }
        words.add(
                "primal: re-solved on its support of "
                        + s.length
                        + " coordinates, M lambda = y and lambda >= 0 exactly");
        BigFraction[] nu = exactDual(m, s, UnitCostLp.active(md, nuD));
        BigFraction trace = Fractions.sum(lambda);
        BigFraction smallest = null;
        if (nu == null) {
            BigFraction bound = UnitCostLp.dualBound(m, y, Fractions.of(nuD));
            words.add(
                    "dual: the LP's point rounded and scaled into M^T nu <= 1, gap sum lambda - y.nu = "
                            + Fractions.decimal(trace.subtract(bound), 3)
                            + " (exact); uniqueness not decided");
        } else {
            BigFraction[] r = UnitCostLp.reducedCosts(m, nu);
            boolean[] on = new boolean[r.length];
            for (int j : s) on[j] = true;
            for (int j = 0; j < r.length; j++)
                if (!on[j] && (smallest == null || r[j].compareTo(smallest) < 0)) smallest = r[j];
            words.add(
                    "dual: nu = "
                            + text(nu)
                            + " from complementary slackness, M^T nu <= 1 exactly; duality gap sum lambda - y.nu = "
                            + Fractions.exactZero(trace.subtract(Fractions.dot(y, nu)), "exact"));
            words.add(
                    "reduced costs 1 - M^T nu = "
                            + text(r)
                            + (smallest == null
                                    ? "; no coordinate off the support"
                                    : smallest.signum() > 0
                                            ? "; all positive off the support: the minimizer is unique"
                                            : "; one is 0 off the support: the minimizer may not be unique"));
            boolean nondegenerate =
                    s.length == dev.occam.numeric.RationalLinearAlgebra.rank(m)
                            && IntStream.of(s).allMatch(j -> lambda[j].signum() > 0);
            if (nondegenerate) words.add("nondegenerate vertex: nu is the unique dual solution");
        }
        return new MinTraceLp(
                Fractions.decimals(lambda, digits + 10), String.join("; ", words), smallest);
    }

    /**
     * The exact nu with (M^T nu)_j = 1 on the support (else on the dual LP's active set, which must
     * contain the support) and M^T nu <= 1, or null.
     */
    private static BigFraction[] exactDual(BigFraction[][] m, int[] support, int[] active) {
        for (int[] set : new int[][] {support, active}) {
            if (!IntStream.of(support).allMatch(j -> IntStream.of(set).anyMatch(k -> k == j)))
                continue;
            BigFraction[] nu = UnitCostLp.onActiveSet(m, set);
            if (nu != null
                    && Arrays.stream(UnitCostLp.reducedCosts(m, nu)).allMatch(r -> r.signum() >= 0))
                return nu;
        }
        return null;
    }

    private static String text(BigFraction[] v) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            if (i > 0) b.append(", ");
            String t = Value.text(v[i]);
            b.append(t.length() <= 24 ? t : Fractions.decimal(v[i], 6).toString());
        }
        return b.append(")").toString();
    }
}
