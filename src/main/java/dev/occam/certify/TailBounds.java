package dev.occam.certify;

import dev.occam.algorithm.AdaGrad;
import dev.occam.algorithm.Algorithm;
import dev.occam.algorithm.DescentForm;
import dev.occam.algorithm.StepSize;
import dev.occam.algorithm.Trajectory;
import dev.occam.numeric.Interval;
import dev.occam.numeric.Norm;
import dev.occam.numeric.Vec;
import dev.occam.problem.SeparablePotential;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Chooses the strongest bound on ||w_T - w_inf|| that the run's method and problem allow. On least
 * squares (L = ||Xw - y||^2, K = X X^T, lambda_min(K) >= l > 0 and lambda_max(K) <= U proved by
 * {@link LeastSquaresFacts}), each bound is about the exact-arithmetic continuation of the method
 * from the state it computed, and rests only on what is proved about that continuation:
 *
 * <ul>
 *   <li><b>Row space</b> (gradient descent with a step proved <= eta_bar < 1/U for all t >= T and
 *       sum eta_t = infinity; heavy ball and Nesterov with a constant step inside their stability
 *       interval): the method converges to an interpolant and its updates lie in the row space of
 *       X, except momentum's velocity in the null space, which decays by beta per step; so ||w_T -
 *       w_inf|| <= ||X^+ (X w_T - y)|| + beta/(1 - beta) ||P_null (w_T - w_{T-1})||.
 *   <li><b>Finite length</b> (gradient descent with any step proved <= eta_bar < 1/U; steepest
 *       descent in a norm with ||v||_2 <= A ||v||, ||g||_2 <= B ||g||_*, and eta_bar U A^2 < 1):
 *       each step decreases L by at least c eta ||g||_*^2 >= c ||dw||_2 ||grad L||_2 / (A B), c = 1
 *       - eta_bar U A^2 (L is quadratic, so the decrease is exact up to U ||dw||^2), and ||grad
 *       L||_2 >= 2 sqrt(l) sqrt(L); hence sqrt(L_t) - sqrt(L_t+1) >= c sqrt(l) ||dw_t|| / (A B) and
 *       the whole remaining path has length <= A B ||X w_T - y|| / (c sqrt(l)), whatever the
 *       schedule does below eta_bar (a pause included).
 *   <li><b>AdaGrad</b> (constant eta, accumulated squares G_T > 0): the preconditioner only
 *       shrinks, so its entries stay <= p_max = eta / (sqrt(min G_T) + eps); the future sum R of
 *       squared gradients is at most the least fixed point of R = L_T (sqrt(max G_T + 4 U L_T + R)
 *       + eps) / (c eta), c = 1 - U p_max (induction over the steps), which bounds the entries
 *       below by p_min; the finite-length argument then gives ||X w_T - y|| / (c sqrt(l) sqrt(p_min
 *       / p_max)).
 *   <li><b>Mirror descent</b> with a separable potential psi = sum phi(w_i): each step is w' - w =
 *       -eta P g with P = diag(1/phi''(xi_i)), xi_i between w_i and w'_i (the inverse mirror map is
 *       monotone per coordinate); while the iterates stay in a box B around w_T on which phi'' lies
 *       in [m, M] (interval arithmetic on phi''), P is a preconditioner with entries in [1/M, 1/m],
 *       and the finite-length argument gives a path P(R) <= ||X w_T - y|| / (c sigma_min
 *       sqrt(m/M)), c = 1 - U eta_bar/m. If P(R) < R for the box of half-width R, the run never
 *       leaves it (a first exit would need a path of R), so the bound holds; R is searched by
 *       doubling.
 *   <li><b>Factorized gradient descent</b> (explicit steps proved <= eta_bar, or the factor flow):
 *       the finite-length argument in the factors, with the Lojasiewicz constant and the smoothness
 *       bounded on a ball around the last factors that the remaining path is proved not to leave
 *       ({@link FactorizedTail}).
 *   <li><b>Gradient flows</b> (plain or in a norm): the same finite-length argument for the exact
 *       flow (c = 1); the integrator's own error is not covered, so the result is an estimate.
 * </ul>
 *
 * Anything else gets at most {@link WindowContraction}'s estimate, and only when the method's rule
 * does not change after the run (a constant or loss-scaled step, a flow, a plug-in): a schedule not
 * proved bounded after T cannot be extrapolated. On least squares an estimate is never below the
 * distance to the nearest interpolant, ||X^+ (X w_T - y)||: a slow mode under the floor still shows
 * in the residual, evaluated exactly at the computed point.
 *
 * <p>The method names its case through {@link Algorithm#descent} ({@link DescentForm}); the problem
 * offers least squares' structure through {@code Problem.squaredResiduals()}, from which the caller
 * builds the {@link LeastSquaresFacts}.
 */
public final class TailBounds {
    private TailBounds() {}

    /**
     * @param facts the least-squares facts of the run's problem, or null for other problems
     */
    public static TailBound of(Algorithm algorithm, Trajectory run, LeastSquaresFacts facts) {
        if (run.blewUp()) {
            return TailBound.none(
                    "the run blew up (non-finite or huge iterate at iteration "
                            + run.iterations()
                            + "): floating-point overflow is not divergence, and there is no point to bound from");
        }
        if (facts != null) {
            TailBound proved = leastSquares(algorithm, run, facts);
            if (proved != null && proved.finite()) return proved;
        }
        if (!stationary(algorithm)) {
            return TailBound.none(
                    "no proved bound applies (the schedule "
                            + algorithm.step().describe()
                            + " is not proved to stay "
                            + "below the method's stability threshold after the run), and a schedule's window cannot be extrapolated");
        }
        TailBound estimate = WindowContraction.of(run);
        if (facts != null && facts.lambdaMin() > 0 && estimate.finite()) {
            double nearest = facts.rowDistance(run.last());
            if (nearest > estimate.bound()) {
                return new TailBound(
                        nearest,
                        Evidence.ESTIMATE,
                        estimate.premises()
                                + "; raised to the distance to the nearest "
                                + "interpolant ||X^+ (X w_T - y)|| = "
                                + Numbers.sci(nearest)
                                + ", which the limit cannot be closer than");
            }
        }
        return estimate;
    }

    /**
     * Whether the method's rule after the run is the rule during it, so that its window may be
     * extrapolated.
     */
    public static boolean stationary(Algorithm algorithm) {
        StepSize step = algorithm.step();
        return step == null || step.stationary();
    }

    private static TailBound leastSquares(
            Algorithm algorithm, Trajectory run, LeastSquaresFacts f) {
        if (!(f.lambdaMin() > 0))
            return TailBound.none("X is not proved to have full row rank: no Lojasiewicz constant");
        if (!Double.isFinite(f.lambdaMax()))
            return TailBound.none("no bound on sigma_max(X) was proved");
        return algorithm.descent(
                new DescentForm<>() {
                    @Override
                    public TailBound gradientDescent(StepSize step) {
                        return TailBounds.gradientDescent(step, run, f);
                    }

                    @Override
                    public TailBound momentum(StepSize step, double beta, boolean nesterov) {
                        return TailBounds.momentum(step, beta, nesterov, run, f);
                    }

                    @Override
                    public TailBound steepest(StepSize step, Norm norm) {
                        return TailBounds.steepest(step, norm, run, f);
                    }

                    @Override
                    public TailBound adagrad(StepSize step, double epsilon) {
                        return TailBounds.adagrad(step, epsilon, run, f);
                    }

                    @Override
                    public TailBound mirror(StepSize step, SeparablePotential potential) {
                        return TailBounds.mirror(step, potential, run, f);
                    }

                    @Override
                    public TailBound flow(Norm norm) {
                        return TailBounds.flow(norm, run, f);
                    }

                    @Override
                    public TailBound factorized(StepSize step, int rows, int columns) {
                        return FactorizedTail.of(step, rows, columns, run, f);
                    }
                });
    }

    private static TailBound gradientDescent(StepSize step, Trajectory run, LeastSquaresFacts f) {
        if (step.scalesWithLoss()) return null;
        long t = run.iterations();
        double etaBar = step.supremumFrom(t);
        if (!(etaBar * f.lambdaMax() < 1)) return stepTooLarge(step, etaBar, f, "1/sigma_max(X)^2");
        if (step.harmonicFloorFrom(t) > 0)
            return rowSpace(
                    run,
                    f,
                    0,
                    String.format(
                            Locale.ROOT,
                            "steps eta_t <= %s < 1/sigma_max^2 for all t >= %d and sum eta_t = infinity (t eta_t >= %s), so gradient descent "
                                    + "converges to an interpolant",
                            Numbers.sci(etaBar),
                            t,
                            Numbers.sci(step.harmonicFloorFrom(t))));
        return finiteLength(
                run,
                f,
                1 - etaBar * f.lambdaMax(),
                1,
                1,
                String.format(
                        Locale.ROOT,
                        "gradient descent with steps eta_t <= %s < 1/sigma_max^2 for all t >= %d",
                        Numbers.sci(etaBar),
                        t));
    }

    private static TailBound momentum(
            StepSize step, double beta, boolean nesterov, Trajectory run, LeastSquaresFacts f) {
        double eta = step.constant();
        if (!Double.isFinite(eta)) return null;
        // every mode lambda in (0, U] is stable iff 2 eta lambda < 2 (1 + beta) (heavy ball), (2 +
        // 2 beta)/(1 + 2 beta) (Nesterov)
        double limit = nesterov ? (1 + beta) / (1 + 2 * beta) : 1 + beta;
        String name = nesterov ? "Nesterov" : "heavy ball";
        if (!(eta * f.lambdaMax() < limit))
            return stepTooLarge(
                    step,
                    eta,
                    f,
                    nesterov ? "(1 + beta)/((1 + 2 beta) sigma_max^2)" : "(1 + beta)/sigma_max^2");
        return rowSpace(
                run,
                f,
                beta,
                String.format(
                        Locale.ROOT,
                        "%s with constant step %s and beta = %s: every mode of the "
                                + "row space is stable (eta sigma_max^2 <= %s < %s), so the method converges to an interpolant",
                        name,
                        step.describe(),
                        beta,
                        Numbers.sci(eta * f.lambdaMax()),
                        Numbers.sci(limit)));
    }

    private static TailBound rowSpace(
            Trajectory run, LeastSquaresFacts f, double beta, String converges) {
        Vec w = run.last();
        double distance = f.rowDistance(w);
        double drift = 0;
        if (beta > 0) {
            BigDecimal[] a = w.decimals(), b = run.previous().decimals();
            BigDecimal[] v = new BigDecimal[a.length];
            for (int j = 0; j < a.length; j++) v[j] = a[j].subtract(b[j]);
            drift = LeastSquaresFacts.up(beta / (1 - beta) * f.nullPart(v));
        }
        return new TailBound(
                distance + drift,
                Evidence.PROVED_BOUND,
                "proved: "
                        + converges
                        + "; its updates lie in the row space "
                        + "of X"
                        + (beta > 0
                                ? " but for the velocity's null-space part, which decays by beta per step"
                                : "")
                        + ", so ||w_T - w_inf|| <= ||X^+ (X w_T - y)||"
                        + (beta > 0 ? " + beta/(1-beta) ||P_null (w_T - w_{T-1})||" : "")
                        + " = "
                        + Numbers.sci(distance + drift)
                        + " (evaluated at the computed w_T "
                        + f.evaluation()
                        + "; "
                        + f.spectrum()
                        + ")");
    }

    private static TailBound steepest(
            StepSize step, Norm norm, Trajectory run, LeastSquaresFacts f) {
        if (step.scalesWithLoss()) return null;
        long t = run.iterations();
        double etaBar = step.supremumFrom(t);
        double a = norm.l2Bound(f.dimension()), b = norm.dualL2Bound(f.dimension());
        if (!(etaBar * f.lambdaMax() * a * a < 1))
            return stepTooLarge(step, etaBar, f, "1/(A^2 sigma_max^2) with A = " + Numbers.sci(a));
        return finiteLength(
                run,
                f,
                1 - etaBar * f.lambdaMax() * a * a,
                a,
                b,
                String.format(
                        Locale.ROOT,
                        "steepest descent in %s with steps eta_t <= %s for all t >= %d, ||v||_2 <= %s ||v||, ||g||_2 <= %s ||g||_*",
                        norm.name(),
                        Numbers.sci(etaBar),
                        t,
                        Numbers.sci(a),
                        Numbers.sci(b)));
    }

    private static TailBound finiteLength(
            Trajectory run, LeastSquaresFacts f, double c, double a, double b, String what) {
        double residual = f.residual(run.last());
        double bound = LeastSquaresFacts.up(a * b * residual / (c * Math.sqrt(f.lambdaMin())));
        return new TailBound(
                bound,
                Evidence.PROVED_BOUND,
                String.format(
                        Locale.ROOT,
                        "proved: %s decreases L by at least "
                                + "c ||dw||_2 ||grad L||_2 / (A B) per step (c = %s) and ||grad L|| >= 2 sigma_min sqrt(L), so the remaining path "
                                + "is at most A B ||X w_T - y|| / (c sigma_min) = %s with ||X w_T - y|| = %s at the computed w_T (finite-length "
                                + "argument; %s)",
                        what,
                        Numbers.sci(c),
                        Numbers.sci(bound),
                        Numbers.sci(residual),
                        f.spectrum()));
    }

    private static TailBound adagrad(
            StepSize step, double eps, Trajectory run, LeastSquaresFacts f) {
        double eta = step.constant();
        Vec sums = run.state().get(AdaGrad.SUM_SQUARES);
        if (!Double.isFinite(eta) || sums == null) return null;
        double sMin = Double.POSITIVE_INFINITY, sMax = 0;
        for (double s : sums.toDoubleArray()) {
            sMin = Math.min(sMin, s);
            sMax = Math.max(sMax, s);
        }
        sMin *= 1 - 1e-14;
        sMax *= 1 + 1e-14;
        if (!(sMin > 0))
            return TailBound.none(
                    "a coordinate of AdaGrad's accumulated squared gradients is 0: its future step is not bounded");
        double pMax = eta / (Math.sqrt(sMin) + eps);
        double c = 1 - f.lambdaMax() * pMax;
        if (!(c > 0))
            return TailBound.none(
                    "AdaGrad's largest future step eta/sqrt(min G_T) = "
                            + Numbers.sci(pMax)
                            + " is not below 1/sigma_max^2 >= "
                            + Numbers.sci(1 / f.lambdaMax()));
        double residual = f.residual(run.last());
        double loss = residual * residual;
        double base = sMax + 4 * f.lambdaMax() * loss;
        double r = 0;
        for (int i = 0; i < 200; i++) {
            double next = loss * (Math.sqrt(base + r) + eps) / (c * eta);
            if (!(next < 1e300))
                return TailBound.none(
                        "AdaGrad's future squared gradients cannot be bounded from L(w_T) = "
                                + Numbers.sci(loss));
            if (next <= r * (1 + 1e-15)) break;
            r = next;
        }
        r = LeastSquaresFacts.up(r * (1 + 1e-12));
        double ratio = Math.sqrt((Math.sqrt(sMin) + eps) / (Math.sqrt(base + r) + eps));
        double bound = LeastSquaresFacts.up(residual / (c * Math.sqrt(f.lambdaMin()) * ratio));
        return new TailBound(
                bound,
                Evidence.PROVED_BOUND,
                String.format(
                        Locale.ROOT,
                        "proved: AdaGrad with constant step %s: its "
                                + "preconditioner entries stay in [p_min, p_max] with p_max = eta/sqrt(min G_T) = %s (c = 1 - sigma_max^2 p_max = %s) "
                                + "and p_min from the future sum of squared gradients R <= %s (least fixed point of R = L_T (sqrt(max G_T + 4 U L_T + R) "
                                + "+ eps)/(c eta)); the finite-length argument gives ||w_T - w_inf|| <= ||X w_T - y|| / (c sigma_min sqrt(p_min/p_max)) "
                                + "= %s (%s)",
                        step.describe(),
                        Numbers.sci(pMax),
                        Numbers.sci(c),
                        Numbers.sci(r),
                        Numbers.sci(bound),
                        f.spectrum()));
    }

    private static TailBound mirror(
            StepSize step, SeparablePotential psi, Trajectory run, LeastSquaresFacts f) {
        long t = run.iterations();
        double etaBar = step.supremumFrom(t);
        double residual = f.residual(run.last());
        double[] w = run.last().toDoubleArray();
        double radius = 0, path = Double.POSITIVE_INFINITY, c = Double.NaN, ratio = Double.NaN;
        for (int attempt = 0; attempt < 60; attempt++) {
            double lo = Double.POSITIVE_INFINITY, hi = 0;
            for (double wi : w) {
                // w_T's entries in double are within an ulp of the run's (which may carry more
                // digits)
                double reach = radius + Math.ulp(wi);
                Interval second = psi.secondDerivativeOn(wi - reach, wi + reach);
                if (second.maybeUndefined() || !(second.lo() > 0))
                    return TailBound.none(noBox(psi, radius));
                lo = Math.min(lo, second.lo());
                hi = Math.max(hi, second.hi());
            }
            c = 1 - f.lambdaMax() * etaBar / lo;
            ratio = Math.sqrt(lo / hi);
            path =
                    c > 0 && Double.isFinite(hi)
                            ? LeastSquaresFacts.up(
                                    residual / (c * Math.sqrt(f.lambdaMin()) * ratio))
                            : Double.POSITIVE_INFINITY;
            if (path < radius) {
                return new TailBound(
                        path,
                        Evidence.PROVED_BOUND,
                        String.format(
                                Locale.ROOT,
                                "proved: mirror descent with psi = sum %s and "
                                        + "steps eta_t <= %s for all t >= %d moves by -eta diag(1/phi''(xi)) grad L; on the box of half-width %s around w_T, "
                                        + "%s <= phi'' <= %s (interval arithmetic), so c = 1 - sigma_max^2 eta/min phi'' = %s and the finite-length argument "
                                        + "bounds the remaining path by ||X w_T - y|| / (c sigma_min sqrt(min phi''/max phi'')) = %s, less than the half-width: "
                                        + "the run never leaves the box (%s)",
                                psi.describe(),
                                Numbers.sci(etaBar),
                                t,
                                Numbers.sci(radius),
                                Numbers.sci(lo),
                                Numbers.sci(hi),
                                Numbers.sci(c),
                                Numbers.sci(path),
                                f.spectrum()));
            }
            if (!Double.isFinite(path)) {
                if (radius > 0) break;
                return TailBound.none(
                        "no proved bound: mirror descent's step "
                                + step.describe()
                                + " is not below min phi''/sigma_max^2 "
                                + "near w_T (c = "
                                + Numbers.sci(c)
                                + ")");
            }
            radius = 2 * path;
        }
        return TailBound.none(noBox(psi, radius) + " (path bound " + Numbers.sci(path) + ")");
    }

    private static String noBox(SeparablePotential psi, double radius) {
        return "no proved bound: no box around w_T of half-width "
                + Numbers.sci(radius)
                + " on which phi'' of "
                + psi.describe()
                + " is bounded away from 0 and infinity contains the remaining path";
    }

    private static TailBound flow(Norm norm, Trajectory run, LeastSquaresFacts f) {
        if (norm == null) {
            double distance = f.rowDistance(run.last());
            return new TailBound(
                    distance,
                    Evidence.ESTIMATE,
                    "the exact gradient flow converges to the interpolant nearest w_T "
                            + "(its velocity lies in the row space and L decays like exp(-4 sigma_min^2 t)), so ||w_T - w_inf|| = ||X^+ (X w_T - y)|| = "
                            + Numbers.sci(distance)
                            + " (proved for the exact flow); w_T itself carries the integrator's error, which is only estimated");
        }
        double a = norm.l2Bound(f.dimension()), b = norm.dualL2Bound(f.dimension());
        double residual = f.residual(run.last());
        double bound = LeastSquaresFacts.up(a * b * residual / Math.sqrt(f.lambdaMin()));
        return new TailBound(
                bound,
                Evidence.ESTIMATE,
                String.format(
                        Locale.ROOT,
                        "the exact %s steepest-descent flow has "
                                + "d sqrt(L)/dt <= -sigma_min ||dw/dt||_2 / (A B), so its remaining path is at most A B ||X w_T - y|| / sigma_min = %s "
                                + "(proved for the exact flow, A = %s, B = %s); w_T itself carries the integrator's error, which is only estimated",
                        norm.name(),
                        Numbers.sci(bound),
                        Numbers.sci(a),
                        Numbers.sci(b)));
    }

    private static TailBound stepTooLarge(
            StepSize step, double etaBar, LeastSquaresFacts f, String threshold) {
        return TailBound.none(
                "no proved bound: the step "
                        + step.describe()
                        + (Double.isInfinite(etaBar)
                                ? " is not proved bounded after the run"
                                : " is at most "
                                        + Numbers.sci(etaBar)
                                        + " after the run, not proved below "
                                        + threshold)
                        + " ("
                        + f.spectrum()
                        + ")");
    }
}
