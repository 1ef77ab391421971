package dev.occam.problem;

import dev.occam.numeric.LpNorm;
import dev.occam.numeric.Norm;
import dev.occam.numeric.Norms;
import dev.occam.numeric.Value;
import dev.occam.numeric.Vec;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpMath;
import org.hipparchus.fraction.BigFraction;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * psi(w) = 1/2 ||w||_p^2 (not separable). grad psi(w) = ||w||_p^(2-p) sign(w)|w|^(p-1), and its
 * inverse is grad of 1/2 ||.||_q^2 with 1/p + 1/q = 1 — the same maps as l_q/l_p steepest descent
 * directions, so the tier side reuses {@link Norm#steepest}.
 */
public final class NormSquaredPotential implements MirrorMap {
    private final Value p;
    private final Value q;
    private final Norm primalDirections; // steepest for l_q gives -grad(1/2||.||_p^2)
    private final Norm dualDirections;

    public NormSquaredPotential(Value p) {
        this.p = p;
        BigFraction pf = p.rational();
        BigFraction qf = pf.divide(pf.subtract(BigFraction.ONE));
        this.q = Value.of(qf, Value.text(qf));
        this.primalDirections = Norms.lp(q);
        this.dualDirections = Norms.lp(p);
    }

    @Override
    public String describe() {
        return "1/2 ||w||_" + p.text() + "^2";
    }

    @Override
    public void gradient(Vec w, Vec theta) {
        primalDirections.steepest(w, theta);
        theta.scale(-1);
    }

    @Override
    public void inverse(Vec theta, Vec w) {
        dualDirections.steepest(theta, w);
        w.scale(-1);
    }

    @Override
    public Dfp value(Dfp[] w) {
        Dfp n = LpNorm.of(w, DfpVectors.of(w[0].getField(), p));
        return n.multiply(n).divide(2);
    }

    @Override
    public Dfp[] gradient(Dfp[] w) {
        return map(w, DfpVectors.of(w[0].getField(), p));
    }

    @Override
    public Dfp[] inverse(Dfp[] theta) {
        return map(theta, DfpVectors.of(theta[0].getField(), q));
    }

    @Override
    public Dfp[][] inverseJacobian(Dfp[] s) {
        // d/ds_j of ||s||_q^(2-q) sign(s_i)|s_i|^(q-1)
        //   = (q-1) ||s||^(2-q) |s_i|^(q-2) delta_ij + (2-q) ||s||^(2-2q) g_i g_j,  g =
        // sign(s)|s|^(q-1)
        Dfp qq = DfpVectors.of(s[0].getField(), q);
        Dfp one = qq.getField().getOne();
        Dfp n = LpNorm.of(s, qq);
        Dfp[] g = new Dfp[s.length];
        for (int i = 0; i < s.length; i++)
            g[i] = DfpVectors.signum(s[i]).multiply(LpNorm.absPow(s[i], qq.subtract(one)));
        Dfp a = DfpMath.pow(n, one.multiply(2).subtract(qq));
        Dfp b =
                one.multiply(2)
                        .subtract(qq)
                        .multiply(DfpMath.pow(n, one.multiply(2).subtract(qq.multiply(2))));
        Dfp[][] j = new Dfp[s.length][s.length];
        for (int i = 0; i < s.length; i++) {
            for (int k = 0; k < s.length; k++) j[i][k] = b.multiply(g[i]).multiply(g[k]);
            j[i][i] =
                    j[i][i].add(
                            qq.subtract(one)
                                    .multiply(a)
                                    .multiply(LpNorm.absPow(s[i], qq.subtract(one.multiply(2)))));
        }
        return j;
    }

    /** ||v||_r^(2-r) sign(v)|v|^(r-1). */
    private static Dfp[] map(Dfp[] v, Dfp r) {
        Dfp one = r.getField().getOne();
        Dfp n = LpNorm.of(v, r);
        Dfp[] out = new Dfp[v.length];
        if (n.isZero()) {
            Arrays.fill(out, r.getField().getZero());
            return out;
        }
        Dfp c = DfpMath.pow(n, one.multiply(2).subtract(r));
        for (int i = 0; i < v.length; i++)
            out[i] =
                    c.multiply(DfpVectors.signum(v[i]))
                            .multiply(LpNorm.absPow(v[i], r.subtract(one)));
        return out;
    }

    @Override
    public String domainViolation(double[] w) {
        return null;
    }

    @Override
    public String convexity() {
        return "1/2 ||w||_p^2 is strictly convex on R^d for every 1 < p < infinity (the l_p norm is uniformly convex "
                + "and 1/2 t^2 strictly increasing and convex): a known property, not checked numerically";
    }

    @Override
    public String domain() {
        return "all of R^d";
    }

    @Override
    public Map<String, Map<String, String>> derived() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        out.put(
                "psi(w)",
                SeparablePotential.rendered(
                        "1/2 ||w||_p^2, p = " + p.text(), "\\tfrac12\\|w\\|_{" + p.text() + "}^2"));
        out.put(
                "grad psi(w) (mirror map)",
                SeparablePotential.rendered(
                        "||w||_p^(2-p) sign(w) |w|^(p-1)",
                        "\\|w\\|_p^{2-p}\\,\\mathrm{sign}(w)\\,|w|^{p-1}"));
        out.put(
                "(grad psi)^-1(theta)",
                SeparablePotential.rendered(
                        "||theta||_q^(2-q) sign(theta) |theta|^(q-1), q = " + q.text(),
                        "\\|\\theta\\|_q^{2-q}\\,\\mathrm{sign}(\\theta)\\,|\\theta|^{q-1}"));
        return out;
    }
}
