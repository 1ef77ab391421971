package dev.occam.numeric;

import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The norms a spec can name. */
public final class Norms {
    /** Digits beyond the tier's used to invert an irrational D before rounding it to the tier. */
    private static final int INVERSE_GUARD_DIGITS = 20;

    private Norms() {}

    public static Norm l1() {
        return L1Norm.INSTANCE;
    }

    public static Norm l2() {
        return L2Norm.INSTANCE;
    }

    public static Norm linf() {
        return LinfNorm.INSTANCE;
    }

    /** 1 < p < infinity, exact p (e.g. 4/3); the dual exponent q = p/(p-1). */
    public static Norm lp(Value p) {
        return new LpNorm(p);
    }

    /**
     * ||v||_D = sqrt(v^T D v) for symmetric positive definite D given exactly; steepest = -D^{-1}
     * g.
     */
    public static Norm quadratic(Value[][] d, Tier tier) {
        Value[][] inverse =
                RationalLinearAlgebra.isRational(d) ? rationalInverse(d) : dfpInverse(d, tier);
        double[] bounds = eigenvalueBounds(d);
        return new QuadraticNorm(d, inverse, bounds[0], bounds[1]);
    }

    /**
     * {lower, upper} with lower <= lambda_min(D) and lambda_max(D) <= upper, proved by Sylvester's
     * criterion on D - lower I and upper I - D (exact for rational D, else in Value's 120 digits);
     * lower is 0 (no bound) if no margin could be proved.
     */
    static double[] eigenvalueBounds(Value[][] d) {
        int n = d.length;
        double[][] a = new double[n][n];
        BigFraction[][] q = new BigFraction[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = d[i][j].doubleValue();
                q[i][j] = d[i][j].isRational() ? d[i][j].rational() : exact(d[i][j].decimal());
            }
        }
        double[] ev = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(a)).getEigenvalues();
        double lower = 0, upper = Double.POSITIVE_INFINITY;
        for (double m : new double[] {1e-9, 1e-6, 1e-3, 0.1}) {
            if (lower == 0
                    && ev[n - 1] * (1 - m) > 0
                    && PositiveDefinite.shifted(q, ev[n - 1] * (1 - m), -1))
                lower = ev[n - 1] * (1 - m);
            if (upper == Double.POSITIVE_INFINITY
                    && PositiveDefinite.shifted(q, ev[0] * (1 + m), 1)) upper = ev[0] * (1 + m);
        }
        return new double[] {lower, upper};
    }

    /** The exact value of a decimal. */
    public static BigFraction exact(BigDecimal x) {
        return x.scale() >= 0
                ? new BigFraction(x.unscaledValue(), BigInteger.TEN.pow(x.scale()))
                : new BigFraction(x.unscaledValue().multiply(BigInteger.TEN.pow(-x.scale())));
    }

    private static Value[][] rationalInverse(Value[][] d) {
        var a = RationalLinearAlgebra.fractions(d);
        if (!PositiveDefinite.test(a)) {
            throw new IllegalArgumentException(
                    "quadratic norm needs a symmetric positive definite matrix");
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
        if (!PositiveDefinite.test(a)) {
            throw new IllegalArgumentException(
                    "quadratic norm needs a symmetric positive definite matrix");
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
