package dev.occam.certify;

import dev.occam.algorithm.LinearUpdate;
import dev.occam.numeric.RationalLinearAlgebra;
import dev.occam.numeric.Value;
import dev.occam.problem.AffineGradient;
import dev.occam.problem.LinearModes;

import org.hipparchus.fraction.BigFraction;

import java.util.ArrayList;
import java.util.List;

/**
 * The exact fate of constant-step gradient descent, heavy ball or Nesterov on a problem with an
 * affine gradient (least squares, a quadratic), decided in rational arithmetic from the spec's
 * exact data, start and step (no run involved).
 *
 * <p>The problem reduces the run to {@link LinearModes}: the error is a_t in the coordinates of a
 * symmetric PSD matrix K (least squares: w_t = p + X^T a_t with p = w0 - X^T K^-1 (X w0 - y) the
 * interpolant nearest w0, K = X X^T, a_0 = K^-1 (X w0 - y)), and each eigenvalue lambda of K is a
 * mode that evolves on its own: by 1 - mu for gradient descent, by the companion matrices of heavy
 * ball and Nesterov, with mu = s eta lambda (s = 2 on least squares, since L has no 1/2). A mode
 * contracts iff lambda < lambda*, with lambda* = (2/s) times 1/eta (GD), (1 + beta)/eta (heavy
 * ball), (1 + beta)/((1 + 2 beta) eta) (Nesterov); at lambda = lambda* it oscillates with modulus 1
 * (no limit), above it it grows. Which modes the start excites is exact: the minimal polynomial of
 * a_0 under K (from its Krylov sequence) has exactly the eigenvalues present in a_0 as roots, all
 * real and simple (K is symmetric), so Descartes' rule of signs on its shift by lambda* counts the
 * roots above lambda* exactly.
 *
 * <p>With momentum the start (a, velocity 0) has a nonzero component on both eigenvectors of a
 * mode's companion matrix whenever beta > 0 and mu > 0, so an excited unstable mode does grow.
 */
public final class LinearDynamics {
    /** Problems with more modes than this (least squares: rows) are not decided exactly. */
    private static final int MAX_MODES = 40;

    /**
     * Krylov sequences in rationals are computed only up to this size: when the start may excite
     * both stable and unstable modes of a larger problem, the fate is left undecided.
     */
    private static final int MAX_KRYLOV = 12;

    /** How the exact run ends. */
    public enum Fate {
        /** w0 is a minimizer (on least squares an interpolant): every iterate equals w0. */
        FIXED,
        /** every excited mode contracts: w_t -> p. */
        CONVERGES,
        /** some excited mode has modulus exactly 1 and none grows: bounded, no limit. */
        OSCILLATES,
        /** some excited mode grows: ||w_t|| -> infinity. */
        DIVERGES
    }

    /**
     * @param fate the outcome
     * @param limit p, the exact limit when the run converges (or is fixed)
     * @param reason the argument in words
     */
    public record Decision(Fate fate, BigFraction[] limit, String reason) {
        public boolean converges() {
            return fate == Fate.FIXED || fate == Fate.CONVERGES;
        }
    }

    /**
     * The linear methods this applies to; the gradient flow dw/dt = -grad L is their step -> 0
     * limit.
     */
    private LinearDynamics() {}

    /**
     * The exact fate, or null when it cannot be decided exactly (irrational data, start or step; a
     * singular K, e.g. X without full row rank; more than {@value #MAX_MODES} modes).
     *
     * @param problem the problem's affine gradient, which reduces the run to the modes of K
     * @param eta the exact step; beta the momentum (exact binary value of the double the run uses)
     * @param spectrum proved bounds on the eigenvalues of K, or null to prove them here
     */
    public static Decision decide(
            AffineGradient problem,
            Value[] w0,
            LinearUpdate.Kind method,
            BigFraction eta,
            double beta,
            SpectralBounds spectrum) {
        if (method == LinearUpdate.Kind.GRADIENT_FLOW)
            eta = BigFraction.ONE; // unused: every mode of the flow decays
        if (eta == null || eta.signum() <= 0 || problem.modes() > MAX_MODES) return null;
        LinearModes modes = problem.from(w0);
        if (modes == null) return null;
        LinearModes.Words words = modes.words();
        BigFraction[] a = modes.start(), p = modes.limit();
        if (isZero(a)) {
            return new Decision(
                    Fate.FIXED,
                    p,
                    "exact: " + words.fixed() + ", so grad L(w0) = 0 and every iterate equals w0");
        }
        if (spectrum == null) spectrum = SpectralBounds.ofSymmetric(modes.k(), words.matrix());
        if (method == LinearUpdate.Kind.GRADIENT_FLOW) {
            if (!(spectrum.lower() > 0)) return null;
            return new Decision(
                    Fate.CONVERGES,
                    p,
                    "exact: the gradient flow of "
                            + words.problem()
                            + " is linear, "
                            + words.flow()
                            + " is at least "
                            + Numbers.sci(spectrum.lower())
                            + " > 0 ("
                            + spectrum.proof()
                            + "): w(t) -> p = "
                            + words.limit()
                            + " exactly");
        }
        // a mode contracts iff s eta lambda < mu*: 2 (GD), 2 (1 + beta) (heavy ball), (2 + 2
        // beta)/(1 +
        // 2 beta) (Nesterov)
        BigFraction threshold =
                new LinearUpdate(method, null, beta)
                        .modes()
                        .stableBelow()
                        .divide(eta.multiply(modes.scale()));
        String exact = "exact: " + name(method) + " on " + words.problem() + " is linear; ";
        String of = "every eigenvalue of " + words.matrix() + " is ";
        double star = threshold.doubleValue();
        if (spectrum.upper() < star * (1 - 1e-15)) {
            return new Decision(
                    Fate.CONVERGES,
                    p,
                    exact
                            + of
                            + "below lambda* = "
                            + Numbers.sci(star)
                            + " ("
                            + spectrum.proof()
                            + "), where a mode contracts: w_t -> p = "
                            + words.limit()
                            + " exactly");
        }
        if (spectrum.lower() > star * (1 + 1e-15)) {
            return new Decision(
                    Fate.DIVERGES,
                    null,
                    exact
                            + of
                            + "above lambda* = "
                            + Numbers.sci(star)
                            + " ("
                            + spectrum.proof()
                            + "), where a mode grows, and "
                            + words.notFixed()
                            + ": ||w_t|| -> infinity");
        }
        BigFraction[][] k = modes.k();
        if (k.length > MAX_KRYLOV) return null;
        BigFraction[] minimal = minimalPolynomial(k, a);
        BigFraction[] shifted = taylorShift(minimal, threshold);
        boolean marginal = shifted[0].signum() == 0;
        int above = signVariations(shifted);
        int degree = minimal.length - 1;
        String excited =
                "w0 - p excites "
                        + degree
                        + " eigenvalue"
                        + (degree == 1 ? "" : "s")
                        + " of "
                        + words.matrix()
                        + " (degree of the minimal polynomial of a_0), ";
        String rule =
                " (Descartes' rule of signs on the minimal polynomial shifted by lambda* = "
                        + Numbers.sci(threshold.doubleValue())
                        + ", exact because its roots are real)";
        if (above > 0) {
            return new Decision(
                    Fate.DIVERGES,
                    null,
                    exact
                            + excited
                            + above
                            + " of them above lambda*"
                            + rule
                            + ", where a mode grows by more than 1 per step: ||w_t|| -> infinity");
        }
        if (marginal) {
            return new Decision(
                    Fate.OSCILLATES,
                    null,
                    exact
                            + excited
                            + "one of them exactly at lambda*"
                            + rule
                            + ", where the mode has modulus 1 and none above: the iterates stay bounded and do not converge");
        }
        return new Decision(
                Fate.CONVERGES,
                p,
                exact
                        + excited
                        + "all below lambda*"
                        + rule
                        + ": every excited mode contracts, so w_t -> p = "
                        + words.limit()
                        + " exactly");
    }

    private static String name(LinearUpdate.Kind m) {
        return m == LinearUpdate.Kind.GRADIENT_FLOW
                ? "the gradient flow"
                : new LinearUpdate(m, null, 0).modes().methodName();
    }

    /**
     * Coefficients c_0..c_m (c_m = 1) of the monic polynomial of least degree with q(K) a = 0: the
     * first Krylov vector K^m a that depends on a, K a, ..., K^(m-1) a.
     */
    static BigFraction[] minimalPolynomial(BigFraction[][] k, BigFraction[] a) {
        List<BigFraction[]> krylov = new ArrayList<>();
        BigFraction[] v = a;
        while (true) {
            BigFraction[] coefficients = dependence(krylov, v);
            if (coefficients != null) {
                BigFraction[] q = new BigFraction[krylov.size() + 1];
                for (int j = 0; j < krylov.size(); j++) q[j] = coefficients[j].negate();
                q[krylov.size()] = BigFraction.ONE;
                return q;
            }
            krylov.add(v);
            v = RationalLinearAlgebra.multiply(k, v);
        }
    }

    /**
     * c with v = sum_j c_j basis_j when v lies in the span of the (independent) basis, else null.
     */
    private static BigFraction[] dependence(List<BigFraction[]> basis, BigFraction[] v) {
        int m = basis.size();
        if (m == 0) return isZero(v) ? new BigFraction[0] : null;
        if (m > v.length) throw new IllegalStateException("Krylov vectors beyond the dimension");
        // normal equations B^T B c = B^T v: B has independent columns, so the solution is unique,
        // and it reproduces v exactly iff v is in their span
        BigFraction[][] gram = new BigFraction[m][m];
        BigFraction[] rhs = new BigFraction[m];
        for (int i = 0; i < m; i++) {
            rhs[i] = dot(basis.get(i), v);
            for (int j = 0; j < m; j++) gram[i][j] = dot(basis.get(i), basis.get(j));
        }
        BigFraction[] c = RationalLinearAlgebra.solve(gram, rhs);
        for (int r = 0; r < v.length; r++) {
            BigFraction s = BigFraction.ZERO;
            for (int j = 0; j < m; j++) s = s.add(c[j].multiply(basis.get(j)[r]));
            if (!s.equals(v[r])) return null;
        }
        return c;
    }

    /** Coefficients of q(x + s) from those of q (c_0 first), by repeated synthetic division. */
    static BigFraction[] taylorShift(BigFraction[] q, BigFraction s) {
        BigFraction[] c = q.clone();
        int n = c.length - 1;
        for (int i = 0; i < n; i++) {
            for (int j = n - 1; j >= i; j--) c[j] = c[j].add(c[j + 1].multiply(s));
        }
        return c;
    }

    /**
     * Sign changes in c_0..c_n, zeros skipped: for a polynomial with only real roots, exactly the
     * number of positive roots (a root at 0, c_0 = 0, is not counted).
     */
    static int signVariations(BigFraction[] c) {
        int changes = 0, last = 0;
        for (BigFraction x : c) {
            int s = x.signum();
            if (s == 0) continue;
            if (last != 0 && s != last) changes++;
            last = s;
        }
        return changes;
    }

    private static BigFraction dot(BigFraction[] a, BigFraction[] b) {
        BigFraction s = BigFraction.ZERO;
        for (int i = 0; i < a.length; i++) s = s.add(a[i].multiply(b[i]));
        return s;
    }

    private static boolean isZero(BigFraction[] v) {
        for (BigFraction x : v) if (x.signum() != 0) return false;
        return true;
    }
}
