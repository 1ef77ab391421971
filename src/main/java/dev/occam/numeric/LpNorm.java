package dev.occam.numeric;

import java.math.BigDecimal;
import java.math.MathContext;
import org.hipparchus.fraction.BigFraction;

/**
 * ||v||_p for 1 < p < inf with dual exponent q = p/(p-1). Exponents are kept exact (or to 120
 * digits) and converted to each vector's tier, so a double-double run uses 4/3 and not its
 * double rounding. Steepest direction: -||g||_q^(2-q) sign(g) |g|^(q-1).
 */
final class LpNorm implements Norm {
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

    private static Value exact(BigFraction f) { return Value.of(f, f.toString()); }

    private static Value decimal(BigDecimal d) { return Value.irrational(d, d.toString()); }

    @Override public String name() { return name; }

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
        Tier t = v.tier();
        return root(v.sumAbsPow(t.scalar(p)), t.scalar(invP));
    }

    @Override
    public Scalar dual(Vec g) {
        Tier t = g.tier();
        return root(g.sumAbsPow(t.scalar(q)), t.scalar(invQ));
    }

    private static Scalar root(Scalar sum, Scalar exponent) {
        return sum.signum() == 0 ? sum : sum.pow(exponent);
    }

    @Override
    public void steepest(Vec g, Vec out) {
        Tier t = g.tier();
        Scalar d = dual(g);
        if (d.signum() == 0) {
            out.setZero();
            return;
        }
        out.signedPow(g, t.scalar(qMinusOne));
        out.scale(d.pow(t.scalar(twoMinusQ)).negate());
    }
}
