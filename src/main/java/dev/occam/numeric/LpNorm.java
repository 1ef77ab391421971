package dev.occam.numeric;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpMath;
import org.hipparchus.fraction.BigFraction;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * ||v||_p for 1 < p < inf with dual exponent q = p/(p-1). Exponents are kept exact (or to 120
 * digits) and converted to each vector's tier, so a double-double run uses 4/3 and not its double
 * rounding. Steepest direction: -||g||_q^(2-q) sign(g) |g|^(q-1). Norms and directions are computed
 * in units of ||.||_inf, which keeps p near 1 and large p within every tier's range.
 *
 * <p>The static methods are the l_p norm of plain Dfp vectors outside the tiers, in their own field
 * (the mirror maps' potentials and the predictions' certificates), written directly: their
 * exponents are exact and their fields wide enough for the power sums.
 */
public final class LpNorm implements LogDomainNorm {
    private final String name;
    private final Value p;
    private final Value q;
    private final Value invP;
    private final Value invQ;
    private final Value qMinusOne;
    private final Value twoMinusQ;

    LpNorm(Value p) {
        if (p.decimal().compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException("lp norm needs p > 1, got " + p.text());
        }
        this.name = "lp:" + p.text();
        this.p = p;
        if (p.isRational()) {
            BigFraction pf = p.rational();
            BigFraction qf = pf.divide(pf.subtract(1));
            this.q = exact(qf);
            this.invP = exact(pf.reciprocal());
            this.invQ = exact(qf.reciprocal());
            this.qMinusOne = exact(qf.subtract(1));
            this.twoMinusQ = exact(BigFraction.TWO.subtract(qf));
        } else {
            MathContext mc = Value.CONTEXT;
            BigDecimal pd = p.decimal();
            BigDecimal qd = pd.divide(pd.subtract(BigDecimal.ONE), mc);
            this.q = decimal(qd);
            this.invP = decimal(BigDecimal.ONE.divide(pd, mc));
            this.invQ = decimal(BigDecimal.ONE.divide(qd, mc));
            this.qMinusOne = decimal(qd.subtract(BigDecimal.ONE));
            this.twoMinusQ = decimal(BigDecimal.valueOf(2).subtract(qd));
        }
    }

    private static Value exact(BigFraction f) {
        return Value.of(f, f.toString());
    }

    private static Value decimal(BigDecimal d) {
        return Value.irrational(d, d.toString());
    }

    @Override
    public String name() {
        return name;
    }

    /** ||v||_2 <= ||v||_p for p <= 2, <= d^(1/2 - 1/p) ||v||_p for p > 2 (Hoelder). */
    @Override
    public double l2Bound(int d) {
        double pd = p.doubleValue();
        return pd <= 2 ? 1 : Norm.up(Math.pow(d, 0.5 - 1 / pd));
    }

    /** The same with the dual exponent q. */
    @Override
    public double dualL2Bound(int d) {
        double qd = q.doubleValue();
        return qd <= 2 ? 1 : Norm.up(Math.pow(d, 0.5 - 1 / qd));
    }

    @Override
    public Scalar value(Vec v) {
        return norm(v, p, invP);
    }

    @Override
    public Scalar dual(Vec g) {
        return norm(g, q, invQ);
    }

    /**
     * ||v||_r = m ||v/m||_r with m = ||v||_inf: sum |v_i/m|^r lies in [1, d], so neither a large r
     * (q = 101 at p = 1.01, p = 100) nor a tiny or huge v can overflow or underflow it.
     */
    private static Scalar norm(Vec v, Value r, Value invR) {
        Tier t = v.tier();
        Scalar m = v.normInf();
        if (m.signum() == 0) return m;
        return m.multiply(v.sumAbsPow(t.scalar(r), m).pow(t.scalar(invR)));
    }

    /**
     * In scaled form, u = g/m with m = ||g||_inf: -m ||u||_q^(2-q) sign(u)|u|^(q-1), where |u| <= 1
     * and ||u||_q is in [1, d^(1/q)]. The direct form overflows at p = 1.01 (q = 101) once ||g|| <
     * about 1e-3: ||g||_q^-99 is then above double's range while |g|^100 underflows.
     */
    @Override
    public void steepest(Vec g, Vec out) {
        Tier t = g.tier();
        Scalar m = g.normInf();
        if (m.signum() == 0) {
            out.setZero();
            return;
        }
        Scalar unitNorm = g.sumAbsPow(t.scalar(q), m).pow(t.scalar(invQ));
        out.signedPow(g, t.scalar(qMinusOne), m);
        out.scale(m.multiply(unitNorm.pow(t.scalar(twoMinusQ))).negate());
    }

    /**
     * The scaled form with m = e^(max_j logs_j): |u_j|^r = e^(r (logs_j - log m)) for r = q and r =
     * q - 1, so a component far below the tier's range still contributes its |u_j|^(q-1), which for
     * p > 2 (q - 1 < 1) is much larger than the component itself.
     */
    @Override
    public void steepest(Vec signs, Vec logs, Vec out) {
        Tier t = signs.tier();
        int top = logs.argMax();
        if (top < 0 || signs.element(top).signum() == 0) {
            out.setZero();
            return;
        }
        Scalar logM = logs.element(top);
        out.signedExp(signs, logs, logM, t.scalar(q));
        Scalar unitNorm = out.sumAbsPow(1).pow(t.scalar(invQ));
        out.signedExp(signs, logs, logM, t.scalar(qMinusOne));
        out.scale(logM.exp().multiply(unitNorm.pow(t.scalar(twoMinusQ))).negate());
    }

    /** ||v||_r = (sum_i |v_i|^r)^(1/r) in v's field; 0 for v = 0. */
    public static Dfp of(Dfp[] v, Dfp r) {
        Dfp s = powerSum(v, r);
        return s.isZero() ? s : DfpMath.pow(s, r.reciprocal());
    }

    /** sum_i |v_i|^r = ||v||_r^r. */
    public static Dfp powerSum(Dfp[] v, Dfp r) {
        Dfp s = r.getField().getZero();
        for (Dfp x : v) s = s.add(absPow(x, r));
        return s;
    }

    /** |a|^r for a real exponent, 0 at 0. */
    public static Dfp absPow(Dfp a, Dfp r) {
        if (a.isZero()) return a.getField().getZero();
        return DfpMath.pow(a.abs(), r);
    }
}
