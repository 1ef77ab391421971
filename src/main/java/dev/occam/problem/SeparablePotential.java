package dev.occam.problem;

import dev.occam.numeric.ElementFunction;
import dev.occam.numeric.Interval;
import dev.occam.numeric.Vec;
import dev.occam.symbolic.Formula;
import dev.occam.symbolic.FormulaException;
import dev.occam.symbolic.Positivity;
import dev.occam.symbolic.RangeBounds;
import dev.occam.symbolic.Symbolic;

import org.hipparchus.dfp.Dfp;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * psi(w) = sum_i phi(w_i) for a user formula phi(x), e.g. the entropy x*Log(x) - x. phi' and phi''
 * are derived symbolically; (phi')^{-1} symbolically when Symja finds a verified inverse, else by a
 * bracketed Newton solve ({@link NumericInverse}). Everything is compiled once.
 *
 * <p>Strict convexity is proved, not sampled: phi'' > 0 at every point of [1e-300, 1e300] for a
 * potential on w > 0, of [-1e300, 1e300] otherwise, by interval arithmetic ({@link RangeBounds});
 * those are the doubles a run can reach (docs/decisions.md, "Interval proofs"). The domain itself
 * is still decided by probing negative points.
 */
public final class SeparablePotential implements MirrorMap {
    private static final double[] NEGATIVE_PROBES = {-0.7, -0.3, -2.5};

    /** phi'' > 0 is proved on [TINY, HUGE] for a potential on w > 0, on [-HUGE, HUGE] otherwise. */
    private static final double TINY = 1e-300;

    private static final double HUGE = 1e300;

    private final Formula phi;
    private final Formula dphi;
    private final Formula d2phi;
    private final Formula inverseFormula; // null when numeric
    private final ElementFunction phiF;
    private final ElementFunction dphiF;
    private final ElementFunction d2phiF;
    private final ElementFunction inverseF;
    private final boolean positiveDomain;
    private final String convexity;

    private SeparablePotential(
            Formula phi,
            Formula dphi,
            Formula d2phi,
            Formula inverseFormula,
            boolean positiveDomain,
            String convexity) {
        this.phi = phi;
        this.dphi = dphi;
        this.d2phi = d2phi;
        this.inverseFormula = inverseFormula;
        this.phiF = phi.elementFunction();
        this.dphiF = dphi.elementFunction();
        this.d2phiF = d2phi.elementFunction();
        this.positiveDomain = positiveDomain;
        this.convexity = convexity;
        this.inverseF =
                inverseFormula != null
                        ? inverseFormula.elementFunction()
                        : new NumericInverse(dphiF, d2phiF, positiveDomain);
    }

    /**
     * Parses and derives; throws FormulaException when phi'' > 0 is refuted at a point of its
     * domain's range or cannot be proved on it. The derivation takes Symja and interval arithmetic
     * (up to seconds): a caller that needs one potential in several places keeps the result, which
     * is immutable (the planner shares one per spec).
     */
    public static SeparablePotential of(String text, Duration timeLimit) {
        Formula phi = Symbolic.get().parse(text, List.of("x"), timeLimit);
        Formula dphi = phi.derivative("x");
        Formula d2phi = dphi.derivative("x");
        ElementFunction second = d2phi.elementFunction();
        ElementFunction value = phi.elementFunction();
        boolean positive = false;
        for (double x : NEGATIVE_PROBES) {
            double c = second.apply(x);
            // phi itself too: -Log(x) has phi'' = 1/x^2 > 0 for x < 0 but lives on x > 0
            if (!(Double.isFinite(c) && c > 0) || !Double.isFinite(value.apply(x))) positive = true;
        }
        String convexity = proveConvex(text, d2phi, positive);
        Formula inverse = dphi.inverse().orElse(null);
        if (inverse != null
                && !roundTrips(inverse.elementFunction(), dphi.elementFunction(), second, positive))
            inverse = null;
        return new SeparablePotential(phi, dphi, d2phi, inverse, positive, convexity);
    }

    /**
     * The statement phi'' > 0 on the domain's range, proved, or a FormulaException saying why not.
     */
    private static String proveConvex(String text, Formula d2phi, boolean positiveDomain) {
        Positivity p =
                RangeBounds.of(d2phi.compile()).positivity(positiveDomain ? TINY : -HUGE, HUGE);
        String range = positiveDomain ? "[1e-300, 1e300]" : "[-1e300, 1e300]";
        return switch (p.outcome()) {
            case PROVED ->
                    "phi'' > 0 proved on "
                            + range
                            + " by interval arithmetic over "
                            + p.pieces()
                            + (p.pieces() == 1 ? " piece" : " pieces");
            case REFUTED ->
                    throw new FormulaException(
                            "potential "
                                    + text
                                    + (p.value() < 0
                                            ? " is not strictly convex: "
                                            : " does not have phi'' > 0 on its domain: ")
                                    + p.witness("phi''")
                                    + " (phi'' = "
                                    + d2phi.text()
                                    + ")");
            case UNKNOWN ->
                    throw new FormulaException(
                            "could not prove phi'' > 0 on "
                                    + range
                                    + " (interval arithmetic, "
                                    + p.pieces()
                                    + " pieces) for the potential "
                                    + text
                                    + " (phi'' = "
                                    + d2phi.text()
                                    + ")");
        };
    }

    /**
     * Whether a closed-form inverse is numerically usable: a verified formula can still cancel
     * catastrophically (Cardano's formula for x^3/3 + x, the inverse of phi' for x^4/12 + x^2/2,
     * loses 6 digits by x = 100 and gives NaN at x = 1000). Checks (phi')^{-1}(phi'(x)) = x in
     * double at x = +-{1, 3} 10^k, k = -6..6, to 1e-12 (|x| + |phi'(x)|/phi''(x)), which allows for
     * the problem's own conditioning (a correct inverse misses by about 1e-16 of that).
     */
    private static boolean roundTrips(
            ElementFunction inverse,
            ElementFunction dphi,
            ElementFunction d2phi,
            boolean positiveDomain) {
        for (int k = -6; k <= 6; k++) {
            for (double m : new double[] {1, 3}) {
                double w = m * Math.pow(10, k);
                for (double x : positiveDomain ? new double[] {w} : new double[] {w, -w}) {
                    double y = dphi.apply(x);
                    double c = d2phi.apply(x);
                    if (!Double.isFinite(y) || !(c > 0) || !Double.isFinite(c)) continue;
                    double back = inverse.apply(y);
                    if (!(Math.abs(back - x) <= 1e-12 * (Math.abs(x) + Math.abs(y) / c)))
                        return false;
                }
            }
        }
        return true;
    }

    @Override
    public String describe() {
        return phi.text();
    }

    @Override
    public void gradient(Vec w, Vec theta) {
        theta.map(dphiF, w);
    }

    @Override
    public void inverse(Vec theta, Vec w) {
        w.map(inverseF, theta);
    }

    @Override
    public Dfp value(Dfp[] w) {
        Dfp s = w[0].getField().getZero();
        for (Dfp x : w) s = s.add(phiF.apply(x));
        return s;
    }

    @Override
    public Dfp[] gradient(Dfp[] w) {
        return map(dphiF, w);
    }

    /**
     * (phi')^-1 entrywise; on w > 0, a theta outside phi''s range gives NaN, not the formula's
     * other branch: (-(3/2) theta)^-3 is finite and negative for theta > 0 where -x^(2/3) has no
     * preimage, and a dual Newton step accepting it leaves the domain for good.
     */
    @Override
    public Dfp[] inverse(Dfp[] theta) {
        Dfp[] w = map(inverseF, theta);
        if (positiveDomain)
            for (int i = 0; i < w.length; i++)
                if (!w[i].greaterThan(w[i].getField().getZero()))
                    w[i] = w[i].getField().newDfp(Double.NaN);
        return w;
    }

    @Override
    public Dfp[][] inverseJacobian(Dfp[] theta) {
        Dfp[] w = inverse(theta);
        Dfp zero = w[0].getField().getZero();
        Dfp[][] j = new Dfp[w.length][w.length];
        for (int i = 0; i < w.length; i++) {
            Arrays.fill(j[i], zero);
            j[i][i] = d2phiF.apply(w[i]).reciprocal();
        }
        return j;
    }

    @Override
    public String domainViolation(double[] w) {
        if (!positiveDomain) return null;
        for (int i = 0; i < w.length; i++) {
            if (!(w[i] > 0))
                return "w["
                        + i
                        + "] = "
                        + w[i]
                        + " is outside the domain w > 0 of the potential "
                        + phi.text();
        }
        return null;
    }

    /**
     * A proved enclosure of phi'' over [lo, hi] (clipped to the domain: above 1e-300 for a
     * potential on w > 0), by interval arithmetic: certificates bound the mirror map's Jacobian
     * diag(1/phi'') with it.
     */
    public Interval secondDerivativeOn(double lo, double hi) {
        if (positiveDomain) lo = Math.max(lo, 1e-300);
        if (!(lo <= hi)) return Interval.UNDEFINED;
        return d2phi.compile().enclose(Interval.of(lo, hi));
    }

    @Override
    public String domain() {
        return positiveDomain ? "w > 0" : "all of R^d";
    }

    /**
     * The proved premise behind "strictly convex", e.g. "phi'' > 0 proved on [1e-300, 1e300] by
     * interval arithmetic over 1 piece": every double w_i a run can hold in the domain (|w_i| up to
     * 1e300, and w_i >= 1e-300 on w > 0) has phi''(w_i) > 0, rounding included.
     */
    public String convexity() {
        return convexity;
    }

    /** Rendered once: reports ask for it through the algorithm and through the prediction. */
    @Override
    public SeparablePotential separable() {
        return this;
    }

    private volatile Map<String, Map<String, String>> derived;

    @Override
    public Map<String, Map<String, String>> derived() {
        Map<String, Map<String, String>> d = derived;
        if (d == null) {
            d = render();
            derived = d;
        }
        return d;
    }

    private Map<String, Map<String, String>> render() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        out.put("phi(x)", phi.rendered());
        out.put("phi'(x) (mirror map)", dphi.rendered());
        out.put("phi''(x)", d2phi.rendered());
        if (inverseFormula != null) {
            out.put("(phi')^-1(y) (inverse mirror map)", inverseFormula.rendered());
        } else {
            out.put(
                    "(phi')^-1(y) (inverse mirror map)",
                    rendered("numeric: bracketed Newton solve of phi'(x) = y", null));
        }
        return Collections.unmodifiableMap(out);
    }

    /** An ordered {text, tex} entry (Map.of's order varies between JVM runs, reports must not). */
    static Map<String, String> rendered(String text, String tex) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("text", text);
        if (tex != null) m.put("tex", tex);
        return m;
    }

    private static Dfp[] map(ElementFunction f, Dfp[] v) {
        Dfp[] out = new Dfp[v.length];
        for (int i = 0; i < v.length; i++) out[i] = f.apply(v[i]);
        return out;
    }
}
