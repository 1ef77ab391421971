package dev.occam.numeric;

import java.math.BigDecimal;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;

/** The norms a spec can name. */
public final class Norms {
    /** Digits beyond the tier's used to invert an irrational D before rounding it to the tier. */
    private static final int INVERSE_GUARD_DIGITS = 20;

    private Norms() {
    }

    public static Norm l1() { return L1Norm.INSTANCE; }

    public static Norm l2() { return L2Norm.INSTANCE; }

    public static Norm linf() { return LinfNorm.INSTANCE; }

    /** 1 < p < infinity, exact p (e.g. 4/3); the dual exponent q = p/(p-1). */
    public static Norm lp(Value p) { return new LpNorm(p); }

    /** ||v||_D = sqrt(v^T D v) for symmetric positive definite D given exactly; steepest = -D^{-1} g. */
    public static Norm quadratic(Value[][] d, Tier tier) {
        Value[][] inverse = RationalLinearAlgebra.isRational(d) ? rationalInverse(d) : dfpInverse(d, tier);
        return new QuadraticNorm(tier.matrix(d), tier.matrix(inverse));
    }

    private static Value[][] rationalInverse(Value[][] d) {
        var a = RationalLinearAlgebra.fractions(d);
        if (!RationalLinearAlgebra.isPositiveDefinite(a)) {
            throw new IllegalArgumentException("quadratic norm needs a symmetric positive definite matrix");
        }
        return RationalLinearAlgebra.values(RationalLinearAlgebra.inverse(a));
    }

    private static Value[][] dfpInverse(Value[][] d, Tier tier) {
        DfpField field = new DfpField(tier.digits() + INVERSE_GUARD_DIGITS);
        Dfp[][] a = new Dfp[d.length][];
        for (int i = 0; i < d.length; i++) {
            a[i] = new Dfp[d[i].length];
            for (int j = 0; j < d[i].length; j++) {
                a[i][j] = field.newDfp(d[i][j].decimal().toString());
            }
        }
        if (!DfpLinearAlgebra.isPositiveDefinite(a)) {
            throw new IllegalArgumentException("quadratic norm needs a symmetric positive definite matrix");
        }
        Dfp[][] inv = DfpLinearAlgebra.inverse(a);
        Value[][] v = new Value[inv.length][inv.length];
        for (int i = 0; i < inv.length; i++) {
            for (int j = 0; j < inv.length; j++) {
                BigDecimal x = DfpTier.decimal(inv[i][j]);
                v[i][j] = Value.irrational(x, x.toString());
            }
        }
        return v;
    }
}
