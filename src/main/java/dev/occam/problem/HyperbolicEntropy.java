package dev.occam.problem;

import dev.occam.numeric.DDMath;
import dev.occam.numeric.ElementFunction;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;

import org.apache.commons.numbers.core.DD;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.util.FastMath;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hyperbolic entropy of scale alpha, psi(w) = sum phi(w_i) with a = alpha^2 and
 *
 * <pre>
 *   phi(x)   = x asinh(x / 2a) - sqrt(x^2 + 4a^2) + 2a  (= a q(x / a), q(z) = 2 - sqrt(4 + z^2) + z asinh(z / 2))
 *   phi'(x)  = asinh(x / 2a)
 *   phi''(x) = 1 / sqrt(x^2 + 4a^2)
 *   (phi')^-1(theta) = 2a sinh(theta),  its derivative 2a cosh(theta)
 * </pre>
 *
 * The mirror map of a depth-2 diagonal network's gradient flow from u = v = alpha 1
 * (docs/diagonal-networks.md): all four in closed form, so alpha is a number, not part of a
 * formula, and nothing is derived symbolically. phi(0) = phi'(0) = 0, so D_psi(w, 0) = psi(w) =
 * Q_alpha(w). Written without cancellation: sqrt(x^2 + 4a^2) - 2a as x^2 / (sqrt(x^2 + 4a^2) + 2a),
 * asinh by its odd form; Dfp's exponent range keeps sinh and cosh of the dual variables finite for
 * any alpha a spec can give.
 */
public final class HyperbolicEntropy implements MirrorMap {
    private final Value alpha;
    private final BigFraction a;
    private final ElementFunction mirror;
    private final ElementFunction inverse;

    /** alpha > 0, exact. */
    public HyperbolicEntropy(Value alpha) {
        if (!alpha.isRational() || alpha.rational().signum() <= 0)
            throw new IllegalArgumentException("alpha must be a positive rational");
        this.alpha = alpha;
        this.a = alpha.rational().multiply(alpha.rational());
        double ad = a.doubleValue();
        DD add = DD.from(Value.of(a, "").decimal());
        this.mirror =
                new ElementFunction() {
                    @Override
                    public double apply(double x) {
                        return FastMath.asinh(x / (2 * ad));
                    }

                    @Override
                    public DD apply(DD x) {
                        return asinh(x.divide(add.multiply(2)));
                    }

                    @Override
                    public Dfp apply(Dfp x) {
                        return HyperbolicEntropy.this.asinh(x.divide(a(x.getField()).multiply(2)));
                    }
                };
        this.inverse =
                new ElementFunction() {
                    @Override
                    public double apply(double theta) {
                        return 2 * ad * Math.sinh(theta);
                    }

                    @Override
                    public DD apply(DD theta) {
                        DD e = DDMath.exp(theta);
                        return add.multiply(e.subtract(e.reciprocal()));
                    }

                    @Override
                    public Dfp apply(Dfp theta) {
                        return a(theta.getField()).multiply(2).multiply(sinh(theta));
                    }
                };
    }

    public Value alpha() {
        return alpha;
    }

    @Override
    public String describe() {
        return "hyperbolic entropy, alpha = " + alpha.text();
    }

    @Override
    public void gradient(Vec w, Vec theta) {
        theta.map(mirror, w);
    }

    @Override
    public void inverse(Vec theta, Vec w) {
        w.map(inverse, theta);
    }

    @Override
    public Dfp value(Dfp[] w) {
        DfpField field = w[0].getField();
        Dfp a = a(field);
        Dfp fourAA = a.multiply(a).multiply(4);
        Dfp s = field.getZero();
        for (Dfp x : w) {
            Dfp x2 = x.multiply(x);
            Dfp root = x2.add(fourAA).sqrt();
            s =
                    s.add(x.multiply(asinh(x.divide(a.multiply(2)))))
                            .subtract(x2.divide(root.add(a.multiply(2))));
        }
        return s;
    }

    @Override
    public Dfp[] gradient(Dfp[] w) {
        Dfp[] out = new Dfp[w.length];
        for (int i = 0; i < w.length; i++) out[i] = mirror.apply(w[i]);
        return out;
    }

    @Override
    public Dfp[] inverse(Dfp[] theta) {
        Dfp[] out = new Dfp[theta.length];
        for (int i = 0; i < theta.length; i++) out[i] = inverse.apply(theta[i]);
        return out;
    }

    /** diag(2a cosh(theta_i)). */
    @Override
    public Dfp[][] inverseJacobian(Dfp[] theta) {
        DfpField field = theta[0].getField();
        Dfp twoA = a(field).multiply(2);
        Dfp[][] j = new Dfp[theta.length][theta.length];
        for (int i = 0; i < theta.length; i++) {
            Arrays.fill(j[i], field.getZero());
            Dfp e = theta[i].exp();
            j[i][i] = twoA.multiply(e.add(e.reciprocal())).divide(2);
        }
        return j;
    }

    /**
     * The convex conjugate phi*(theta) = 2a (cosh(theta) - 1) = 4a sinh(theta / 2)^2, for duality
     * gaps: phi(x) + phi*(theta) >= x theta, with equality iff theta = phi'(x).
     */
    public Dfp conjugate(Dfp theta) {
        Dfp s = sinh(theta.divide(2));
        return a(theta.getField()).multiply(4).multiply(s).multiply(s);
    }

    @Override
    public String convexity() {
        return "phi''(x) = 1/sqrt(x^2 + 4 alpha^4) > 0 for every real x (closed form)";
    }

    @Override
    public String domainViolation(double[] w) {
        return null;
    }

    @Override
    public String domain() {
        return "all of R^d";
    }

    private volatile Map<String, Map<String, String>> derived;

    @Override
    public Map<String, Map<String, String>> derived() {
        Map<String, Map<String, String>> d = derived;
        if (d == null) {
            String at = " with alpha = " + alpha.text();
            d = new LinkedHashMap<>();
            d.put(
                    "phi(x)",
                    SeparablePotential.rendered(
                            "x asinh(x/(2 alpha^2)) - sqrt(x^2 + 4 alpha^4) + 2 alpha^2" + at,
                            "x \\operatorname{asinh}\\frac{x}{2\\alpha^2} - \\sqrt{x^2 + 4\\alpha^4} + 2\\alpha^2"));
            d.put(
                    "phi'(x) (mirror map)",
                    SeparablePotential.rendered(
                            "asinh(x/(2 alpha^2))" + at,
                            "\\operatorname{asinh}\\frac{x}{2\\alpha^2}"));
            d.put(
                    "phi''(x)",
                    SeparablePotential.rendered(
                            "1/sqrt(x^2 + 4 alpha^4)" + at, "\\frac{1}{\\sqrt{x^2 + 4\\alpha^4}}"));
            d.put(
                    "(phi')^-1(y) (inverse mirror map)",
                    SeparablePotential.rendered("2 alpha^2 sinh(y)" + at, "2\\alpha^2 \\sinh y"));
            d = Collections.unmodifiableMap(d);
            derived = d;
        }
        return d;
    }

    /** alpha^2 in the field, exactly rounded once. */
    private Dfp a(DfpField field) {
        return field.newDfp(a.getNumerator().toString())
                .divide(field.newDfp(a.getDenominator().toString()));
    }

    /** asinh as an odd function: log(|z| + sqrt(z^2 + 1)) never cancels. */
    private Dfp asinh(Dfp z) {
        Dfp m = z.abs();
        Dfp r = m.add(m.multiply(m).add(z.getField().getOne()).sqrt()).log();
        return z.lessThan(z.getField().getZero()) ? r.negate() : r;
    }

    private static DD asinh(DD z) {
        boolean negative = z.hi() < 0;
        DD m = negative ? z.negate() : z;
        DD r = DDMath.log(m.add(m.multiply(m).add(1).sqrt()));
        return negative ? r.negate() : r;
    }

    private static Dfp sinh(Dfp x) {
        Dfp e = x.exp();
        return e.subtract(e.reciprocal()).divide(2);
    }
}
